using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// What <see cref="NameParts.Parse"/> found of the name words of a mention's tokens <c>[first, end)</c> (how many, the
/// first and the last), kept from the resolver's parse for <see cref="CoreferenceResolver.Finish"/>, which names each
/// entity by its fullest mention and would parse them all again. An open-addressing table in pooled arrays.
/// </summary>
/// <param name="expected">About how many mentions it will hold (its table is made that big at first, not grown to it).</param>
internal sealed class NameSpanMemo(int expected) : IDisposable
{
    /// <summary>About how many mentions it will hold (set while it is empty: its table is made that big at first).</summary>
    public int Expected { get; set; } = expected;

    // Slot k: the key's first token + 1 (0 for an empty slot) and end; the count and the first and last word tokens.
    private int[] _first = [], _end = [], _count = [], _firstWord = [], _lastWord = [];
    private int _mask = -1, _used;

    // The most mentions kept (a table of 8,192 slots, 32 KB an array).
    private const int MaxEntries = 4096;

    /// <summary>Remembers the parse of <c>[first, end)</c> (a later one of the same tokens replaces it: it is the same).</summary>
    public void Add(int first, int end, ReadOnlySpan<int> words)
    {
        // (At most MaxEntries: a long document's later mentions are parsed again by Finish, and the table stays small
        // enough for the pool.)
        if (_used >= MaxEntries) return;
        if (2 * (_used + 1) > _mask + 1) Grow();
        int slot = Find(first, end);
        if (_first[slot] == 0) _used++;
        (_first[slot], _end[slot], _count[slot]) = (first + 1, end, words.Length);
        (_firstWord[slot], _lastWord[slot]) = words.Length > 0 ? (words[0], words[^1]) : (-1, -1);
    }

    /// <summary>The remembered parse of <c>[first, end)</c>: how many name words, the first and the last.</summary>
    public bool TryGet(int first, int end, out int count, out int firstWord, out int lastWord)
    {
        int slot = _mask < 0 ? -1 : Find(first, end);
        bool found = slot >= 0 && _first[slot] != 0;
        (count, firstWord, lastWord) = found ? (_count[slot], _firstWord[slot], _lastWord[slot]) : (0, -1, -1);
        return found;
    }

    private int Find(int first, int end)
    {
        int slot = (int)((uint)(first * 31 + end) * 0x9E3779B1u >> 8) & _mask;
        while (_first[slot] != 0 && (_first[slot] != first + 1 || _end[slot] != end)) slot = (slot + 1) & _mask;
        return slot;
    }

    private void Grow()
    {
        var (first, end, count, firstWord, lastWord, mask) = (_first, _end, _count, _firstWord, _lastWord, _mask);
        int size = mask < 0 ? (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(2 * Expected, 64, 8192)) : 2 * (mask + 1);
        (_first, _end, _count, _firstWord, _lastWord) = (Rent(size), Rent(size), Rent(size), Rent(size), Rent(size));
        Array.Clear(_first, 0, size);
        _mask = size - 1;
        for (int k = 0; k <= mask; k++)
        {
            if (first[k] == 0) continue;
            int slot = Find(first[k] - 1, end[k]);
            (_first[slot], _end[slot], _count[slot], _firstWord[slot], _lastWord[slot]) = (first[k], end[k], count[k], firstWord[k], lastWord[k]);
        }
        Return(first, end, count, firstWord, lastWord);
    }

    private static int[] Rent(int size) => ScratchArray.Rent<int>(size);

    private static void Return(params ReadOnlySpan<int[]> arrays)
    {
        foreach (var array in arrays) if (array.Length > 0) ScratchArray.Return(array);
    }

    public void Dispose()
    {
        Return(_first, _end, _count, _firstWord, _lastWord);
        (_first, _end, _count, _firstWord, _lastWord, _mask, _used) = ([], [], [], [], [], -1, 0);
    }
}
