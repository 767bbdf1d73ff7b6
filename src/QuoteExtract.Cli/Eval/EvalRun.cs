using QuoteExtract.Evaluation;

namespace QuoteExtract.Cli.Eval;

/// <summary>One evaluation run: the report plus what the library does not measure (time, size, reader warnings).</summary>
/// <param name="GoldDirectory">The gold folder as given.</param>
/// <param name="Report">The scores.</param>
/// <param name="ExtractionTime">Time spent inside the extractor, all documents together.</param>
/// <param name="TotalTime">Wall time of the whole run: reading, extracting, scoring.</param>
/// <param name="TextBytes">Size of the scored texts in UTF-8.</param>
/// <param name="Warnings">The corpus reader's warnings.</param>
/// <param name="Label">What was scored against the gold, when not the whole corpus by the extractor.</param>
internal sealed record EvalRun(
    string GoldDirectory,
    EvaluationReport Report,
    TimeSpan ExtractionTime,
    TimeSpan TotalTime,
    long TextBytes,
    IReadOnlyList<string> Warnings,
    string? Label = null)
{
    /// <summary>The attribution types the extractor returned.</summary>
    public AttributionTypes Types { get; init; } = AttributionTypes.All;

    /// <summary>True when the gold was restricted to <see cref="Types"/> (a corpus that annotates more).</summary>
    public bool Restricted { get; init; }

    /// <summary>Scores per type (gold typed in context), or empty.</summary>
    public IReadOnlyList<TypeRecall> ByType { get; init; } = [];

    /// <summary>Text size in megabytes (10^6 bytes).</summary>
    public double Megabytes => TextBytes / 1e6;

    /// <summary>Extraction throughput; 0 when no time was measured.</summary>
    public double MegabytesPerSecond => ExtractionTime.TotalSeconds > 0 ? Megabytes / ExtractionTime.TotalSeconds : 0;
}
