namespace QuoteExtract.Attribution;

/// <summary>
/// One pattern of the quoted-speech stage (a quoted transcript turn, a segment of a quote over paragraphs, the speaker
/// after the quote, before it, a quote going on from the last one, …). The stage offers each quote to the rules of
/// <see cref="AttributionRuleSet.QuoteRules"/> in their order until one claims it; a rule may claim a quote with no
/// attribution (a work's title is no quote), and when what it found is of a rule switched off, the next rule tries.
/// </summary>
internal interface IQuoteRule
{
    /// <summary>
    /// The rules whose attributions it proposes. The rule set leaves a rule out when all of them are switched off; an
    /// attribution of one switched off is dropped and the quote goes on to the next rule.
    /// </summary>
    ReadOnlySpan<AttributionRuleId> Ids { get; }

    /// <summary>
    /// Reads the quote of <paramref name="context"/>; true when the rule claims it, with what it found in
    /// <see cref="QuoteRuleContext.Found"/> (null: the quote stays unattributed).
    /// </summary>
    bool TryAttribute(ref QuoteRuleContext context);
}
