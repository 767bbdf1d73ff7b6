using System.Buffers;
using System.Runtime.CompilerServices;

namespace QuoteExtract.Text;

/// <summary>
/// Where a document's per-token arrays (and the stages' scratch arrays, <see cref="Scratch"/>) come from. For <see cref="QuoteExtractor.Extract"/>, whose document nobody sees
/// once the result is made, they are rented from the shared pool and given back when the text layers are released; for
/// <see cref="QuoteExtractor.Analyze"/>, whose document the caller keeps, they are plain arrays of the exact size.
/// </summary>
internal readonly struct DocumentLayers(bool pooled)
{
    // A news article has a few thousand tokens; a document past this many gets plain arrays, so the pool never holds one
    // the size of a 16 MiB input (and a quote-dense document's peak does not grow by a power-of-two rounding).
    private const int MaxPooledItems = 1 << 16;

    /// <summary>Rented arrays for the scratch of one call (given back before it returns), of any document.</summary>
    public static DocumentLayers Scratch => new(pooled: true);

    /// <summary>Whether arrays are rented from the pool.</summary>
    public bool Pooled => pooled;

    /// <summary>An array of at least <paramref name="count"/> items (rented: its contents are not cleared).</summary>
    public T[] Make<T>(int count) =>
        count == 0 ? [] : pooled && count <= MaxPooledItems ? ArrayPool<T>.Shared.Rent(count) : new T[count];

    /// <summary>Gives back an array from <see cref="Make{T}"/> (a plain one is left to the collector).</summary>
    public void Return<T>(T[]? array)
    {
        if (pooled && array is { Length: > 0 and <= MaxPooledItems })
            ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }
}
