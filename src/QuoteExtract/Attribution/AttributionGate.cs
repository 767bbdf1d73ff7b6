using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// The one accept test of both attribution stages: with no model every candidate a rule proposes passes (its confidence is
/// the rule's); with a model (<see cref="ExtractorOptions.Scorer"/>) the candidate gets the model's score as its confidence
/// and passes when the score reaches the model's threshold, or whatever the score when it is explicit (a headline's dash,
/// a quote plainly next to its speaker and a strong cue, a segment of an accepted quote).
/// </summary>
internal static class AttributionGate
{
    /// <summary>Whether <paramref name="candidate"/> is kept; sets its confidence to the model's score when a model decides.</summary>
    public static bool Accepts(Document doc, QuoteAttribution candidate, bool isExplicit = false)
    {
        if (doc.Options.Scorer is not { } scorer) return true;
        double p = scorer.Score(doc, candidate);
        if (p < scorer.AcceptThreshold && !isExplicit) return false;
        candidate.Confidence = p;
        return true;
    }

    /// <summary>
    /// The same test, asking <paramref name="isExplicit"/> only when a model would reject the candidate (the question
    /// looks words up; with the rules alone it is never asked).
    /// </summary>
    public static bool Accepts(Document doc, QuoteAttribution candidate, Func<Document, QuoteAttribution, bool> isExplicit)
    {
        if (doc.Options.Scorer is not { } scorer) return true;
        double p = scorer.Score(doc, candidate);
        if (p < scorer.AcceptThreshold && !isExplicit(doc, candidate)) return false;
        candidate.Confidence = p;
        return true;
    }
}
