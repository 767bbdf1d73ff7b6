using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// Where <see cref="NameParts.Parse"/> puts a name's tokens and lower-case words: one pair of arrays per resolver, reused
/// from mention to mention (a document parses hundreds of names, "Lee said … Lee added", and each had two arrays). A
/// lower-case word is a number, its list in the resolver's word index, with its characters kept here once: a string per
/// distinct name word was a tenth of the speaker stage's allocation.
/// </summary>
internal sealed class NameBuffers(RecentIndex known) : IDisposable
{
    // (Pooled, as every array here: a document's arrays were a fifth of a short one's allocation in the stage.)
    public int[] Words { get; private set; } = ScratchArray.Rent<int>(8);

    /// <summary>For each of the name's words, lower-case, its list in the word index (<see cref="LowerWord"/>).</summary>
    public int[] Lower { get; private set; } = ScratchArray.Rent<int>(8);

    /// <summary>The word buffer, with room for <paramref name="length"/> words (and as many lower-case ones).</summary>
    public Span<int> WordsFor(int length)
    {
        if (length > Words.Length)
        {
            ReturnWordBuffers();
            Words = ScratchArray.Rent<int>(length);
            Lower = ScratchArray.Rent<int>(length);
        }
        return Words;
    }

    // The characters of each word's list (by its number): where they start in _chars and how many.
    private char[] _chars = [];
    private int _charsUsed;
    private int[] _start = [], _length = [];

    /// <summary>The lower-case word whose list in the word index is <paramref name="word"/> ("lee").</summary>
    public ReadOnlySpan<char> Text(int word) => _chars.AsSpan(_start[word], _length[word]);

    // For each list of the word index (a word), what the first-name table says of the word: 0 not asked yet, 1 no first
    // name, 2 + its gender a first name. (Most names repeat: "Ann Lee said … Ann Lee added".)
    private byte[] _firstNames = [];

    /// <summary>As <see cref="FirstNames.TryGet"/> for the lower-case word <paramref name="word"/> (<see cref="LowerWord"/>'s number).</summary>
    public bool FirstName(int word, out Gender gender)
    {
        if (_firstNames[word] == 0)
            _firstNames[word] = FirstNames.TryGet(Text(word), out var g) ? (byte)(2 + (int)g) : (byte)1;
        gender = _firstNames[word] >= 2 ? (Gender)(_firstNames[word] - 2) : Gender.Unknown;
        return _firstNames[word] >= 2;
    }

    // word.ToLowerInvariant(destination), by hand for an ASCII word (most names: a call into the case tables cost more
    // than the few letters).
    private static int LowerCase(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c >= 128) return word.ToLowerInvariant(destination);
            destination[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
        return word.Length;
    }

    /// <summary>
    /// <paramref name="word"/> in lower case, as its list in the resolver's word index (made, with no entity yet, for a
    /// word the index has not: "lee" of "Lee said … Lee added" is found, not made again).
    /// </summary>
    public int LowerWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var lower = buffer[..LowerCase(word, buffer)];
        int chain = known.ChainOf(lower, out bool added);
        if (added) Keep(chain, lower);
        return chain;
    }

    // Keeps the characters of the word whose list is chain (the lists are numbered in the order they are made).
    private void Keep(int chain, ReadOnlySpan<char> lower)
    {
        if (chain >= _start.Length)
        {
            ScratchArray.Grow(ref _start, chain, Math.Max(64, 2 * chain));
            ScratchArray.Grow(ref _length, chain, Math.Max(64, 2 * chain));
            ScratchArray.Grow(ref _firstNames, chain, Math.Max(64, 2 * chain));
        }
        _firstNames[chain] = 0;
        if (_charsUsed + lower.Length > _chars.Length) ScratchArray.Grow(ref _chars, _charsUsed, Math.Max(512, 2 * (_charsUsed + lower.Length)));
        lower.CopyTo(_chars.AsSpan(_charsUsed));
        (_start[chain], _length[chain]) = (_charsUsed, lower.Length);
        _charsUsed += lower.Length;
    }

    private void ReturnWordBuffers()
    {
        ScratchArray.Return(Words);
        ScratchArray.Return(Lower);
    }

    public void Dispose()
    {
        ReturnWordBuffers();
        (Words, Lower) = ([], []);
        if (_chars.Length > 0) ScratchArray.Return(_chars);
        if (_start.Length > 0)
        {
            ScratchArray.Return(_start);
            ScratchArray.Return(_length);
            ScratchArray.Return(_firstNames);
        }
        (_chars, _start, _length, _firstNames, _charsUsed) = ([], [], [], [], 0);
    }
}
