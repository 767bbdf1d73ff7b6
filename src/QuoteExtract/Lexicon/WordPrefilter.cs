using System.Runtime.CompilerServices;

namespace QuoteExtract.Lexicon;

/// <summary>
/// A cheap test that rejects most words before a case-insensitive hash lookup: which first and which last
/// letters occur among the listed words of each length. Most words of running text fail it, and the hash is
/// never computed.
/// </summary>
internal sealed class WordPrefilter
{
    private const int LengthSlots = 32; // lengths of 31 and more share the last slot
    private readonly uint[] _lettersByLength = new uint[LengthSlots];
    private readonly uint[] _lastLettersByLength = new uint[LengthSlots];

    /// <summary>Records the first letter and length of each of <paramref name="words"/>.</summary>
    public WordPrefilter(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (w.Length == 0) continue;
            _lettersByLength[Math.Min(w.Length, LengthSlots - 1)] |= Bit(w[0]);
            _lastLettersByLength[Math.Min(w.Length, LengthSlots - 1)] |= Bit(w[^1]);
            MaxLength = Math.Max(MaxLength, w.Length);
        }
    }

    /// <summary>The longest listed word.</summary>
    public int MaxLength { get; }

    /// <summary>False when no listed word can equal <paramref name="word"/> (ignoring case); true when one may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxLength) return false;
        int slot = Math.Min(word.Length, LengthSlots - 1);
        return (_lettersByLength[slot] & Bit(word[0])) != 0 && (_lastLettersByLength[slot] & Bit(word[^1])) != 0;
    }

    // ASCII letters by letter, case folded; every other character shares one bit (so the test never says no wrongly).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bit(char c)
    {
        int lower = c | 0x20;
        return c < 128 && lower is >= 'a' and <= 'z' ? 1u << (lower - 'a') : 1u << 26;
    }
}
