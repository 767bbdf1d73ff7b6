using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// A table from lower-case words and keys ("lee", "ann lee", "phac") to numbers, looked up by spans without making a
/// string, its arrays from the shared pool (returned by <see cref="Dispose"/>). Open addressing, at most half full. A key
/// added as a span is copied into a pooled character arena, not made a string ("ann lee" once per name); one added as a
/// string is held as that string (<see cref="TryGetKey(ReadOnlySpan{char}, out string)"/> gives it back). The resolver's dictionaries, grown by doubling
/// per document, were an eighth of the speaker stage's allocation, and their key strings a tenth.
/// </summary>
/// <param name="expectedKeys">About how many keys it will hold: the table is made that big on the first key, not grown to it.</param>
internal sealed class WordMap(int expectedKeys = 0) : IDisposable
{
    /// <summary>About how many keys it will hold (set while it is empty, before its first key: it is made that big then).</summary>
    public int ExpectedKeys { get; set; } = expectedKeys;

    // Slot k: _lengths[k] is the key's length + 1 (0 for an empty slot); the key is _held[k], or else the arena's
    // characters from _starts[k].
    private int[] _lengths = [], _starts = [], _hashes = [], _values = [];
    private string?[] _held = [];
    private int _mask = -1;
    private char[] _arena = [];
    private int _arenaUsed;

    /// <summary>How many keys it holds.</summary>
    public int Count { get; private set; }

    /// <summary>The hash the table files <paramref name="key"/> by (to look it up more than once with one hashing).</summary>
    public static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key);

    /// <summary>True when <paramref name="key"/> is in it, with its value.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out int value) => TryGetValue(key, Hash(key), out value);

    /// <summary>As <see cref="TryGetValue(ReadOnlySpan{char}, out int)"/>, with the key's <see cref="Hash"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, int hash, out int value)
    {
        int slot = Find(key, hash);
        bool found = slot >= 0 && _lengths[slot] != 0;
        value = found ? _values[slot] : 0;
        return found;
    }

    /// <summary>True when <paramref name="key"/> was added as a string; <paramref name="held"/> is that string.</summary>
    public bool TryGetKey(ReadOnlySpan<char> key, out string held)
    {
        int slot = Find(key, Hash(key));
        held = slot >= 0 && _lengths[slot] != 0 ? _held[slot] ?? "" : "";
        return slot >= 0 && _lengths[slot] != 0 && _held[slot] is not null;
    }

    /// <summary>The value of <paramref name="key"/>, added as 0 when missing (<paramref name="added"/>; its characters copied, no string made).</summary>
    public ref int ValueOrAdd(ReadOnlySpan<char> key, out bool added) => ref ValueOrAdd(key, Hash(key), null, out added);

    /// <summary>As <see cref="ValueOrAdd(ReadOnlySpan{char}, out bool)"/>, with the key's <see cref="Hash"/>.</summary>
    public ref int ValueOrAdd(ReadOnlySpan<char> key, int hash, out bool added) => ref ValueOrAdd(key, hash, null, out added);

    /// <inheritdoc cref="ValueOrAdd(ReadOnlySpan{char}, out bool)"/>
    public ref int ValueOrAdd(string key, out bool added) => ref ValueOrAdd(key, Hash(key), key, out added);

    private ref int ValueOrAdd(ReadOnlySpan<char> key, int hash, string? held, out bool added)
    {
        int slot = Find(key, hash);
        if (slot >= 0 && _lengths[slot] != 0)
        {
            added = false;
            return ref _values[slot];
        }
        if (2 * (Count + 1) > _mask + 1)
        {
            Grow();
            slot = Find(key, hash);
        }
        if (held is null)
        {
            if (_arenaUsed + key.Length > _arena.Length)
            {
                ScratchArray.Grow(ref _arena, _arenaUsed, Math.Max(256, 2 * (_arenaUsed + key.Length)));
            }
            key.CopyTo(_arena.AsSpan(_arenaUsed));
            _starts[slot] = _arenaUsed;
            _arenaUsed += key.Length;
        }
        _held[slot] = held;
        _lengths[slot] = key.Length + 1;
        _hashes[slot] = hash;
        _values[slot] = 0;
        Count++;
        added = true;
        return ref _values[slot];
    }

    private ReadOnlySpan<char> KeyAt(int slot) => _held[slot] is { } held ? held : _arena.AsSpan(_starts[slot], _lengths[slot] - 1);

    // The slot holding key, or the empty slot where it would go; -1 when the table has no room yet.
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        if (_mask < 0) return -1;
        int slot = hash & _mask;
        while (_lengths[slot] != 0)
        {
            if (_hashes[slot] == hash && _lengths[slot] == key.Length + 1 && key.SequenceEqual(KeyAt(slot))) return slot;
            slot = (slot + 1) & _mask;
        }
        return slot;
    }

    private void Grow()
    {
        var (lengths, starts, hashes, values, held, mask) = (_lengths, _starts, _hashes, _values, _held, _mask);
        int size = mask < 0 ? (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * ExpectedKeys)) : 2 * (mask + 1);
        (_lengths, _starts, _hashes, _values) = (Rent(size), Rent(size), Rent(size), Rent(size));
        _held = ScratchArray.Rent<string?>(size);
        Array.Clear(_lengths, 0, size);
        _mask = size - 1;
        for (int k = 0; k <= mask; k++)
        {
            if (lengths[k] == 0) continue;
            int slot = hashes[k] & _mask;
            while (_lengths[slot] != 0) slot = (slot + 1) & _mask;
            (_lengths[slot], _starts[slot], _hashes[slot], _values[slot], _held[slot]) = (lengths[k], starts[k], hashes[k], values[k], held[k]);
        }
        ReturnSlots(lengths, starts, hashes, values, held);
    }

    private static int[] Rent(int size) => ScratchArray.Rent<int>(size);

    private static void ReturnSlots(int[] lengths, int[] starts, int[] hashes, int[] values, string?[] held)
    {
        if (lengths.Length == 0) return;
        foreach (var array in (ReadOnlySpan<int[]>)[lengths, starts, hashes, values]) ScratchArray.Return(array);
        ScratchArray.Return(held);
    }

    public void Dispose()
    {
        ReturnSlots(_lengths, _starts, _hashes, _values, _held);
        if (_arena.Length > 0) ScratchArray.Return(_arena);
        (_lengths, _starts, _hashes, _values, _held, _mask, _arena, _arenaUsed, Count) = ([], [], [], [], [], -1, [], 0, 0);
    }
}
