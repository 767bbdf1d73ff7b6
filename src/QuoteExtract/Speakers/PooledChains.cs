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
        if (_count == _values.Length)
        {
            int size = Math.Max(16, 2 * _count);
            var values = ScratchArray.Rent<T>(size);
            var next = ScratchArray.Rent<int>(size);
            _values.AsSpan(0, _count).CopyTo(values);
            _next.AsSpan(0, _count).CopyTo(next);
            Dispose();
            (_values, _next) = (values, next);
        }
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
        (_values, _next) = ([], []);
    }
}
