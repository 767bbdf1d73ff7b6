namespace QuoteExtract.Evaluation;

/// <summary>One text annotated by two annotators: the first file (the one <see cref="BratCorpus.Read"/> scores against) and the second.</summary>
/// <param name="First">The text with the first annotator's attributions (files in ordinal order).</param>
/// <param name="Second">The same text with the second annotator's attributions.</param>
public sealed record AnnotatorPair(GoldDocument First, GoldDocument Second);

/// <summary>
/// How far two annotators of a gold corpus agree, under the same scorer as the extractor: the second annotator's
/// attributions are read as if an extractor had produced them and scored against the first's. On a corpus whose
/// guidelines leave room for judgement, this is the ceiling an extractor can be expected to reach.
/// </summary>
public static class AnnotatorAgreement
{
    /// <summary>
    /// The gold's attributions as an extraction result: one quote per content span, the later spans of a
    /// discontinuous content continuing the first (so the scorer merges them back into one), the first source
    /// span as speaker mention and the first cue span as cue.
    /// </summary>
    public static ExtractionResult AsResult(GoldDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var text = gold.Text;
        var quotes = new List<Quote>();
        foreach (var attribution in gold.Attributions)
        {
            string? head = null;
            foreach (var span in attribution.Content)
            {
                var id = "q" + (quotes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                quotes.Add(new Quote(id, attribution.Kind, text.Substring(span.Start, span.Length), span, SpeakerId: null,
                    attribution.Source.Count > 0 ? Excerpt.Of(text, attribution.Source[0]) : null,
                    attribution.Cue.Count > 0 ? Excerpt.Of(text, attribution.Cue[0]) : null,
                    Confidence: 1, Continues: head));
                head ??= id;
            }
        }
        return new ExtractionResult(quotes, [], []);
    }

    /// <summary>Scores the second annotator of every pair against the first.</summary>
    public static EvaluationReport Score(IEnumerable<AnnotatorPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return QuoteScorer.Default.Score(pairs.Select(p => (p.First, (ExtractionResult?)AsResult(p.Second))));
    }
}
