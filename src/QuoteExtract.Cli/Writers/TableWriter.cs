using System.Globalization;
using System.Text;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>A readable fixed-width table per document: a header with counts, the quotes, then speakers and claims.</summary>
internal sealed class TableWriter(TextWriter output) : DocumentWriter(output)
{
    private const int IdWidth = 4, KindWidth = 18, SpeakerWidth = 24, CueWidth = 14, TextWidth = 70;
    private bool _first = true;

    public override void Write(string document, ExtractionResult? result, string? error)
    {
        if (!_first) Output.WriteLine();
        _first = false;

        if (result is null)
        {
            Output.WriteLine($"== {document}: error: {error}");
            Output.Flush();
            return;
        }

        Output.WriteLine($"== {document}: {Count(result.Quotes.Count, "quote")}, {Count(result.Speakers.Count, "speaker")}, {Count(result.Claims.Count, "claim")}");
        if (result.Quotes.Count > 0)
        {
            WriteRow("#", "kind", "speaker", "cue", "text");
            WriteRow(new string('-', IdWidth), new string('-', KindWidth), new string('-', SpeakerWidth), new string('-', CueWidth), new string('-', TextWidth));
            foreach (var quote in result.Quotes)
            {
                // An unresolved speaker still shows its local mention, in parentheses.
                var speaker = result.SpeakerOf(quote)?.Name ?? (quote.SpeakerMention is { } mention ? $"({mention.Text})" : "-");
                // A continuation has no cue of its own: point at the quote it continues instead.
                var cue = quote.Cue?.Text ?? (quote.Continues is { } previous ? "cont. " + previous : "-");
                // (A quote that is not speech says what it is: "indirect belief".)
                WriteRow(quote.Id, quote.Type == AttributionType.Speech ? quote.Kind.ToJsonName() : quote.Kind.ToJsonName() + " " + quote.Type.ToJsonName(), speaker, cue, quote.Text);
            }
        }

        if (result.Speakers.Count > 0)
        {
            Output.WriteLine("speakers:");
            foreach (var speaker in result.Speakers)
            {
                var titles = speaker.Titles.Count > 0 ? "; " + string.Join(", ", speaker.Titles) : "";
                Output.WriteLine($"  {speaker.Id,-IdWidth} {OneLine(speaker.Name)} ({speaker.Kind.ToJsonName()}{titles}; {Count(speaker.Mentions.Count, "mention")})");
            }
        }

        if (result.Claims.Count > 0)
        {
            Output.WriteLine("claims:");
            foreach (var claim in result.Claims)
            {
                var worthiness = claim.CheckWorthiness.ToString("0.00", CultureInfo.InvariantCulture);
                var claimant = claim.ClaimantId ?? "article"; // null claimant: the article's own voice
                Output.WriteLine($"  {claim.Id,-IdWidth} {claimant,-8} {claim.Stance.ToJsonName(),-9} {worthiness}  {Fit(claim.Text, TextWidth)}".TrimEnd());
            }
        }
        Output.Flush();
    }

    private void WriteRow(string id, string kind, string speaker, string cue, string text) =>
        Output.WriteLine($"{Fit(id, IdWidth)} {Fit(kind, KindWidth)} {Fit(speaker, SpeakerWidth)} {Fit(cue, CueWidth)} {Fit(text, TextWidth)}".TrimEnd());

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>The text on one line, cut to <paramref name="width"/> (ending in an ellipsis) and padded to it.</summary>
    internal static string Fit(string text, int width)
    {
        var line = OneLine(text);
        return line.Length <= width ? line.PadRight(width) : string.Concat(line.AsSpan(0, width - 1).TrimEnd(), "…").PadRight(width);
    }

    /// <summary>Collapses every run of white space (line breaks included) to one space.</summary>
    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
