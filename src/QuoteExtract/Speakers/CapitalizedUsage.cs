using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// How a document uses each capitalised word: whether it also writes it in lower case ("Following the vote" and "the
/// following day") and whether it capitalises it inside a sentence, where only a name is capitalised. Two linear passes.
/// </summary>
internal sealed class CapitalizedUsage
{
    private readonly Dictionary<string, (bool SeenLower, bool SeenMidSentence)> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (bool SeenLower, bool SeenMidSentence)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Document _doc;

    public CapitalizedUsage(Document doc)
    {
        _doc = doc;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !doc.IsCapitalized(i)) continue;
            var w = doc.TokenText(i);
            bool mid = !OpensSentence(i);
            if (_lookup.TryGetValue(w, out var seen)) { if (mid && !seen.SeenMidSentence) _lookup[w] = (seen.SeenLower, true); }
            else _lookup[w] = (false, mid);
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || doc.IsCapitalized(i)) continue;
            var w = doc.TokenText(i);
            if (_lookup.TryGetValue(w, out var seen) && !seen.SeenLower) _lookup[w] = (true, seen.SeenMidSentence);
        }
    }

    /// <summary>The usage of the word of token <paramref name="token"/>.</summary>
    public (bool SeenLower, bool SeenMidSentence) Of(int token) =>
        _lookup.TryGetValue(_doc.TokenText(token), out var seen) ? seen : (false, false);

    /// <summary>
    /// True when token <paramref name="token"/> opens its sentence and is an ordinary word there, not part of a name: the
    /// article writes it in lower case elsewhere, or it is a verb of saying or a function word ("Describe Lee's method",
    /// "Following Lee's death").
    /// </summary>
    public bool IsOrdinaryOpening(int token) =>
        OpensSentence(token) && (Of(token).SeenLower || _doc.CueFormIdAt(token) >= 0
            || _doc.Has(token, WordClass.NotName | WordClass.Filler | WordClass.Breaker | WordClass.Determiner));

    // The first word of its sentence (past quote marks and brackets), or the first after a colon or a line break.
    private bool OpensSentence(int i)
    {
        int sentence = _doc.SentenceOfToken(i);
        if (sentence < 0) return true;
        int first = _doc.Sentences[sentence].FirstToken;
        while (first < i && _doc.Tokens[first].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Number)) first++;
        return first == i || i > 0 && (_doc.IsPunct(i - 1, ':') || _doc.ParagraphBreakBetween(i - 1, i));
    }
}
