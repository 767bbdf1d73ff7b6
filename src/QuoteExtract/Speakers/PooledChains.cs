using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// Short lists of values (an entity's roles, its head nouns) chained through two pooled arrays, each list known by its
/// first node (-1 for an empty one), in the order added. An array or two per entity were a twentieth of the speaker
/// stage's allocation. Disposing gives the arrays back. (A struct: held in a field of its one owner, never copied.)
/// </summary>
internal struct PooledChains<T> : IDisposable
{
    public PooledChains()
    {
    }

    private T[] _values = [];
    private int[] _next = [];
    private int _count;

    /// <summary>The value of node <paramref name="node"/>.</summary>
    public readonly T this[int node] => _values[node];

    /// <summary>The node after <paramref name="node"/> in its list, or -1.</summary>
    public readonly int Next(int node) => _next[node];

    /// <summary>Adds <paramref name="value"/> at the end of the list from <paramref name="first"/> unless the list has it; true when added.</summary>
    public bool AddOnce(ref int first, T value)
    {
        int last = -1;
        for (int node = first; node >= 0; node = _next[node])
        {
            if (EqualityComparer<T>.Default.Equals(_values[node], value)) return false;
            last = node;
        }
        if (_count == _values.Length) ChainArrays.Grow(ref _values, ref _next, _count, Math.Max(16, 2 * _count));
        _values[_count] = value;
        _next[_count] = -1;
        if (last >= 0) _next[last] = _count;
        else first = _count;
        _count++;
        return true;
    }

    public void Dispose()
    {
        if (_values.Length == 0) return;
        ScratchArray.Return(_values);
        ScratchArray.Return(_next);
        (_values, _next, _count) = ([], [], 0);
    }
}

/// <summary>The two pooled arrays of chained items (values and each one's next), grown together.</summary>
internal static class ChainArrays
{
    /// <summary>Moves the first <paramref name="count"/> items of both into pooled arrays of <paramref name="size"/>, the old ones given back.</summary>
    public static void Grow<T>(ref T[] values, ref int[] next, int count, int size)
    {
        ScratchArray.Grow(ref values, count, size);
        ScratchArray.Grow(ref next, count, size);
    }
}
