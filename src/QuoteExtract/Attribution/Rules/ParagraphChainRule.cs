using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A segment of a quote running over paragraphs (<see cref="AttributionRuleId.ParagraphChain"/>): its own cue if it has one (the speaker after the quote), else the chain's; claims every segment of an attributed quote.</summary>
internal sealed class ParagraphChainRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.ParagraphChain];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context)
    {
        var q = context.Quote;
        if (q.Previous < 0 || context.Attributed[q.Previous] < 0) return false;
        var own = q.Closed ? QuotedSpeechStage.AfterQuote(context.Document, context.Where, q) : null;
        context.Found = own ?? QuotedSpeechStage.Continuation(context.Document, q, context.Attributed[q.Previous], cueKept: false, AttributionRuleId.ParagraphChain);
        return true;
    }
}
