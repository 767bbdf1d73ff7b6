using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// How a document uses each capitalised word: whether it also writes it in lower case ("Following the vote" and "the
/// following day") and whether it capitalises it inside a sentence, where only a name is capitalised. Two linear passes.
/// </summary>
internal sealed class CapitalizedUsage : IDisposable
{
    // An open-addressing table of the capitalised words, compared without case: each slot holds the first token of its word
    // (+ 1, 0 for an empty slot) and what the document does with it. No string is made: a document has hundreds. The
    // table grows with the distinct words (at most half full, so a probe ends soon), its arrays from the shared pool:
    // sized by every capitalised token it was 0.5 bytes per input byte, and "Smith: …" on every line has two words.
    private const byte SeenLowerFlag = 1, SeenMidSentenceFlag = 2;
    private int[] _slots;
    private byte[] _seen;
    private int _mask;
    private readonly Document _doc;
    // Which (length, first letter) pairs the capitalised words have, the letter upper-cased as the comparison does: most
    // lower-case words need no probe.
    private readonly ulong[] _shapes = new ulong[4];

    /// <summary>How many distinct capitalised words the document has (compared without case).</summary>
    public int DistinctWords { get; private set; }

    public CapitalizedUsage(Document doc)
    {
        _doc = doc;
        var tokens = doc.Tokens;
        // (Room for a distinct capitalised word per eight tokens, up to a news article's few hundred, at most half full:
        // news has one per ten tokens or fewer; a longer document grows the table as its words come.)
        (_slots, _seen, _mask) = Rent((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(tokens.Length / 4, 16, 4096)));
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !doc.IsCapitalized(i)) continue;
            var word = doc.TokenText(i);
            int slot = SlotOf(word, addAs: i);
            MarkShape(word);
            if (!OpensSentence(i)) _seen[slot] |= SeenMidSentenceFlag;
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || doc.IsCapitalized(i)) continue;
            var word = doc.TokenText(i);
            if (HasShape(word) && SlotOf(word, addAs: -1) is var slot and >= 0) _seen[slot] |= SeenLowerFlag;
        }
    }

    /// <summary>Gives the table's arrays back to the pool (the usage is not asked after).</summary>
    public void Dispose()
    {
        Return(_slots, _seen);
        (_slots, _seen, _mask) = ([], [], -1);
    }

    private static (int[], byte[], int) Rent(int size)
    {
        var slots = ScratchArray.Rent<int>(size);
        var seen = ScratchArray.Rent<byte>(size);
        Array.Clear(slots, 0, size);
        Array.Clear(seen, 0, size);
        return (slots, seen, size - 1);
    }

    private static void Return(int[] slots, byte[] seen)
    {
        if (slots.Length > 0) ScratchArray.Return(slots);
        if (seen.Length > 0) ScratchArray.Return(seen);
    }

    private static int ShapeBit(ReadOnlySpan<char> word) => (Math.Min(word.Length, 15) * 16 + (char.ToUpperInvariant(word[0]) & 15)) & 255;

    private void MarkShape(ReadOnlySpan<char> word) => _shapes[ShapeBit(word) >> 6] |= 1UL << ShapeBit(word);

    private bool HasShape(ReadOnlySpan<char> word) => (_shapes[ShapeBit(word) >> 6] & (1UL << ShapeBit(word))) != 0;

    // The slot of word (any case), added as token addAs's when missing and addAs >= 0; -1 when missing.
    private int SlotOf(ReadOnlySpan<char> word, int addAs)
    {
        int hash = string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
        int slot = hash & _mask;
        while (_slots[slot] != 0)
        {
            if (word.Equals(_doc.TokenText(_slots[slot] - 1), StringComparison.OrdinalIgnoreCase)) return slot;
            slot = (slot + 1) & _mask;
        }
        if (addAs < 0) return -1;
        if (2 * (DistinctWords + 1) > _mask + 1)
        {
            Grow();
            slot = hash & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
        }
        _slots[slot] = addAs + 1;
        DistinctWords++;
        return slot;
    }

    // Twice the size, every word moved to its new slot.
    private void Grow()
    {
        var (oldSlots, oldSeen, oldMask) = (_slots, _seen, _mask);
        (_slots, _seen, _mask) = Rent(2 * (oldMask + 1));
        for (int k = 0; k <= oldMask; k++)
        {
            if (oldSlots[k] == 0) continue;
            int slot = string.GetHashCode(_doc.TokenText(oldSlots[k] - 1), StringComparison.OrdinalIgnoreCase) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = oldSlots[k];
            _seen[slot] = oldSeen[k];
        }
        Return(oldSlots, oldSeen);
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
