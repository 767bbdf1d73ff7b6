using System.Globalization;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Cli.Eval;

/// <summary>Prints an evaluation run as a readable table: counts, then one row per metric, then timing.</summary>
internal static class EvalTableWriter
{
    private const int LabelWidth = 24, ScoreWidth = 7;

    public static void Write(EvalRun run, TextWriter output)
    {
        var r = run.Report;
        var gold = r.Lenient;
        output.WriteLine($"quote-extract eval: {run.GoldDirectory}");
        if (run.Label is { } label) output.WriteLine($"  {label}");
        output.WriteLine($"  documents          {r.Documents}" + (r.FailedDocuments > 0 ? $" ({r.FailedDocuments} failed)" : ""));
        output.WriteLine($"  gold attributions  {r.GoldAttributions} (direct {gold.RecallOf(QuoteKind.Direct).Gold}, " +
            $"indirect {gold.RecallOf(QuoteKind.Indirect).Gold}, mixed {gold.RecallOf(QuoteKind.Mixed).Gold}; {r.GoldWithoutSource} without source)");
        output.WriteLine($"  predictions        {r.Predictions} (continuation chains counted once)");
        output.WriteLine($"  types returned     {TypeNames(run.Types)}" + (run.Restricted
            ? "; gold restricted to attributions whose cue the cue lexicon types so (direct quotes always)" : ""));
        output.WriteLine();

        Row(output, "metric", "score", "count");
        Row(output, new string('-', LabelWidth), new string('-', ScoreWidth), new string('-', 13));
        foreach (var scores in (ThresholdScores[])[r.Lenient, r.Strict])
        {
            var at = At(scores.Threshold);
            Row(output, "F1 " + at, Percent(scores.F1), "");
            Row(output, "P  " + at, Percent(scores.Precision), $"{scores.Matched} / {scores.Predictions}");
            Row(output, "R  " + at, Percent(scores.Recall), $"{scores.Matched} / {scores.Gold}");
        }
        // Whole attributions: content matched and the speaker and cue right too.
        foreach (var scores in (ThresholdScores[])[r.WholeLenient, r.WholeStrict])
            Row(output, "F1 whole " + At(scores.Threshold), Percent(scores.F1), $"{scores.Matched} right");
        Row(output, $"speaker match {At(r.Lenient.Threshold)}", Percent(r.Speaker.Rate), $"{r.Speaker.Agreeing} / {r.Speaker.Pairs}");
        Row(output, $"cue match {At(r.Lenient.Threshold)}", Percent(r.Cue.Rate), $"{r.Cue.Agreeing} / {r.Cue.Pairs}");
        foreach (var scores in (ThresholdScores[])[r.Lenient, r.Strict])
            foreach (var kind in scores.RecallByKind)
                Row(output, $"recall {kind.Kind.ToString().ToLowerInvariant()} {At(scores.Threshold)}", Percent(kind.Recall), $"{kind.Found} / {kind.Gold}");
        output.WriteLine();
        if (run.ByType.Count > 0)
        {
            output.WriteLine($"  by type (gold typed in context) @{r.Lenient.Threshold.ToString("0.0##", CultureInfo.InvariantCulture)}:");
            output.WriteLine($"  {"type",-18} {"recall",7}   {"found / gold",-13} {"precision",9}   right / predicted");
            foreach (var t in run.ByType)
                output.WriteLine($"  {(t.Type?.ToString().ToLowerInvariant() ?? "no attribution"),-18} {Percent(t.Recall),7}   {$"{t.GoldFound} / {t.Gold}",-13} "
                    + (t.Type is null ? "" : $"{Percent(t.Precision),9}   {t.PredictedRight} / {t.Predicted}"));
            output.WriteLine();
        }

        if (run.TextBytes > 0) output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  time  {run.ExtractionTime.TotalSeconds:0.00} s extracting {run.Megabytes:0.00} MB ({run.MegabytesPerSecond:0.00} MB/s), {run.TotalTime.TotalSeconds:0.00} s in all"));
        if (run.Warnings.Count > 0) output.WriteLine($"  {run.Warnings.Count} annotation warning(s), see standard error");
        output.Flush();
    }

    private static string TypeNames(AttributionTypes types) =>
        types == AttributionTypes.All ? "all" : string.Join(",", Enum.GetValues<AttributionType>()
            .Where(t => (types & (AttributionTypes)(1 << (int)t)) != 0).Select(t => t.ToString().ToLowerInvariant()));

    /// <summary>A rate as a percentage with one decimal (<c>45.2%</c>).</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string At(double threshold) => "@" + threshold.ToString("0.0##", CultureInfo.InvariantCulture);

    private static void Row(TextWriter output, string label, string score, string count) =>
        output.WriteLine($"  {label,-LabelWidth} {score,ScoreWidth}   {count}".TrimEnd());
}
