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
    // A bit for each listed (length, first, second, last character) of ASCII words, hashed into 4096 bits: a sharper
    // test for an all-ASCII word (most of running text) that the letter masks let through.
    private readonly ulong[] _shapes = new ulong[ShapeBits / 64];
    private const int ShapeBits = 4096;

    /// <summary>Records the first letter and length of each of <paramref name="words"/>.</summary>
    public WordPrefilter(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (w.Length == 0) continue;
            _lettersByLength[Math.Min(w.Length, LengthSlots - 1)] |= Bit(w[0]);
            _lastLettersByLength[Math.Min(w.Length, LengthSlots - 1)] |= Bit(w[^1]);
            MaxLength = Math.Max(MaxLength, w.Length);
            // A key with characters past ASCII has a shape only when they equal ASCII ones ignoring case (ı and I): an
            // all-ASCII word can equal no other.
            int f = AsciiWordTable.AsciiFormOf(w[0]), s = w.Length > 1 ? AsciiWordTable.AsciiFormOf(w[1]) : 0, l = AsciiWordTable.AsciiFormOf(w[^1]);
            if (f < 0 || s < 0 || l < 0) continue;
            int shape = Shape(w.Length, (uint)f, (uint)s, (uint)l);
            _shapes[shape >> 6] |= 1UL << shape;
        }
    }

    // The shape of a word of this length and these ASCII lower-case first, second (0 for none) and last characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Shape(int length, uint first, uint second, uint last) =>
        (int)(((uint)length | first << 8 | second << 15 | last << 22) * 0x9E3779B1u >> 20);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20u : 0);

    /// <summary>The longest listed word.</summary>
    public int MaxLength { get; }

    /// <summary>False when no listed word can equal <paramref name="word"/> (ignoring case); true when one may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= (uint)MaxLength) return false;
        char f = word[0], s = word.Length > 1 ? word[1] : '\0', l = word[^1];
        // An ASCII word (most of running text) by its shape alone: one test, which the letter masks would only repeat.
        if ((f | s | l) < 128)
        {
            int shape = Shape(word.Length, Fold(f), Fold(s), Fold(l));
            return (_shapes[shape >> 6] & 1UL << shape) != 0;
        }
        // (No shape test: the word may equal a key with characters past ASCII.)
        int slot = Math.Min(word.Length, LengthSlots - 1);
        return (_lettersByLength[slot] & Bit(f)) != 0 && (_lastLettersByLength[slot] & Bit(l)) != 0;
    }

    // ASCII letters by letter, case folded; every other character shares one bit (so the test never says no wrongly).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bit(char c)
    {
        int lower = c | 0x20;
        return c < 128 && lower is >= 'a' and <= 'z' ? 1u << (lower - 'a') : 1u << 26;
    }
}
