namespace QuoteExtract.Evaluation;

/// <summary>
/// Scores predicted quotes against gold attributions the way the GenderGapTracker evaluation does: a gold is
/// found when one prediction covers more than a threshold share of its content's non-whitespace characters;
/// gold is matched greedily in text order, each to the unused prediction that covers it most.
/// Continuation chains (<see cref="Quote.Continues"/>) are merged into one prediction first.
/// Pure and thread-safe: <c>QuoteScorer.Default.Score(pairs)</c>.
/// </summary>
public sealed class QuoteScorer
{
    /// <summary>Scores at thresholds 0.3 (lenient) and 0.8 (strict).</summary>
    public static QuoteScorer Default { get; } = new();

    /// <summary>Makes a scorer with the given coverage thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside 0..1, or lenient is above strict.</exception>
    public QuoteScorer(double lenientThreshold = 0.3, double strictThreshold = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lenientThreshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(strictThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lenientThreshold, strictThreshold);
        LenientThreshold = lenientThreshold;
        StrictThreshold = strictThreshold;
    }

    /// <summary>The lenient threshold; speaker and cue agreement are measured on the pairs matched at it.</summary>
    public double LenientThreshold { get; }

    /// <summary>The strict threshold.</summary>
    public double StrictThreshold { get; }

    /// <summary>Scores a whole set: each gold document with its extraction result (null when extraction failed).</summary>
    public EvaluationReport Score(IEnumerable<(GoldDocument Gold, ExtractionResult? Prediction)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Summarize(documents.Select(d => ScoreDocument(d.Gold, d.Prediction,
            d.Prediction is null ? "extraction failed" : null)));
    }

    /// <summary>
    /// Compares one document's predictions with its gold. A null <paramref name="prediction"/> is a failed
    /// document: no predictions, all gold missed; <paramref name="error"/> says why.
    /// </summary>
    public DocumentEvaluation ScoreDocument(GoldDocument gold, ExtractionResult? prediction, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (prediction is null) return new DocumentEvaluation(gold, [], [], [], error ?? "extraction failed");

        var text = gold.Text;
        var prefix = SpanSet.NonWhiteSpacePrefix(text);
        var predictions = PredictedAttribution.From(prediction, text.Length);
        var predictedSpans = predictions.Select(p => (TextSpan[])[.. p.Content]).ToArray();

        // Coverage is computed once per overlapping pair and shared by both thresholds.
        var candidates = new List<(int Prediction, double Coverage)>[gold.Attributions.Count];
        for (var g = 0; g < gold.Attributions.Count; g++)
            candidates[g] = Candidates(SpanSet.Normalize(gold.Attributions[g].Content, text.Length), predictions, predictedSpans, prefix);

        return new DocumentEvaluation(gold, predictions,
            Match(gold, predictions, candidates, LenientThreshold),
            Match(gold, predictions, candidates, StrictThreshold),
            error);
    }

    /// <summary>Adds up per-document results into the report.</summary>
    public EvaluationReport Summarize(IEnumerable<DocumentEvaluation> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var gold = list.Sum(d => d.Gold.Attributions.Count);
        var predictions = list.Sum(d => d.Predictions.Count);
        var lenientPairs = list.SelectMany(d => d.LenientMatches).ToList();
        return new EvaluationReport(
            Documents: list.Count,
            FailedDocuments: list.Count(d => d.Failed),
            GoldAttributions: gold,
            GoldWithoutSource: list.Sum(d => d.Gold.Attributions.Count(a => !a.HasSource)),
            Predictions: predictions,
            Lenient: Scores(LenientThreshold, list, d => d.LenientMatches, gold, predictions),
            Strict: Scores(StrictThreshold, list, d => d.StrictMatches, gold, predictions),
            Speaker: Agreement(lenientPairs.Select(m => m.SpeakerAgrees)),
            Cue: Agreement(lenientPairs.Select(m => m.CueAgrees)),
            PerDocument: list);
    }

    /// <summary>
    /// The share of the non-whitespace characters of <paramref name="gold"/> that lie inside <paramref name="predicted"/>
    /// (spans into <paramref name="text"/>); 0 when the gold has no non-whitespace character.
    /// </summary>
    public static double Coverage(string text, IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var prefix = SpanSet.NonWhiteSpacePrefix(text);
        var goldSet = SpanSet.Normalize(gold, text.Length);
        return Coverage(goldSet, SpanSet.Count(goldSet, prefix), SpanSet.Normalize(predicted, text.Length), prefix);
    }

    private static double Coverage(TextSpan[] gold, int goldCount, TextSpan[] predicted, int[] prefix) =>
        goldCount == 0 ? 0 : (double)SpanSet.IntersectionCount(gold, predicted, prefix) / goldCount;

    // Predictions are sorted by start, so the scan stops at the first one starting after the gold ends.
    private static List<(int, double)> Candidates(TextSpan[] gold, IReadOnlyList<PredictedAttribution> predictions,
        TextSpan[][] predictedSpans, int[] prefix)
    {
        var found = new List<(int, double)>();
        if (gold.Length == 0) return found;
        var goldCount = SpanSet.Count(gold, prefix);
        for (var p = 0; p < predictions.Count && predictions[p].Start < gold[^1].End; p++)
        {
            if (predictions[p].End <= gold[0].Start) continue;
            var coverage = Coverage(gold, goldCount, predictedSpans[p], prefix);
            if (coverage > 0) found.Add((p, coverage));
        }
        return found;
    }

    private static List<AttributionMatch> Match(GoldDocument document, IReadOnlyList<PredictedAttribution> predictions,
        List<(int Prediction, double Coverage)>[] candidates, double threshold)
    {
        var used = new bool[predictions.Count];
        var matches = new List<AttributionMatch>();
        for (var g = 0; g < candidates.Length; g++)
        {
            int best = -1;
            double bestCoverage = threshold;
            foreach (var (p, coverage) in candidates[g])
            {
                // Strictly greater: ties go to the earlier prediction.
                if (!used[p] && coverage > bestCoverage)
                {
                    best = p;
                    bestCoverage = coverage;
                }
            }
            if (best < 0) continue;
            used[best] = true;
            matches.Add(Pair(document.Attributions[g], predictions[best], bestCoverage));
        }
        return matches;
    }

    private static AttributionMatch Pair(GoldAttribution gold, PredictedAttribution prediction, double coverage) => new(
        gold, prediction, coverage,
        SpeakerAgrees: gold.HasSource ? prediction.SpeakerMention is { } m && SpanSet.Overlaps(m.Span, gold.Source) : null,
        CueAgrees: gold.Cue.Count > 0 ? prediction.Cue is { } c && SpanSet.Overlaps(c.Span, gold.Cue) : null);

    private static ThresholdScores Scores(double threshold, List<DocumentEvaluation> documents,
        Func<DocumentEvaluation, IReadOnlyList<AttributionMatch>> matchesOf, int gold, int predictions)
    {
        var matches = documents.SelectMany(matchesOf).ToList();
        var byKind = new[] { QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Mixed }
            .Select(kind => new KindRecall(kind,
                documents.Sum(d => d.Gold.Attributions.Count(a => a.Kind == kind)),
                matches.Count(m => m.Gold.Kind == kind)))
            .ToList();
        return new ThresholdScores(threshold, gold, predictions, matches.Count, byKind);
    }

    private static AgreementScore Agreement(IEnumerable<bool?> agreements)
    {
        int pairs = 0, agreeing = 0;
        foreach (var agrees in agreements)
        {
            if (agrees is null) continue;
            pairs++;
            if (agrees.Value) agreeing++;
        }
        return new AgreementScore(pairs, agreeing);
    }
}
