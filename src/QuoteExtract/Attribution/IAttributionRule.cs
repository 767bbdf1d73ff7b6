using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// A rule that proposes reported-speech attributions, one sentence at a time. Register one with
/// <see cref="QuoteExtractorBuilder.UseAttributionRule"/>: it runs in the reported-speech stage after the built-in rules, in
/// the order rules were registered, and a proposal is kept only when none of its words is taken by an attribution kept
/// before it and the model (when one decides, <see cref="QuoteExtractorBuilder.UseModel"/>) accepts it.
/// </summary>
public interface IAttributionRule
{
    /// <summary>The rule's name, recorded as <see cref="QuoteAttribution.Pattern"/> of what it proposes (unless it sets one).</summary>
    string Name { get; }

    /// <summary>
    /// The attributions the rule reads in <paramref name="sentence"/> (its content, cue and source spans; the kind is set
    /// when it is kept: indirect, or mixed when the content holds a quote). Sentences of skipped boilerplate are not offered.
    /// </summary>
    IEnumerable<QuoteAttribution> Propose(Document document, Sentence sentence);
}
