namespace QuoteExtract.Tests.Batch;

/// <summary>
/// An input of documents made on demand (endless when <c>count</c> is null) that counts how many it has given,
/// whether its enumerator was disposed, and whether it was read after that; it can throw after a given number.
/// </summary>
internal sealed class CountingInput(int? count = null, Func<int, string>? text = null, int? throwAfter = null) : IEnumerable<(string Id, string Text)>
{
    private int _given;
    private volatile bool _disposed, _readAfterDispose;

    public int Given => Volatile.Read(ref _given);

    public bool Disposed => _disposed;

    public bool ReadAfterDispose => _readAfterDispose;

    public IEnumerator<(string Id, string Text)> GetEnumerator()
    {
        try
        {
            for (int i = 0; count is null || i < count; i++)
            {
                if (_disposed) _readAfterDispose = true;
                if (i == throwAfter) throw new InvalidDataException($"the input broke after {i} documents");
                Interlocked.Increment(ref _given);
                yield return ($"d{i}", text?.Invoke(i) ?? $"Speaker{i} said so.");
            }
        }
        finally
        {
            _disposed = true;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
