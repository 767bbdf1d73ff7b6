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
    // An open-addressing table of the capitalised words, compared without case: each slot holds the first token of its word
    // (+ 1, 0 for an empty slot) and what the document does with it. No string is made: a document has hundreds.
    private const byte SeenLowerFlag = 1, SeenMidSentenceFlag = 2;
    private readonly int[] _slots;
    private readonly byte[] _seen;
    private readonly Document _doc;

    /// <summary>How many distinct capitalised words the document has (compared without case).</summary>
    public int DistinctWords { get; private set; }

    public CapitalizedUsage(Document doc)
    {
        _doc = doc;
        var tokens = doc.Tokens;
        int capitalized = 0;
        for (int i = 0; i < tokens.Length; i++)
            if (tokens[i].Kind == TokenKind.Word && doc.IsCapitalized(i)) capitalized++;
        // (At most half full, so a probe ends soon.)
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * capitalized));
        _slots = new int[size];
        _seen = new byte[size];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !doc.IsCapitalized(i)) continue;
            int slot = SlotOf(doc.TokenText(i), addAs: i);
            if (!OpensSentence(i)) _seen[slot] |= SeenMidSentenceFlag;
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || doc.IsCapitalized(i)) continue;
            if (SlotOf(doc.TokenText(i), addAs: -1) is var slot and >= 0) _seen[slot] |= SeenLowerFlag;
        }
    }

    // The slot of word (any case), added as token addAs's when missing and addAs >= 0; -1 when missing.
    private int SlotOf(ReadOnlySpan<char> word, int addAs)
    {
        int mask = _slots.Length - 1;
        int slot = string.GetHashCode(word, StringComparison.OrdinalIgnoreCase) & mask;
        while (_slots[slot] != 0)
        {
            if (word.Equals(_doc.TokenText(_slots[slot] - 1), StringComparison.OrdinalIgnoreCase)) return slot;
            slot = (slot + 1) & mask;
        }
        if (addAs < 0) return -1;
        _slots[slot] = addAs + 1;
        DistinctWords++;
        return slot;
    }

    /// <summary>The usage of the word of token <paramref name="token"/>.</summary>
    public (bool SeenLower, bool SeenMidSentence) Of(int token) =>
        SlotOf(_doc.TokenText(token), addAs: -1) is var slot and >= 0
            ? ((_seen[slot] & SeenLowerFlag) != 0, (_seen[slot] & SeenMidSentenceFlag) != 0)
            : (false, false);

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
