using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A headline attributed by a dash (<see cref="AttributionRuleId.HeadlineDash"/>): "We will win – Ann Lee".</summary>
internal sealed class HeadlineDashRule : IAttributionRule
{
    /// <inheritdoc />
    public string Name => AttributionRuleNames.Of(AttributionRuleId.HeadlineDash);

    /// <inheritdoc />
    public IEnumerable<QuoteAttribution> Propose(Document document, Sentence sentence)
    {
        var (doc, s) = (document, sentence);
        // The headline's last dash decides: a name after it to the end, or no headline-dash attribution.
        if (!IsHeadline(doc, s) || HeadlineDash(doc, s) is not (var i and >= 0)) return [];
        var name = NounPhraseReader.ReadForward(doc, i + 1, s.EndToken);
        if (name is null || name.Shape != MentionShape.Name || name.EndToken != s.EndToken) return [];
        return
        [
            new QuoteAttribution
            {
                Content = Span(doc, s.FirstToken, i), Cue = doc.Tokens[i].Span, Source = name,
                Confidence = 0.6, Rule = AttributionRuleId.HeadlineDash,
            },
        ];
    }
}
