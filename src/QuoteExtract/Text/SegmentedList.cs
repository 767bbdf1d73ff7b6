using System.Buffers;
using System.Runtime.CompilerServices;

namespace QuoteExtract.Text;

/// <summary>
/// An append-only list kept in fixed segments of at most 64 KB, for the per-token and per-mark layers of a long document:
/// growing never copies, and no segment lands on the large object heap, so a 16 MB document of quote marks needs
/// the items once (plus the exact-size array asked for at the end) instead of the two or three copies a doubling
/// <see cref="List{T}"/> leaves behind.
/// </summary>
/// <remarks>
/// A pooled list rents its segments from the shared array pool and gives them back in <see cref="ToArrayAndRelease"/>:
/// the pool keeps a bounded number of 64 KB arrays, so a long-running process reuses them from one document to the next
/// and never holds more than a few megabytes for it (a buffer the size of the largest document, as the tokenizer's was,
/// stays in the pool for good).
/// </remarks>
internal sealed class SegmentedList<T>(bool pooled = false)
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
        if ((_count & s_mask) == 0 && (s == _segments.Length || _segments[s] is null)) // (after RemoveLast it is there)
        {
            if (s == _segments.Length) Array.Resize(ref _segments, s * 2);
            // The first segment of an unpooled list starts small: most documents are short.
            _segments[s] = pooled ? ArrayPool<T>.Shared.Rent(s_mask + 1) : new T[s == 0 ? Math.Min(16, s_mask + 1) : s_mask + 1];
        }
        else if (s == 0 && _count == _segments[0].Length)
        {
            Array.Resize(ref _segments[0], Math.Min(_count * 2, s_mask + 1));
        }
        _segments[s][_count & s_mask] = item;
        _count++;
    }

    /// <summary>Removes the last item (its segment stays for the next).</summary>
    public void RemoveLast()
    {
        if (_count == 0) throw new InvalidOperationException("The list is empty.");
        _count--;
    }

    /// <summary>The items in an array of exactly <see cref="Count"/>.</summary>
    public T[] ToArray()
    {
        if (_count == 0) return [];
        var result = new T[_count];
        CopyTo(result);
        return result;
    }

    /// <summary>Copies the items to the start of <paramref name="result"/> (at least <see cref="Count"/> long).</summary>
    public void CopyTo(Span<T> result)
    {
        int copied = 0;
        for (int s = 0; copied < _count; s++)
        {
            int n = Math.Min(_count - copied, Math.Min(_segments[s].Length, s_mask + 1));
            _segments[s].AsSpan(0, n).CopyTo(result[copied..]);
            copied += n;
        }
    }

    /// <summary><see cref="ToArray"/>, then the segments go back to the pool and the list is empty.</summary>
    public T[] ToArrayAndRelease()
    {
        var result = ToArray();
        Release();
        return result;
    }

    /// <summary>Gives a pooled list's segments back; the list is empty afterwards.</summary>
    public void Release()
    {
        if (pooled)
            for (int s = 0; s < _segments.Length && _segments[s] is { } segment; s++)
                ArrayPool<T>.Shared.Return(segment, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        // (The table of segments is kept, emptied: a list is released once a document, and a new table each time was garbage.)
        Array.Clear(_segments);
        _count = 0;
    }
}
