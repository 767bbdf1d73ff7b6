
using QuoteExtract.Text;

namespace QuoteExtract.Mentions;

/// <summary>
/// A list in an array from the shared pool, for per-document scratch (the mentions a document's coreference reads, its
/// name runs): grown lists per document were half a byte per input byte. Disposing gives the array back.
/// </summary>
internal sealed class PooledList<T> : IDisposable
{
    private T[] _items;

    public PooledList(int capacity) => _items = ScratchArray.Rent<T>(Math.Max(16, capacity));

    public int Count { get; private set; }

    public T this[int index] => AsSpan()[index];

    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>The items, to write in place.</summary>
    public Span<T> AsWritableSpan() => _items.AsSpan(0, Count);

    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>Puts <paramref name="item"/> last (passed by reference: the collector's items are 56 bytes).</summary>
    public void Add(in T item)
    {
        if (Count == _items.Length) Grow();
        _items[Count++] = item;
    }

    /// <summary>Puts <paramref name="item"/> at <paramref name="index"/>, the items from there on moved up one.</summary>
    public void Insert(int index, T item)
    {
        if (Count == _items.Length) Grow();
        _items.AsSpan(index, Count - index).CopyTo(_items.AsSpan(index + 1));
        _items[index] = item;
        Count++;
    }

    private void Grow()
    {
        ScratchArray.Grow(ref _items, Count, 2 * Count);
    }

    /// <summary>Sorts as <see cref="List{T}.Sort(Comparison{T})"/> does (the same algorithm, so equal items end in the same order).</summary>
    public void Sort(Comparison<T> comparison) => _items.AsSpan(0, Count).Sort(comparison);

    public void Dispose()
    {
        if (_items.Length == 0) return;
        // (Cleared: what the items reference must not outlive the document in the pool.)
        ScratchArray.Return(_items);
        _items = [];
        Count = 0;
    }
}
