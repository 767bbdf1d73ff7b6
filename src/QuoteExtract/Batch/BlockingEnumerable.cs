namespace QuoteExtract.Batch;

/// <summary>An asynchronous sequence read as a plain one, for the batch's worker threads (which are theirs to block).</summary>
internal static class BlockingEnumerable
{
    /// <summary>The items of <paramref name="source"/>, each waited for; <paramref name="cancellation"/> goes to the source.</summary>
    public static IEnumerable<T> Of<T>(IAsyncEnumerable<T> source, CancellationToken cancellation)
    {
        var enumerator = source.GetAsyncEnumerator(cancellation);
        try
        {
            while (Wait(enumerator.MoveNextAsync())) yield return enumerator.Current;
        }
        finally
        {
            var disposed = enumerator.DisposeAsync();
            if (!disposed.IsCompletedSuccessfully) disposed.AsTask().GetAwaiter().GetResult();
        }
    }

    private static bool Wait(ValueTask<bool> next) => next.IsCompletedSuccessfully ? next.Result : next.AsTask().GetAwaiter().GetResult();
}
