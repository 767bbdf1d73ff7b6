using System.Runtime.CompilerServices;

namespace QuoteExtract.Claims;

/// <summary>
/// An immutable table of ASCII words, ignoring case, each with a non-zero value, found by the word's lower-case FNV-1a
/// hash (<see cref="Hash"/>, the hash the check-worthiness features use): one probe of a small array where a
/// case-insensitive frozen dictionary hashes the word again and compares it folding case. Only for ASCII words; the
/// callers ask their dictionaries about the others, so the answers stay the case-insensitive ones.
/// </summary>
internal sealed class AsciiWords
{
    private readonly Slot[] _slots; // a power of two long, at most half full; Value 0 marks an empty slot
    private readonly string[] _words; // by slot: the lower-case word
    private readonly int _mask, _shift;

    private readonly record struct Slot(uint Hash, uint Value);

    /// <summary>Makes the table of <paramref name="words"/> (case-insensitive keys, non-zero values).</summary>
    /// <remarks><see cref="AllAscii"/> is false, and the table empty, when some key is not ASCII.</remarks>
    public AsciiWords(IEnumerable<KeyValuePair<string, uint>> words)
    {
        var list = new List<KeyValuePair<string, uint>>(words);
        AllAscii = true;
        foreach (var (word, value) in list)
        {
            if (value == 0) throw new ArgumentException("values must not be 0", nameof(words));
            AllAscii &= System.Text.Ascii.IsValid(word);
        }
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * list.Count + 1));
        _slots = new Slot[size];
        _words = new string[size];
        _mask = size - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        if (!AllAscii) return;
        foreach (var (word, value) in list)
        {
            var lower = word.ToLowerInvariant();
            uint h = Hash(lower, out _);
            int slot = SlotOf(h);
            while (_slots[slot].Value != 0)
            {
                if (_words[slot] == lower) throw new ArgumentException($"'{word}' is listed twice", nameof(words));
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(h, value);
            _words[slot] = lower;
        }
    }

    /// <summary>True when every key is ASCII (else <c>Find</c> finds nothing and the caller must use its dictionary).</summary>
    public bool AllAscii { get; }

    /// <summary>
    /// FNV-1a over the characters with ASCII letters lower-cased; <paramref name="ascii"/> says whether all of them were
    /// ASCII (then this is the hash of the lower-case word).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        uint h = 2166136261u, seen = 0;
        foreach (char c in word)
        {
            seen |= c;
            h = (h ^ ((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20u : c)) * 16777619u;
        }
        ascii = seen <= 0x7F;
        return h;
    }

    /// <summary>The value of ASCII <paramref name="word"/> whose <see cref="Hash"/> is <paramref name="hash"/>, or 0 when it is not listed.</summary>
    public uint Find(ReadOnlySpan<char> word, uint hash)
    {
        var slots = _slots;
        for (int slot = SlotOf(hash); ; slot = (slot + 1) & _mask)
        {
            var s = slots[slot];
            if (s.Value == 0) return 0;
            if (s.Hash == hash && EqualsLower(word, _words[slot])) return s.Value;
        }
    }

    /// <summary>The value of <paramref name="word"/> (hashed here), or 0; needs an ASCII word.</summary>
    public uint Find(ReadOnlySpan<char> word) => Find(word, Hash(word, out _));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift); // (the best mixed bits: Fibonacci hashing)

    // An ASCII word against a lower-case ASCII one, ignoring case.
    private static bool EqualsLower(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if ((uint)(c - 'A') <= 'Z' - 'A') c = (char)(c | 0x20);
            if (c != lower[i]) return false;
        }
        return true;
    }
}
