using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QuoteExtract.Lexicon;

/// <summary>
/// The index of an all-ASCII word among the keys of a case-insensitive word table, found with one pass over the word:
/// its ASCII-lower-case hash is computed as it is checked for ASCII, and an open-addressing probe compares the few
/// candidates. A slot holds the key's length and first four characters, so a short word (most of running text) is
/// found or turned away with one memory access; longer keys' other characters lie in one shared array. Exact for every all-ASCII word, as <see cref="StringComparer.OrdinalIgnoreCase"/> is;
/// a word with other characters is the caller's to look up in its full table. Immutable once made.
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly Slot[] _slots; // a power of two long, at most half full
    // Tag: 0 empty, else hash tag | (index + 1); the key's length and its first four (lower-case) characters.
    private readonly record struct Slot(uint Tag, int Length, ulong First);
    private readonly int _mask;
    private readonly uint _indexMask;
    // The keys' ASCII lower-case forms, four characters to a word (the last zero-padded), one key after another.
    private readonly ulong[] _chunks;
    private readonly (int Start, int Length)[] _keys; // key i: its first chunk and its length in characters

    /// <summary>
    /// A table of <paramref name="keys"/> (distinct ignoring case), key i with index i. A key with other than ASCII
    /// characters is kept under its ASCII form when every character equals an ASCII one ignoring case (ı and I, ſ and
    /// S), so an ASCII word finds it; else it is left out (only a word with other characters can equal it).
    /// </summary>
    public AsciiWordTable(IReadOnlyList<string> keys)
    {
        int n = keys.Count;
        int size = 16;
        while (size < 2 * n) size *= 2;
        _slots = new Slot[size];
        _mask = size - 1;
        _indexMask = (1u << (BitOperations.Log2((uint)n + 1) + 1)) - 1;
        var chunks = new List<ulong>();
        _keys = new (int, int)[n];
        var forms = new string?[n];
        for (int i = 0; i < n; i++)
        {
            var form = new char[keys[i].Length];
            bool ascii = true;
            for (int k = 0; k < form.Length && ascii; k++)
                if (AsciiFormOf(keys[i][k]) is var a and >= 0) form[k] = (char)a; else ascii = false;
            if (!ascii) continue; // left out
            forms[i] = new string(form);
            _keys[i] = (chunks.Count, form.Length);
            for (int k = 0; k < form.Length; k += 4)
            {
                ulong chunk = 0;
                for (int c = 0; c < 4 && k + c < form.Length; c++) chunk |= (ulong)form[k + c] << (16 * c);
                chunks.Add(chunk);
            }
        }
        _chunks = [.. chunks];
        for (int i = 0; i < n; i++)
        {
            if (forms[i] is not { } form) continue;
            uint hash = Hash(form, out _, out ulong first);
            // (Keys distinct ignoring case never share a form; should a table hold two, the first is found.)
            if (Find(form, hash, first) >= 0) continue;
            int slot = (int)hash & _mask;
            while (_slots[slot].Tag != 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot((hash & ~_indexMask) | (uint)(i + 1), form.Length, first);
        }
    }

    /// <summary>The ASCII lower-case character equal to <paramref name="c"/> ignoring case, or -1.</summary>
    internal static int AsciiFormOf(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? c | 0x20 : c;
        for (char a = 'A'; a <= 'Z'; a++)
            if (MemoryExtensions.Equals(new ReadOnlySpan<char>(in c), new ReadOnlySpan<char>(in a), StringComparison.OrdinalIgnoreCase))
                return a | 0x20;
        return -1;
    }

    /// <summary>
    /// The index of the key equal to <paramref name="word"/> ignoring case, or -1. <paramref name="ascii"/> says whether
    /// the word was all ASCII: when it was not, the table cannot tell, and the caller asks its full table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> word, out bool ascii)
    {
        uint hash = Hash(word, out ascii, out ulong first);
        return ascii ? Find(word, hash, first) : -1;
    }

    private int Find(ReadOnlySpan<char> word, uint hash, ulong first)
    {
        var slots = _slots;
        uint tag = hash & ~_indexMask;
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            ref readonly var e = ref slots[slot];
            if (e.Tag == 0) return -1;
            if ((e.Tag & ~_indexMask) != tag || e.Length != word.Length || e.First != first) continue;
            int index = (int)(e.Tag & _indexMask) - 1;
            if (word.Length <= 4 || EqualsLowerAfterFirst(word, _chunks.AsSpan(_keys[index].Start))) return index;
        }
    }

    // The ASCII word equals the lower-case key ignoring case past their (equal) first four characters, four at a time.
    private static bool EqualsLowerAfterFirst(ReadOnlySpan<char> word, ReadOnlySpan<ulong> key)
    {
        ref char r = ref MemoryMarshal.GetReference(word);
        int i = 4, k = 1;
        for (; i + 4 <= word.Length; i += 4, k++)
            if (Lower(Read4(ref r, i)) != key[k]) return false;
        return i == word.Length || Lower(ReadTail(ref r, i, word.Length - i)) == key[k];
    }

    // A hash of the ASCII-lower-cased characters, four at a time; says whether all were ASCII (else the hash is of no use).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word, out bool ascii, out ulong first)
    {
        ref char r = ref MemoryMarshal.GetReference(word);
        int n = word.Length, i = 0;
        ulong hash = 0x9E3779B97F4A7C15UL ^ (uint)n, all = 0;
        first = 0;
        for (; i + 4 <= n; i += 4)
        {
            ulong v = Read4(ref r, i);
            all |= v;
            v = Lower(v);
            if (i == 0) first = v;
            hash = (hash ^ v) * 0xFF51AFD7ED558CCDUL;
        }
        if (i < n)
        {
            ulong v = ReadTail(ref r, i, n - i);
            all |= v;
            v = Lower(v);
            if (i == 0) first = v;
            hash = (hash ^ v) * 0xFF51AFD7ED558CCDUL;
        }
        ascii = (all & 0xFF80_FF80_FF80_FF80UL) == 0;
        return (uint)(hash >> 32) ^ (uint)hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read4(ref char r, int i) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref r, i)));

    // The last one to three characters, zero-padded.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadTail(ref char r, int i, int count)
    {
        ref byte b = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref r, i));
        return count switch
        {
            1 => Unsafe.Add(ref r, i),
            2 => Unsafe.ReadUnaligned<uint>(ref b),
            _ => Unsafe.ReadUnaligned<uint>(ref b) | (ulong)Unsafe.Add(ref r, i + 2) << 32,
        };
    }

    // Four ASCII characters lower-cased at once: a lane from 'A' to 'Z' gains 0x20 (lanes past ASCII come out as garbage,
    // and the caller never uses them).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lower(ulong v)
    {
        ulong atLeastA = v + 0x003F_003F_003F_003FUL;   // lane bit 7 set from 'A' on
        ulong pastZ = v + 0x0025_0025_0025_0025UL;      // lane bit 7 set from '[' on
        return v | (((atLeastA ^ pastZ) & 0x0080_0080_0080_0080UL) >> 2);
    }
}

/// <summary>
/// A frozen case-insensitive dictionary with its all-ASCII keys also in an <see cref="AsciiWordTable"/>: an ASCII word
/// (most of running text) is looked up there, any other in the dictionary. Immutable.
/// </summary>
internal sealed class AsciiLookup<TValue>
{
    private readonly AsciiWordTable _ascii;
    private readonly TValue[] _values;
    private readonly System.Collections.Frozen.FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The lookup of <paramref name="dictionary"/> (made with <see cref="StringComparer.OrdinalIgnoreCase"/>).</summary>
    public AsciiLookup(System.Collections.Frozen.FrozenDictionary<string, TValue> dictionary)
    {
        _ascii = new AsciiWordTable(dictionary.Keys);
        _values = [.. dictionary.Values];
        _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Finds <paramref name="word"/> ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        int i = _ascii.IndexOf(word, out bool ascii);
        if (i >= 0) { value = _values[i]; return true; }
        if (ascii) { value = default!; return false; }
        return _lookup.TryGetValue(word, out value!);
    }
}
