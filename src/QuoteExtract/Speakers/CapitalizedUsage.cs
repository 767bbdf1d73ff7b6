using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// How a document uses each capitalised word: whether it also writes it in lower case ("Following the vote" and "the
/// following day") and whether it capitalises it inside a sentence, where only a name is capitalised. Two linear passes.
/// </summary>
/// <remarks>
/// Only the words the resolver may ask about are kept: not a cue form, nor a word of the lists <see cref="Untracked"/>
/// names, which answer its questions before the usage is asked ("The", "But", "In" open half the sentences, and "the",
/// "but", "in" were most of the lower-case pass's finds). A word's lists and cue form are its own, whatever its case.
/// Another is answered by a scan of the document.
/// </remarks>
internal sealed class CapitalizedUsage : IDisposable
{
    // An open-addressing table of the capitalised words, compared without case: each slot holds the first token of its word
    // (+ 1, 0 for an empty slot) and what the document does with it. No string is made: a document has hundreds. The
    // table grows with the distinct words (at most half full, so a probe ends soon), its arrays from the shared pool:
    // sized by every capitalised token it was 0.5 bytes per input byte, and "Smith: …" on every line has two words.
    private const byte SeenLowerFlag = 1, SeenMidSentenceFlag = 2;
    private int[] _slots = [], _hashes = [];
    private byte[] _seen = [];
    private int _mask = -1;
    private Document _doc;

    /// <summary>The word lists that make a capitalised word one the resolver never asks about (see <see cref="IsOrdinaryOpening"/>).</summary>
    private const WordClass Untracked = WordClass.NotName | WordClass.Filler | WordClass.Breaker | WordClass.Determiner;

    /// <summary>How many distinct capitalised words the document has (compared without case) that it keeps.</summary>
    public int DistinctWords { get; private set; }

    public CapitalizedUsage(Document doc) => Read(doc);

    /// <summary>Reads <paramref name="doc"/>'s words, as a new usage would (after <see cref="Dispose"/>: an instance kept for the next document).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_doc))]
    public void Read(Document doc)
    {
        _doc = doc;
        DistinctWords = 0;
        var tokens = doc.Tokens;
        var classes = doc.WordClasses;
        var sentences = doc.Sentences;
        var text = doc.Text;
        // (Room for a distinct capitalised word per eight tokens, up to a news article's few hundred, at most half full:
        // news has one per ten tokens or fewer; a longer document grows the table as its words come.)
        (_slots, _hashes, _seen, _mask) = Rent((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(tokens.Length / 4, 16, 4096)));
        // For each shape (ShapeOf), how many capitalised words of it the lower-case pass has yet to find: a lower-case word
        // of a shape with none left changes nothing and is not looked up. (Most are: "the" is found at its first time,
        // and most lower-case words have no capitalised word of their shape at all.)
        Span<int> pending = stackalloc int[ShapeCount];
        // (The sentences walked along with the tokens, and the first word of each found once, not a search per word.)
        int s = 0, sentenceFirstWord = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || (classes[i] & (WordClass.Capitalized | Untracked)) != WordClass.Capitalized || doc.CueFormIdAt(i) >= 0) continue;
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            int distinct = DistinctWords;
            int slot = SlotOf(word, Hash(word), addAs: i);
            if (DistinctWords != distinct) pending[ShapeOf(word)]++;
            while (s < sentences.Length && sentences[s].EndToken <= i) { s++; sentenceFirstWord = -1; }
            bool opens;
            if (s == sentences.Length || sentences[s].FirstToken > i) opens = true;
            else
            {
                if (sentenceFirstWord < 0) sentenceFirstWord = FirstWord(sentences[s].FirstToken, sentences[s].EndToken);
                opens = OpensSentence(i, sentenceFirstWord);
            }
            if (!opens) _seen[slot] |= SeenMidSentenceFlag;
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || (classes[i] & WordClass.Capitalized) != 0) continue;
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            int shape = ShapeOf(word);
            if (pending[shape] == 0 || SlotOf(word, Hash(word), addAs: -1) is not (var slot and >= 0) || (_seen[slot] & SeenLowerFlag) != 0) continue;
            _seen[slot] |= SeenLowerFlag;
            pending[shape]--;
        }
    }

    /// <summary>Gives the table's arrays back to the pool (the usage is not asked after, until <see cref="Read"/>).</summary>
    public void Dispose()
    {
        Return(_slots, _hashes, _seen);
        (_slots, _hashes, _seen, _mask, _doc) = ([], [], [], -1, null!);
    }

    private static (int[], int[], byte[], int) Rent(int size)
    {
        var slots = ScratchArray.Rent<int>(size);
        var hashes = ScratchArray.Rent<int>(size);
        var seen = ScratchArray.Rent<byte>(size);
        Array.Clear(slots, 0, size);
        Array.Clear(seen, 0, size);
        return (slots, hashes, seen, size - 1);
    }

    private static void Return(int[] slots, int[] hashes, byte[] seen)
    {
        if (slots.Length > 0) ScratchArray.Return(slots);
        if (hashes.Length > 0) ScratchArray.Return(hashes);
        if (seen.Length > 0) ScratchArray.Return(seen);
    }

    // A word's shape: its length (16 and more alike) and its first and last letters without case (any other character
    // alike), hashed into ShapeCount buckets. Words equal without case have one shape.
    private const int ShapeCount = 1024;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ShapeOf(ReadOnlySpan<char> word) =>
        (int)((uint)((Math.Min(word.Length, 16) * 27 + LetterOf(word[0])) * 27 + LetterOf(word[^1])) * 0x9E3779B1u >> 22);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int LetterOf(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? (c | 0x20) - 'a' : 26;

    // A hash equal for words equal without case. An ASCII word's is made of its characters with bit 5 set (a letter's
    // two cases alike; a few other pairs collide, which the comparison sorts out); any other word's is the runtime's
    // case-insensitive hash. (No character outside ASCII equals one in it without case, so a word of one sort never
    // equals one of the other, and the two hashes never need to agree.)
    private static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            if (c >= 128) return string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
            h = (h ^ (uint)(c | 0x20)) * 16777619;
        }
        return (int)(h ^ (h >> 15));
    }

    // The slot of word (any case), added as token addAs's when missing and addAs >= 0; -1 when missing.
    private int SlotOf(ReadOnlySpan<char> word, int hash, int addAs)
    {
        int slot = hash & _mask;
        while (_slots[slot] != 0)
        {
            if (_hashes[slot] == hash && word.Equals(_doc.TokenText(_slots[slot] - 1), StringComparison.OrdinalIgnoreCase)) return slot;
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
        _hashes[slot] = hash;
        DistinctWords++;
        return slot;
    }

    // Twice the size, every word moved to its new slot.
    private void Grow()
    {
        var (oldSlots, oldHashes, oldSeen, oldMask) = (_slots, _hashes, _seen, _mask);
        (_slots, _hashes, _seen, _mask) = Rent(2 * (oldMask + 1));
        for (int k = 0; k <= oldMask; k++)
        {
            if (oldSlots[k] == 0) continue;
            int slot = oldHashes[k] & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = oldSlots[k];
            _hashes[slot] = oldHashes[k];
            _seen[slot] = oldSeen[k];
        }
        Return(oldSlots, oldHashes, oldSeen);
    }

    /// <summary>The usage of the word of token <paramref name="token"/>.</summary>
    public (bool SeenLower, bool SeenMidSentence) Of(int token)
    {
        var word = _doc.TokenText(token);
        if (_doc.Has(token, Untracked) || _doc.CueFormIdAt(token) >= 0) return Scan(word);
        return SlotOf(word, Hash(word), addAs: -1) is var slot and >= 0
            ? ((_seen[slot] & SeenLowerFlag) != 0, (_seen[slot] & SeenMidSentenceFlag) != 0)
            : (false, false);
    }

    // The usage of a word the table does not keep, read off the document as the two passes would have found it.
    private (bool SeenLower, bool SeenMidSentence) Scan(ReadOnlySpan<char> word)
    {
        var tokens = _doc.Tokens;
        bool capitalized = false, lower = false, midSentence = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !word.Equals(_doc.TokenText(i), StringComparison.OrdinalIgnoreCase)) continue;
            if (!_doc.Has(i, WordClass.Capitalized)) lower = true;
            else
            {
                capitalized = true;
                midSentence |= !OpensSentence(i);
            }
        }
        return capitalized ? (lower, midSentence) : (false, false);
    }

    /// <summary>
    /// True when token <paramref name="token"/> opens its sentence and is an ordinary word there, not part of a name: the
    /// article writes it in lower case elsewhere, or it is a verb of saying or a function word ("Describe Lee's method",
    /// "Following Lee's death").
    /// </summary>
    /// <remarks>(The usage asked last: a cue form or a word of those lists answers first, and is not kept.)</remarks>
    public bool IsOrdinaryOpening(int token) =>
        OpensSentence(token) && (_doc.CueFormIdAt(token) >= 0 || _doc.Has(token, Untracked) || Of(token).SeenLower);

    // The first word of its sentence (past quote marks and brackets), or the first after a colon or a line break.
    private bool OpensSentence(int i)
    {
        int sentence = _doc.SentenceOfToken(i);
        if (sentence < 0) return true;
        return OpensSentence(i, FirstWord(_doc.Sentences[sentence].FirstToken, i));
    }

    // (Given the sentence's first word-like token, or a token at or after i when none comes before it.)
    private bool OpensSentence(int i, int firstWord) =>
        firstWord >= i || i > 0 && (_doc.IsPunct(i - 1, ':') || _doc.ParagraphBreakBetween(i - 1, i));

    // The first token from first on, before end, that is a word, an abbreviation, an initial or a number (end if none).
    private int FirstWord(int first, int end)
    {
        var tokens = _doc.Tokens;
        while (first < end && tokens[first].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Number)) first++;
        return first;
    }
}
