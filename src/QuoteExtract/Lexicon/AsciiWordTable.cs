using System.Runtime.CompilerServices;

namespace QuoteExtract.Lexicon;

/// <summary>
/// The all-ASCII words of a word table, looked up ignoring case with one pass over the word: its ASCII-lower-case hash
/// is computed as it is checked for ASCII, and an open-addressing probe compares the few candidates. Immutable once made.
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly Entry[] _entries; // a power of two long, at most half full
    private readonly int _mask;

    private readonly record struct Entry(string Lower, int Hash, (WordClass Classes, int CueId) Value);

    /// <summary>A table of the all-ASCII keys of <paramref name="words"/> (distinct ignoring case).</summary>
    public AsciiWordTable(IReadOnlyDictionary<string, (WordClass, int)> words)
    {
        int size = 16;
        while (size < 2 * words.Count) size *= 2;
        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (word, value) in words)
        {
            if (!System.Text.Ascii.IsValid(word)) continue;
            var lower = word.ToLowerInvariant();
            int hash = Hash(lower, out _);
            int slot = hash & _mask;
            while (_entries[slot].Lower is not null) slot = (slot + 1) & _mask;
            _entries[slot] = new Entry(lower, hash, value);
        }
    }

    /// <summary>
    /// Finds <paramref name="word"/> ignoring case. <paramref name="ascii"/> says whether the word was all ASCII: when
    /// it was not, the table cannot tell, and the caller asks the full table.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> word, out (WordClass Classes, int CueId) value, out bool ascii)
    {
        int hash = Hash(word, out ascii);
        if (ascii)
        {
            var entries = _entries;
            for (int slot = hash & _mask; entries[slot].Lower is { } lower; slot = (slot + 1) & _mask)
                if (entries[slot].Hash == hash && lower.Length == word.Length && System.Text.Ascii.EqualsIgnoreCase(lower, word))
                {
                    value = entries[slot].Value;
                    return true;
                }
        }
        value = default;
        return false;
    }

    // FNV-1a over the ASCII-lower-cased characters; stops at the first character past ASCII.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            if (c >= 128) { ascii = false; return 0; }
            uint lower = (uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20u : c;
            hash = (hash ^ lower) * 16777619;
        }
        ascii = true;
        return (int)(hash ^ hash >> 15);
    }
}
