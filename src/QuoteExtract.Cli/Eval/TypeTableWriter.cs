using System.Globalization;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Cli.Eval;

/// <summary>Prints a hand-types confusion table: hand types down, the typer's across, then the two agreements.</summary>
internal static class TypeTableWriter
{
    public static void Write(TypeConfusion confusion, string fixture, TextWriter output)
    {
        var types = Enum.GetValues<AttributionType>();
        output.WriteLine($"quote-extract eval: the typer against {confusion.Total} attributions typed by hand ({fixture})");
        output.WriteLine("  (rows: by hand; columns: the typer, whose \"no attribution\" counts as act)");
        output.Write($"  {"",-10}");
        foreach (var t in types) output.Write($" {t.ToString().ToLowerInvariant(),10}");
        output.WriteLine($" {"total",8}");
        foreach (var hand in types)
        {
            output.Write($"  {hand.ToString().ToLowerInvariant(),-10}");
            int row = 0;
            foreach (var typer in types) { output.Write($" {confusion[hand, typer],10}"); row += confusion[hand, typer]; }
            output.WriteLine($" {row,8}");
        }
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  agreement          {confusion.Agreement * 100,6:F1}%"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  speech or not      {confusion.SpeechAgreement * 100,6:F1}%"));
    }

    /// <summary>One block per disagreement: where, both types, the cue and the sentence around it (cut to about 240 characters).</summary>
    public static void WriteDisagreements(TypeConfusion confusion, Func<string, string> textOf, TextWriter output)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (row, typer) in confusion.Disagreements)
        {
            if (!texts.TryGetValue(row.Document, out var text)) texts[row.Document] = text = textOf(row.Document);
            string Cut(TextSpan s) => text.Substring(s.Start, Math.Min(s.Length, 120)).ReplaceLineEndings(" ");
            var cue = row.Cue.Count > 0 ? string.Join(" … ", row.Cue.Select(Cut)) : "-";
            int from = Math.Max(0, Math.Min(row.Content[0].Start, row.Cue.Count > 0 ? row.Cue[0].Start : int.MaxValue) - 60);
            int to = Math.Min(text.Length, from + 240);
            output.WriteLine($"{row.Document} {row.Attribution}: hand {row.Type.ToString().ToLowerInvariant()}, typer {typer.ToString().ToLowerInvariant()} | cue: {cue}");
            output.WriteLine("    " + text[from..to].ReplaceLineEndings(" "));
        }
    }
}
