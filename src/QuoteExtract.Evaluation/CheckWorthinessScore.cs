using QuoteExtract.Claims;

namespace QuoteExtract.Evaluation;

/// <summary>The embedded check-worthiness model's raw score of one sentence, for ranking a CLEF CheckThat! transcript.</summary>
public static class CheckWorthinessScore
{
    /// <summary>Scores a sentence (higher is more worth checking); null when the build carries no model.</summary>
    public static Func<string, double>? Model { get; } = CheckWorthinessModel.Default is { } model ? model.Score : null;
}
