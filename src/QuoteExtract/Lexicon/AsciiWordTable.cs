using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QuoteExtract.Lexicon;

/// <summary>
/// The index of an all-ASCII word among the keys of a case-insensitive word table. A word is read as its first and last
/// four characters (overlapping when shorter than eight; zero-padded below four), ASCII-lower-cased four at once, and
/// hashed from those two reads and its length, with no loop for a word of up to eight characters (nine in ten words of
/// running text). The slots hold four bytes each (hash bits and key index): a miss, most words, reads one slot of a small
/// array; a candidate is confirmed against the key's own two reads and length. Exact for every all-ASCII word, as
/// <see cref="StringComparer.OrdinalIgnoreCase"/> is; a word with other characters is the caller's to look up in its
/// full table. Immutable once made.
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly uint[] _slots; // a power of two long, at most a quarter full; 0 empty, else hash tag | (index + 1)
    private readonly int _mask;
    private readonly uint _indexMask;
    private readonly Key[] _keys; // key i's two reads (lower case) and length
    private readonly record struct Key(ulong Head, ulong Tail, int Length);
    private readonly string?[] _longForms; // key i's lower-case form when longer than eight characters

    /// <summary>
    /// A table of <paramref name="keys"/> (distinct ignoring case), key i with index i. A key with other than ASCII
    /// characters is kept under its ASCII form when every character equals an ASCII one ignoring case (ı and I, ſ and
    /// S), so an ASCII word finds it; else it is left out (only a word with other characters can equal it).
    /// </summary>
    public AsciiWordTable(IReadOnlyList<string> keys)
    {
        int n = keys.Count;
        int size = 16;
        while (size < 4 * n) size *= 2;
        _slots = new uint[size];
        _mask = size - 1;
        _indexMask = (1u << (BitOperations.Log2((uint)n + 1) + 1)) - 1;
        _keys = new Key[n];
        _longForms = new string?[n];
        for (int i = 0; i < n; i++)
        {
            var form = new char[keys[i].Length];
            bool ascii = true;
            for (int k = 0; k < form.Length && ascii; k++)
                if (AsciiFormOf(keys[i][k]) is var a and >= 0) form[k] = (char)a; else ascii = false;
            if (!ascii) continue; // left out
            uint hash = Read(form, out _, out ulong head, out ulong tail);
            // (Keys distinct ignoring case never share a form; should a table hold two, the first is found.)
            if (Find(form, hash, head, tail) >= 0) continue;
            _keys[i] = new Key(head, tail, form.Length);
            if (form.Length > 8) _longForms[i] = new string(form);
            int slot = (int)hash & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = (hash & ~_indexMask) | (uint)(i + 1);
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
        uint hash = Read(word, out ascii, out ulong head, out ulong tail);
        return ascii ? Find(word, hash, head, tail) : -1;
    }

    private int Find(ReadOnlySpan<char> word, uint hash, ulong head, ulong tail)
    {
        var slots = _slots;
        uint tag = hash & ~_indexMask;
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            uint e = slots[slot];
            if (e == 0) return -1;
            if ((e & ~_indexMask) != tag) continue;
            int index = (int)(e & _indexMask) - 1;
            ref readonly var key = ref _keys[index];
            if (key.Head == head && key.Tail == tail && key.Length == word.Length && (word.Length <= 8 || MiddleEquals(word, _longForms[index]!))) return index;
        }
    }

    // The characters between the first and last four of a word longer than eight equal the key's, ignoring ASCII case.
    private static bool MiddleEquals(ReadOnlySpan<char> word, string form)
    {
        for (int k = 4; k < word.Length - 4; k++)
            if ((word[k] | ((uint)(word[k] - 'A') <= 'Z' - 'A' ? 0x20 : 0)) != form[k]) return false;
        return true;
    }

    // The word's first and last four characters, ASCII-lower-cased, and a hash of them and the length; says whether all
    // the word's characters were ASCII (else the hash is of no use).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Read(ReadOnlySpan<char> word, out bool ascii, out ulong head, out ulong tail)
    {
        ref char r = ref MemoryMarshal.GetReference(word);
        int n = word.Length;
        ulong all;
        if (n >= 4)
        {
            head = Read4(ref r, 0);
            tail = Read4(ref r, n - 4);
            all = head | tail;
            if (n > 8) all |= MiddleBits(word);
        }
        else
        {
            head = n == 0 ? 0 : Short(ref r, n);
            tail = head;
            all = head;
        }
        ascii = (all & 0xFF80_FF80_FF80_FF80UL) == 0;
        head = Lower(head);
        tail = Lower(tail);
        ulong h = (head * 0x9E3779B97F4A7C15UL ^ tail * 0xC2B2AE3D27D4EB4FUL ^ (uint)n) * 0xFF51AFD7ED558CCDUL;
        return (uint)(h >> 32);
    }

    // The characters between the first and last four, or-ed together four at a time (for the ASCII test).
    private static ulong MiddleBits(ReadOnlySpan<char> word)
    {
        ref char r = ref MemoryMarshal.GetReference(word);
        ulong all = 0;
        for (int k = 4; k < word.Length - 4; k += 4) all |= Read4(ref r, Math.Min(k, word.Length - 8));
        return all;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read4(ref char r, int i) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref r, i)));

    // One to three characters, zero-padded, without a branch on the count.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Short(ref char r, int n)
    {
        ulong second = Unsafe.Add(ref r, n > 1 ? 1 : 0), third = Unsafe.Add(ref r, n - 1);
        return Unsafe.Add(ref r, 0) | (n > 1 ? second << 16 : 0) | (n > 2 ? third << 32 : 0);
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
