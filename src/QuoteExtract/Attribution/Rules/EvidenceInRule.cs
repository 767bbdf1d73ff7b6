using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// A finding reported from a poll, survey or study (<see cref="AttributionRuleId.EvidenceIn"/>): "In a Gazette poll last
/// month, Lee led by six points." Runs after the cue readings, filling in only where nothing else was found.
/// </summary>
internal sealed class EvidenceInRule : IAttributionRule
{
    /// <inheritdoc />
    public string Name => AttributionRuleNames.Of(AttributionRuleId.EvidenceIn);

    /// <inheritdoc />
    // "In NP, CONTENT." / "CONTENT(,) in NP." where NP is a poll, survey or study: the finding is the poll's.
    public IEnumerable<QuoteAttribution> Propose(Document document, Sentence sentence)
    {
        var doc = document;
        var s = sentence;
        if (s.TokenCount < 5) return [];
        int end = ContentEnd(doc, s);
        int first = SkipConjunctions(doc, s.FirstToken, end);
        if (doc.Is(first, "in") && EvidenceSource(doc, first + 1, end) is { } front && doc.IsPunct(front.EndToken, ','))
        {
            var a = new QuoteAttribution
            {
                Content = Span(doc, front.EndToken + 1, end), Cue = doc.Tokens[first].Span, Source = front,
                Confidence = 0.6, Rule = AttributionRuleId.EvidenceIn,
            };
            return doc.WordCount(a.Content) >= 3 ? [a] : [];
        }
        // The last "in" of the sentence, whose phrase runs to the sentence end.
        for (int i = end - 2; i > first + 2 && end - i <= 14; i--)
        {
            if (doc.Tokens[i].Length != 2 || !doc.Is(i, "in")) continue;
            if (EvidenceSource(doc, i + 1, end) is not { } back || back.EndToken != end) return [];
            int to = doc.IsPunct(i - 1, ',') ? i - 1 : i;
            var a = new QuoteAttribution
            {
                Content = Span(doc, first, to), Cue = doc.Tokens[i].Span, Source = back,
                Confidence = 0.6, Rule = AttributionRuleId.EvidenceIn,
            };
            return doc.WordCount(a.Content) >= 3 ? [a] : [];
        }
        return [];
    }

    // A phrase up to the next comma (or the end) naming a poll, survey or study: "a Gazette poll last month", "an
    // average calculated by the Gazette". Not the idiom "in the polls": the phrase names whose it is (a capital
    // after its first word), and the poll word is its head or near its end.
    private static Mention? EvidenceSource(Document doc, int from, int end)
    {
        // (Most phrases after "in" name no poll: those are not read as a phrase at all.)
        if (!HasEvidenceHead(doc, from, end)) return null;
        var phrase = PhraseToComma(doc, from, end);
        if (phrase is null || phrase.EndToken - from > 12) return null;
        int head = -1;
        bool named = false;
        for (int j = from; j < phrase.EndToken; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) continue;
            if (doc.Words(WordList.EvidenceInHeads).Contains(doc.TokenText(j))) head = j;
            named |= j > from && char.IsUpper(doc.TokenText(j)[0]);
            if (doc.Words(WordList.FiniteAuxiliaries).Contains(doc.TokenText(j)) || doc.Is(j, "but") || doc.Is(j, "and")) return null;
        }
        return head >= 0 && named && (phrase.EndToken - head <= 6) ? phrase : null;
    }

    // Whether a poll word stands among the (at most 13) tokens a source phrase from <paramref name="from"/> may hold.
    private static bool HasEvidenceHead(Document doc, int from, int end)
    {
        for (int j = from; j < end && j - from <= 12; j++)
            if (doc.Tokens[j].Kind == TokenKind.Word && doc.Words(WordList.EvidenceInHeads).Contains(doc.TokenText(j))) return true;
        return false;
    }
}
