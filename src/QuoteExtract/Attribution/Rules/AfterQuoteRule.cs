using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>The speaker and cue after the quote: “Q,” said Ann Lee (<see cref="AttributionRuleId.QuoteCueSpeaker"/>), “Q,” Ann Lee said (<see cref="AttributionRuleId.QuoteSpeakerCue"/>), “Q” — Ann Lee (<see cref="AttributionRuleId.QuoteDashName"/>); words before the quote in its sentence may frame it (a mixed quote), or show it is no utterance (then the next rule tries).</summary>
internal sealed class AfterQuoteRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.QuoteCueSpeaker, AttributionRuleId.QuoteSpeakerCue, AttributionRuleId.QuoteDashName];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context)
    {
        var (doc, ctx, q) = (context.Document, context.Where, context.Quote);
        var after = q.Closed ? QuotedSpeechStage.AfterQuote(doc, ctx, q) ?? QuotedSpeechStage.QuoteThenWords(doc, ctx, q, context.CuesBefore) : null;
        if (after is null || QuotedSpeechStage.Framed(doc, ctx, q, after) is not { } framed) return false;
        context.Found = framed;
        return true;
    }
}
