using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A second half joined by a conjunction to an attributed first (<see cref="AttributionRuleId.Split"/>).</summary>
internal sealed class SplitByConjunctionRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.Split];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context) =>
        context.ClaimWith(QuotedSpeechStage.SplitByConjunction(context.Document, context.Where, context.Quote));
}
