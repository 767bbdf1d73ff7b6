namespace QuoteExtract.Evaluation;

/// <summary>The scores of a prediction set against a gold corpus. Rates are 0..1; a rate over nothing is 0.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="FailedDocuments">Documents whose extraction failed (their gold counts as missed).</param>
/// <param name="GoldAttributions">Gold attributions in all documents.</param>
/// <param name="GoldWithoutSource">Gold attributions that name no source.</param>
/// <param name="Predictions">Predictions in all documents, continuation chains counted once.</param>
/// <param name="Lenient">Precision, recall and F1 at the lenient threshold (0.3 by default).</param>
/// <param name="Strict">Precision, recall and F1 at the strict threshold (0.8 by default).</param>
/// <param name="Speaker">On lenient pairs whose gold has a source: how often the predicted speaker mention overlaps it.</param>
/// <param name="Cue">On lenient pairs whose gold has a cue: how often the predicted cue overlaps it.</param>
/// <param name="PerDocument">The per-document detail, in corpus order.</param>
public sealed record EvaluationReport(
    int Documents,
    int FailedDocuments,
    int GoldAttributions,
    int GoldWithoutSource,
    int Predictions,
    ThresholdScores Lenient,
    ThresholdScores Strict,
    AgreementScore Speaker,
    AgreementScore Cue,
    IReadOnlyList<DocumentEvaluation> PerDocument)
{
    /// <summary>
    /// Whole attributions at the lenient threshold: a match counts only when its speaker and cue agree with the
    /// gold's as well (where the gold names them). Who said what, in which words, in one number.
    /// </summary>
    public ThresholdScores WholeLenient => Whole(Lenient, d => d.LenientMatches);

    /// <summary>Whole attributions at the strict threshold (see <see cref="WholeLenient"/>).</summary>
    public ThresholdScores WholeStrict => Whole(Strict, d => d.StrictMatches);

    private ThresholdScores Whole(ThresholdScores content, Func<DocumentEvaluation, IReadOnlyList<AttributionMatch>> matchesOf)
    {
        var whole = PerDocument.SelectMany(matchesOf).Where(m => m.IsWhole).ToList();
        var byKind = content.RecallByKind.Select(k => k with { Found = whole.Count(m => m.Gold.Kind == k.Kind) }).ToList();
        return content with { Matched = whole.Count, RecallByKind = byKind };
    }
}

/// <summary>Matching results at one coverage threshold.</summary>
/// <param name="Threshold">A gold counts as found when one prediction covers more than this share of it.</param>
/// <param name="Gold">Gold attributions.</param>
/// <param name="Predictions">Predictions.</param>
/// <param name="Matched">Matched pairs (each gold and each prediction is in at most one).</param>
/// <param name="RecallByKind">Recall per gold kind: direct, indirect, mixed.</param>
public sealed record ThresholdScores(
    double Threshold,
    int Gold,
    int Predictions,
    int Matched,
    IReadOnlyList<KindRecall> RecallByKind)
{
    /// <summary>Matched predictions over all predictions.</summary>
    public double Precision => Rate.Of(Matched, Predictions);

    /// <summary>Matched gold over all gold.</summary>
    public double Recall => Rate.Of(Matched, Gold);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The recall for gold of <paramref name="kind"/> (an empty count when there is no such gold).</summary>
    public KindRecall RecallOf(QuoteKind kind) => RecallByKind.FirstOrDefault(r => r.Kind == kind) ?? new KindRecall(kind, 0, 0);
}

/// <summary>Recall over the gold attributions of one kind.</summary>
/// <param name="Kind">The gold kind.</param>
/// <param name="Gold">Gold attributions of this kind.</param>
/// <param name="Found">How many of them were matched.</param>
public sealed record KindRecall(QuoteKind Kind, int Gold, int Found)
{
    /// <summary><see cref="Found"/> over <see cref="Gold"/>.</summary>
    public double Recall => Rate.Of(Found, Gold);
}

/// <summary>How often a part of matched pairs (speaker, cue) agrees.</summary>
/// <param name="Pairs">Pairs where the gold has the part.</param>
/// <param name="Agreeing">Pairs where the prediction's part overlaps the gold's.</param>
public sealed record AgreementScore(int Pairs, int Agreeing)
{
    /// <summary><see cref="Agreeing"/> over <see cref="Pairs"/>.</summary>
    public double Rate => Evaluation.Rate.Of(Agreeing, Pairs);
}

internal static class Rate
{
    public static double Of(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
