namespace QuoteExtract.Text;

/// <summary>
/// Where a document's per-token arrays (and the stages' scratch arrays, <see cref="Scratch"/>) come from. For <see cref="QuoteExtractor.Extract"/>, whose document nobody sees
/// once the result is made, they are rented from the shared pool and given back when the text layers are released; for
/// <see cref="QuoteExtractor.Analyze"/>, whose document the caller keeps, they are plain arrays of the exact size.
/// </summary>
internal readonly struct DocumentLayers(bool pooled)
{
    /// <summary>Rented arrays for the scratch of one call (given back before it returns), of any document.</summary>
    public static DocumentLayers Scratch => new(pooled: true);

    /// <summary>Whether arrays are rented from the pool.</summary>
    public bool Pooled => pooled;

    /// <summary>An array of at least <paramref name="count"/> items (rented: its contents are not cleared).</summary>
    public T[] Make<T>(int count) =>
        count == 0 ? [] : pooled ? ScratchArray.Rent<T>(count) : new T[count];

    /// <summary>Gives back an array from <see cref="Make{T}"/> (a plain one is left to the collector).</summary>
    public void Return<T>(T[]? array)
    {
        // A news article's layers are a few kilobytes; a large document's are plain arrays (ScratchArray), so the pool
        // never holds one the size of a 16 MiB input.
        if (pooled && array is { Length: > 0 }) ScratchArray.Return(array);
    }
}
