using QuoteExtract.Mentions;

namespace QuoteExtract.Speakers;

/// <summary>
/// Where <see cref="NameParts.Parse"/> puts a name's tokens and lower-case words: one pair of arrays per resolver, reused
/// from mention to mention (a document parses hundreds of names, "Lee said … Lee added", and each had two arrays).
/// </summary>
internal sealed class NameBuffers(RecentIndex? known)
{
    public int[] Words { get; private set; } = new int[8];

    public string[] Lower { get; private set; } = new string[8];

    /// <summary>For each lower-case word, its list in the word index (-1 when the index has no such word yet).</summary>
    public int[] Chains { get; private set; } = new int[8];

    /// <summary>The word buffer, with room for <paramref name="length"/> words (and as many lower-case ones).</summary>
    public Span<int> WordsFor(int length)
    {
        if (length > Words.Length)
        {
            Words = new int[length];
            Lower = new string[length];
            Chains = new int[length];
        }
        return Words;
    }

    // For each list of the word index (a word), what the first-name table says of the word: 0 not asked yet, 1 no first
    // name, 2 + its gender a first name. (Most names repeat: "Ann Lee said … Ann Lee added".)
    private byte[] _firstNames = [];

    /// <summary>As <see cref="FirstNames.TryGet"/> for <paramref name="word"/>, lower-case, whose list in the word index is <paramref name="chain"/> (-1 for none: not remembered).</summary>
    public bool FirstName(string word, int chain, out Gender gender)
    {
        if (chain < 0) return FirstNames.TryGet(word, out gender);
        if (chain >= _firstNames.Length) Array.Resize(ref _firstNames, Math.Max(64, 2 * chain));
        if (_firstNames[chain] == 0)
            _firstNames[chain] = FirstNames.TryGet(word, out var g) ? (byte)(2 + (int)g) : (byte)1;
        gender = _firstNames[chain] >= 2 ? (Gender)(_firstNames[chain] - 2) : Gender.Unknown;
        return _firstNames[chain] >= 2;
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
    /// <paramref name="word"/> in lower case: the string the resolver's word index already holds ("lee" of "Lee said … Lee
    /// added"), else a new one; <paramref name="chain"/> is its list in the index, or -1.
    /// </summary>
    public string LowerWord(ReadOnlySpan<char> word, out int chain)
    {
        chain = -1;
        if (word.Length == 0) return "";
        if (known is not null && word.Length <= 64)
        {
            Span<char> buffer = stackalloc char[64];
            var lower = buffer[..LowerCase(word, buffer)];
            if (known.TryGetKey(lower, out var held, out int found))
            {
                chain = found;
                return held;
            }
            return lower.ToString();
        }
        var made = string.Create(word.Length, word, static (destination, source) => source.ToLowerInvariant(destination));
        if (known is not null && known.TryGetKey(made, out _, out int chainOfMade)) chain = chainOfMade;
        return made;
    }
}
