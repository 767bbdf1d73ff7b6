using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>No pattern but a stop in the order of the quote rules: a title after a preposition is a name, not speech ("On this weekend's broadcast of “Fox News Sunday,” Pence said …"); it claims the quote with no attribution. It proposes nothing, so no rule id switches it off.</summary>
internal sealed class WorkTitleStop : IQuoteRule
{
    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => [];

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context) =>
        QuotedSpeechStage.IsWorkTitle(context.Document, context.Where, context.Quote);
}
