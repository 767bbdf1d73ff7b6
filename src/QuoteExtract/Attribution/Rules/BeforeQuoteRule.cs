using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>The speaker and cue before the quote: Ann Lee said, “Q.” (<see cref="AttributionRuleId.SpeakerCueQuote"/>, a lead-in, a mixed clause); “A,” she said, “B.” — the second half of a split quote continues the first (<see cref="AttributionRuleId.Split"/>).</summary>
internal sealed class BeforeQuoteRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.SpeakerCueQuote, AttributionRuleId.LeadInCue, AttributionRuleId.LeadInColon, AttributionRuleId.MixedClause, AttributionRuleId.Split];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context)
    {
        var doc = context.Document;
        if (QuotedSpeechStage.BeforeQuote(doc, context.Where, context.Quote) is not { } before) return false;
        // “A,” she said, “B.” — the second half continues the first.
        var prev = QuotedSpeechStage.LastQuoted(doc);
        context.Found = prev >= 0 && doc.Attributions[prev].Cue is { } prevCue && before.Cue == prevCue
            ? QuotedSpeechStage.Continuation(doc, context.Quote, prev, cueKept: true, AttributionRuleId.Split)
            : before;
        return true;
    }
}
