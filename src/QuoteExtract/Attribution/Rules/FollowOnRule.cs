using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A quote going on from the last attributed one: nothing but a time phrase between in the same paragraph (<see cref="AttributionRuleId.FollowOn"/>), the second half of one utterance (<see cref="AttributionRuleId.Split"/>), or a quote paragraph right after (<see cref="AttributionRuleId.FollowOnParagraph"/>).</summary>
internal sealed class FollowOnRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.FollowOn, AttributionRuleId.FollowOnParagraph, AttributionRuleId.Split];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context) =>
        context.ClaimWith(QuotedSpeechStage.FollowOn(context.Document, context.Where, context.Quote));
}
