using System.Runtime.CompilerServices;

namespace QuoteExtract.Text;

/// <summary>
/// An append-only list kept in fixed segments of at most 64 KB, for the per-token and per-mark layers of a long document:
/// growing never copies, and no segment lands on the large object heap, so a 16 MB document of quote marks needs
/// the items once (plus the exact-size array asked for at the end) instead of the two or three copies a doubling
/// <see cref="List{T}"/> leaves behind.
/// </summary>
internal sealed class SegmentedList<T>
{
    // Items per segment: a power of two with segment bytes ≤ 64 KB (below the large-object threshold of 85,000 bytes).
    private static readonly int s_shift = 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)(65536 / Math.Max(1, Unsafe.SizeOf<T>())));
    private static readonly int s_mask = (1 << s_shift) - 1;

    private T[][] _segments = new T[4][];
    private int _count;

    public int Count => _count;

    public ref T this[int index] => ref _segments[index >> s_shift][index & s_mask];

    public void Add(T item)
    {
        int s = _count >> s_shift;
        if ((_count & s_mask) == 0)
        {
            if (s == _segments.Length) Array.Resize(ref _segments, s * 2);
            // The first segment starts small: most documents are short.
            _segments[s] = new T[s == 0 ? Math.Min(16, s_mask + 1) : s_mask + 1];
        }
        else if (s == 0 && _count == _segments[0].Length)
        {
            Array.Resize(ref _segments[0], Math.Min(_count * 2, s_mask + 1));
        }
        _segments[s][_count & s_mask] = item;
        _count++;
    }

    /// <summary>The items in an array of exactly <see cref="Count"/>.</summary>
    public T[] ToArray()
    {
        if (_count == 0) return [];
        var result = new T[_count];
        int copied = 0;
        for (int s = 0; copied < _count; s++)
        {
            int n = Math.Min(_count - copied, _segments[s].Length);
            _segments[s].AsSpan(0, n).CopyTo(result.AsSpan(copied));
            copied += n;
        }
        return result;
    }
}
