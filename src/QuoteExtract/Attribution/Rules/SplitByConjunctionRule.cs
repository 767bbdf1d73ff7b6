using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A second half joined by a conjunction to an attributed first (<see cref="AttributionRuleId.Split"/>).</summary>
internal sealed class SplitByConjunctionRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.Split];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context)
    {
        context.Found = QuotedSpeechStage.SplitByConjunction(context.Document, context.Where, context.Quote);
        return context.Found is not null;
    }
}
