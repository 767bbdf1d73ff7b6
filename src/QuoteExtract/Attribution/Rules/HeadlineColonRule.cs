using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A headline attributed by a colon (<see cref="AttributionRuleId.HeadlineColon"/>): "Ann Lee: We will win".</summary>
internal sealed class HeadlineColonRule : IAttributionRule
{
    /// <inheritdoc />
    public string Name => AttributionRuleNames.Of(AttributionRuleId.HeadlineColon);

    /// <inheritdoc />
    public IEnumerable<QuoteAttribution> Propose(Document document, Sentence sentence)
    {
        var (doc, s) = (document, sentence);
        // (A headline with a dash is the dash rule's, whatever that rule made of it.)
        if (!IsHeadline(doc, s) || HeadlineDash(doc, s) >= 0 || HeadlineColon(doc, s) is not (var i and >= 0)) return [];
        var name = NounPhraseReader.ReadForward(doc, s.FirstToken, i);
        if (name is null || name.Shape != MentionShape.Name || name.EndToken != i || IsEditorialLabel(doc, s.FirstToken, i)) return [];
        return
        [
            new QuoteAttribution
            {
                Content = Span(doc, i + 1, s.EndToken), Cue = doc.Tokens[i].Span, Source = name,
                Confidence = 0.6, Rule = AttributionRuleId.HeadlineColon,
            },
        ];
    }
}
