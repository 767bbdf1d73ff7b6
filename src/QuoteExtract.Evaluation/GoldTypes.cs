using QuoteExtract.Attribution;
using QuoteExtract.Text;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Types the gold attributions of a corpus that annotates every kind of attribution (PolNeAR): out of context by their
/// cue's word in the cue lexicon, to restrict the gold to the types an extractor returns, and in context by the typer
/// (<see cref="AttributionTyper"/>), to report recall per type.
/// </summary>
public static class GoldTypes
{
    /// <summary>
    /// The document with only the attributions whose cue the cue lexicon types as one of <paramref name="types"/> (with the
    /// entry's evidence frame when the source is a poll, a study or data: "according to a new poll"), and every direct quote
    /// (the words are the source's own): the gold of an extractor that returns those types.
    /// </summary>
    public static GoldDocument Restrict(GoldDocument gold, AttributionTypes types)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (types == AttributionTypes.All) return gold;
        var doc = Tokenized(gold.Text);
        var kept = gold.Attributions.Where(a => a.Kind == QuoteKind.Direct
            || AttributionTyper.CueType(doc, Within(a.Cue, doc.Text.Length), Within(a.Source, doc.Text.Length) is { Count: > 0 } source ? source[0] : null) is { } type
               && (types & (AttributionTypes)(1 << (int)type)) != 0).ToList();
        return gold with { Attributions = kept };
    }

    /// <summary>Each attribution's type in its clause (the typer's, given the gold spans); null where the typer finds no attribution.</summary>
    public static IReadOnlyDictionary<GoldAttribution, AttributionType?> InContext(GoldDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var doc = Tokenized(gold.Text);
        var types = new Dictionary<GoldAttribution, AttributionType?>(ReferenceEqualityComparer.Instance);
        foreach (var a in gold.Attributions)
        {
            var content = Within(a.Content, doc.Text.Length);
            if (content.Count == 0) { types[a] = null; continue; }
            var source = Within(a.Source, doc.Text.Length);
            types[a] = AttributionTyper.Type(doc, Within(a.Cue, doc.Text.Length), new TextSpan(content[0].Start, content[^1].End),
                source.Count > 0 ? source[0] : null, a.Kind);
        }
        return types;
    }

    private static List<TextSpan> Within(IReadOnlyList<TextSpan> spans, int length) =>
        [.. spans.Where(s => s.End <= length && !s.IsEmpty).OrderBy(s => s.Start)];

    /// <summary>The text through the text stage: what the typer reads (tokens, sentences, paragraphs).</summary>
    internal static Document Tokenized(string text)
    {
        var doc = new Document(text, ExtractorOptions.Default);
        new TextStage().Process(doc);
        return doc;
    }
}
