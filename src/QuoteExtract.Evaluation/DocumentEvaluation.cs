namespace QuoteExtract.Evaluation;

/// <summary>How the predictions for one document compare with its gold: the detail behind the totals, for error analysis.</summary>
/// <param name="Gold">The gold document.</param>
/// <param name="Predictions">The predictions after merging continuation chains, in text order.</param>
/// <param name="LenientMatches">The pairs matched at the lenient threshold (0.3 by default), in gold order.</param>
/// <param name="StrictMatches">The pairs matched at the strict threshold (0.8 by default), in gold order.</param>
/// <param name="Error">Why extraction failed, or null; a failed document has no predictions and all its gold missed.</param>
public sealed record DocumentEvaluation(
    GoldDocument Gold,
    IReadOnlyList<PredictedAttribution> Predictions,
    IReadOnlyList<AttributionMatch> LenientMatches,
    IReadOnlyList<AttributionMatch> StrictMatches,
    string? Error)
{
    /// <summary>The document's name.</summary>
    public string Name => Gold.Name;

    /// <summary>True when extraction failed for this document.</summary>
    public bool Failed => Error is not null;

    /// <summary>Gold attributions no prediction found at the lenient threshold, in text order.</summary>
    public IEnumerable<GoldAttribution> Missed => Unmatched(Gold.Attributions, LenientMatches.Select(m => m.Gold));

    /// <summary>Gold attributions found at the lenient threshold but not at the strict one: the boundary errors.</summary>
    public IEnumerable<AttributionMatch> FoundOnlyLeniently
    {
        get
        {
            var strict = StrictMatches.Select(m => m.Gold).ToHashSet(ReferenceEqualityComparer.Instance);
            return LenientMatches.Where(m => !strict.Contains(m.Gold));
        }
    }

    /// <summary>Predictions matched to no gold at the lenient threshold (false positives), in text order.</summary>
    public IEnumerable<PredictedAttribution> UnmatchedPredictions => Unmatched(Predictions, LenientMatches.Select(m => m.Prediction));

    /// <summary>Lenient pairs whose predicted speaker mention misses the gold source.</summary>
    public IEnumerable<AttributionMatch> WrongSpeakers => LenientMatches.Where(m => m.SpeakerAgrees == false);

    private static IEnumerable<T> Unmatched<T>(IEnumerable<T> all, IEnumerable<T> matched) where T : class
    {
        var used = matched.ToHashSet<object>(ReferenceEqualityComparer.Instance);
        return all.Where(item => !used.Contains(item));
    }
}
