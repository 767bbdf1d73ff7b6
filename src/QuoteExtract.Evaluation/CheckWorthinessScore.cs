using QuoteExtract.Claims;

namespace QuoteExtract.Evaluation;

/// <summary>The embedded check-worthiness model's scores of a CLEF CheckThat! transcript, each sentence read in its context.</summary>
public static class CheckWorthinessScore
{
    /// <summary>
    /// Scores a transcript's sentences (0..1, higher is more worth checking), each in its context: the line before and the
    /// speaker's turn (a run of lines by one speaker); null when the build carries no model.
    /// </summary>
    public static Func<IReadOnlyList<CheckWorthinessLine>, double[]>? Transcript { get; } =
        CheckWorthinessModel.Default is { } model ? lines => Score(model, lines) : null;

    private static double[] Score(CheckWorthinessModel model, IReadOnlyList<CheckWorthinessLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return model.ScoreTranscript([.. lines.Select(l => l.Speaker)], [.. lines.Select(l => l.Text)]);
    }
}
