using System.Globalization;
using System.Text;
using QuoteExtract.Evaluation;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Eval;

/// <summary>
/// Writes the error-analysis file engineers read to improve the rules: per document with something wrong,
/// the gold missed, the predictions that match no gold, the pairs with a wrong speaker and the boundary errors;
/// then the corpus reader's warnings. Every item starts with its kind in brackets and its offset, so the file
/// greps well (<c>grep -A3 '^  \[direct\]'</c>).
/// </summary>
internal static class ErrorAnalysisWriter
{
    private const int MaxText = 200;

    public static void Write(EvalRun run, TextWriter output)
    {
        var r = run.Report;
        output.WriteLine($"# quote-extract eval error analysis: {run.GoldDirectory}");
        output.WriteLine($"# {r.Documents} documents, {r.GoldAttributions} gold, {r.Predictions} predictions; " +
            $"F1 {EvalTableWriter.Percent(r.Lenient.F1)} at {Number(r.Lenient.Threshold)}, {EvalTableWriter.Percent(r.Strict.F1)} at {Number(r.Strict.Threshold)}");
        output.WriteLine($"# Per document: MISSED gold (not found at {Number(r.Lenient.Threshold)}), UNMATCHED predictions,");
        output.WriteLine($"# WRONG SPEAKER pairs, BOUNDARY pairs (found at {Number(r.Lenient.Threshold)} but not at {Number(r.Strict.Threshold)}).");
        output.WriteLine($"# Texts are cut to about {MaxText} characters; @N is the offset where the content begins.");

        var clean = new List<string>();
        foreach (var document in r.PerDocument)
        {
            if (!WriteDocument(document, output)) clean.Add(document.Name);
        }

        if (clean.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"== without errors ({clean.Count}): {string.Join(", ", clean)}");
        }
        if (run.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"== annotation warnings ({run.Warnings.Count})");
            foreach (var warning in run.Warnings) output.WriteLine("  " + warning);
        }
        output.Flush();
    }

    // Returns false when the document has nothing to report.
    private static bool WriteDocument(DocumentEvaluation d, TextWriter output)
    {
        var text = d.Gold.Text;
        var missed = d.Missed.ToList();
        var unmatched = d.UnmatchedPredictions.ToList();
        var wrongSpeakers = d.WrongSpeakers.ToList();
        var boundary = d.FoundOnlyLeniently.ToList();
        if (!d.Failed && missed.Count + unmatched.Count + wrongSpeakers.Count + boundary.Count == 0) return false;

        output.WriteLine();
        output.WriteLine($"== {d.Name}   gold {d.Gold.Attributions.Count}, predicted {d.Predictions.Count}, " +
            $"found {d.LenientMatches.Count} (lenient) / {d.StrictMatches.Count} (strict)");
        if (d.Failed) output.WriteLine($"   EXTRACTION FAILED: {d.Error}");

        Section(output, "MISSED", missed, gold =>
        [
            $"[{Kind(gold.Kind)}] {gold.Id} @{gold.Start}",
            $"source: {Show(text, gold.Source)} | cue: {Show(text, gold.Cue)}",
            $"content: {Show(text, gold.Content)}",
        ]);
        Section(output, "UNMATCHED", unmatched, p =>
        [
            $"[{Kind(p.Kind)}] {p.Id} @{p.Start}",
            $"speaker: {Show(p.SpeakerMention)} | cue: {Show(p.Cue)}",
            $"text: {Cut(p.Text)}",
        ]);
        Section(output, "WRONG SPEAKER", wrongSpeakers, m =>
        [
            $"[{Kind(m.Gold.Kind)}] {m.Gold.Id} ~ {m.Prediction.Id} @{m.Gold.Start}, coverage {Coverage(m)}",
            $"gold source: {Show(text, m.Gold.Source)} | predicted: {Show(m.Prediction.SpeakerMention)} | cue: {Show(text, m.Gold.Cue)} / {Show(m.Prediction.Cue)}",
            $"content: {Show(text, m.Gold.Content)}",
        ]);
        Section(output, "BOUNDARY", boundary, m =>
        [
            $"[{Kind(m.Gold.Kind)}] {m.Gold.Id} ~ {m.Prediction.Id} @{m.Gold.Start}, coverage {Coverage(m)}",
            $"gold:      {Show(text, m.Gold.Content)}",
            $"predicted: {Show(text, m.Prediction.Content)}",
        ]);
        return true;
    }

    private static void Section<T>(TextWriter output, string title, List<T> items, Func<T, string[]> lines)
    {
        if (items.Count == 0) return;
        output.WriteLine($"-- {title} ({items.Count})");
        foreach (var item in items)
        {
            var itemLines = lines(item);
            output.WriteLine("  " + itemLines[0]);
            foreach (var line in itemLines.Skip(1)) output.WriteLine("      " + line);
        }
    }

    private static string Kind(QuoteKind kind) => kind.ToJsonName();

    private static string Coverage(AttributionMatch m) => EvalTableWriter.Percent(m.Coverage);

    private static string Number(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    private static string Show(string text, IReadOnlyList<TextSpan> spans) =>
        spans.Count == 0 ? "-" : Cut(GoldAttribution.TextOf(text, spans));

    private static string Show(Excerpt? excerpt) => excerpt is null ? "-" : Cut(excerpt.Text);

    // One line per item: line breaks become spaces, runs of whitespace one space; long texts keep head and tail.
    private static string Cut(string text)
    {
        var flat = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) flat.Append(c);
            else if (flat.Length > 0 && flat[^1] != ' ') flat.Append(' ');
        }
        var line = flat.ToString().Trim();
        return line.Length <= MaxText ? line : line[..(MaxText - 60)] + " … " + line[^57..];
    }
}
