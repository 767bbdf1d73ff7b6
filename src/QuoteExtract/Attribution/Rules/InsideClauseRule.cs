using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A quote inside a clause governed by a cue earlier in the sentence: partial, called the week “a coup” (<see cref="AttributionRuleId.NamingPartial"/>, <see cref="AttributionRuleId.CuePartial"/>), or mixed, accused X of “Y” (<see cref="AttributionRuleId.MixedClause"/>).</summary>
internal sealed class InsideClauseRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.NamingPartial, AttributionRuleId.CuePartial, AttributionRuleId.MixedClause];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context) =>
        context.ClaimWith(QuotedSpeechStage.InsideClause(context.Document, context.Where, context.Quote));
}
