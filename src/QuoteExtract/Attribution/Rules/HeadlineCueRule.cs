using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// A title-case headline whose verb is a speech cue (<see cref="AttributionRuleId.HeadlineCue"/>): "Obama Says Museum
/// Will Tell …", "Trump Urges Supporters To …".
/// </summary>
internal sealed class HeadlineCueRule : IAttributionRule
{
    /// <inheritdoc />
    public string Name => AttributionRuleNames.Of(AttributionRuleId.HeadlineCue);

    /// <inheritdoc />
    public IEnumerable<QuoteAttribution> Propose(Document document, Sentence sentence)
    {
        var (doc, s) = (document, sentence);
        // (A headline with a dash or a colon is those rules', whatever they made of it.)
        if (!IsHeadline(doc, s) || HeadlineDash(doc, s) >= 0 || HeadlineColon(doc, s) >= 0) return [];
        int end = ContentEnd(doc, s);
        for (int i = s.FirstToken + 1; i < end - 3 && i < s.FirstToken + 8; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsUpper(doc.Text[doc.Tokens[i].Start])) continue;
            if (CueFinder.HandEntryAt(doc, i) is not { } entry || (entry.Flags & CueFlags.Reporting) == 0) continue;
            var name = NounPhraseReader.ReadForward(doc, s.FirstToken, i);
            if (name is null || name.EndToken != i || name.Shape != MentionShape.Name) return [];
            return Make(doc, new CueMatch(i, i + 1, entry, 0.9), name, i + 1, end, 0.6, AttributionRuleId.HeadlineCue) is { } a ? [a] : [];
        }
        return [];
    }
}
