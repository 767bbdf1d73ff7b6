using System.Runtime.CompilerServices;
using QuoteExtract.Batch;

namespace QuoteExtract;

public sealed partial class QuoteExtractor
{
    /// <summary>
    /// Extracts a sequence of documents in parallel and gives one <see cref="ExtractedDocument"/> per document,
    /// strictly in input order, each as soon as it and the ones before it are done (streaming).
    /// </summary>
    /// <remarks>
    /// <para>The input is read lazily, on the worker threads; at most <see cref="BatchOptions.BoundedCapacity"/>
    /// documents are held at once, so memory stays bounded whatever the input's length. Nothing starts before the
    /// first <c>MoveNext</c>.</para>
    /// <para>A document whose extraction throws (or whose text is null) is an <see cref="ExtractedDocument"/> with
    /// its <see cref="ExtractedDocument.Error"/>; the batch goes on. An exception thrown by
    /// <paramref name="documents"/> itself ends the enumeration at its place, after the results before it.</para>
    /// <para>Cancellation: no document is started after it; the documents already started are finished and given,
    /// then <c>MoveNext</c> throws <see cref="OperationCanceledException"/>. To stop at once, break out of the loop.</para>
    /// <para>Disposing the enumerator (leaving a <c>foreach</c> early) stops the batch: it returns once the documents
    /// in progress are finished and <paramref name="documents"/>' enumerator is disposed, so nothing of the batch
    /// runs afterwards. After cancellation only, a read of <paramref name="documents"/> that has not returned (a
    /// pipe that stays open) is not waited for.</para>
    /// </remarks>
    /// <param name="documents">The documents: an id of the caller's (passed through, never inspected) and the text.</param>
    /// <param name="options">Parallelism and capacity; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the batch (see the remarks).</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public IEnumerable<ExtractedDocument> ExtractMany(IEnumerable<(string Id, string Text)> documents,
        BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return ExtractManyLazily(documents, options ?? BatchOptions.Default, cancellationToken);
    }

    /// <summary>
    /// <see cref="ExtractMany"/> for an asynchronous input and consumer: the same order, bounds, errors and
    /// cancellation (the token given here and the one given to <c>WithCancellation</c> both count), and waiting for
    /// a result blocks no thread. The input is read on the worker threads; <paramref name="cancellationToken"/> is
    /// passed to its enumerator.
    /// </summary>
    /// <inheritdoc cref="ExtractMany" path="/param"/>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public IAsyncEnumerable<ExtractedDocument> ExtractManyAsync(IAsyncEnumerable<(string Id, string Text)> documents,
        BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return ExtractManyAsynchronously(documents, options ?? BatchOptions.Default, cancellationToken);
    }

    private IEnumerable<ExtractedDocument> ExtractManyLazily(IEnumerable<(string Id, string Text)> documents,
        BatchOptions options, CancellationToken cancellationToken)
    {
        using var batch = StartBatch(documents, options, cancellationToken);
        while (batch.MoveNext()) yield return batch.Current;
    }

    private async IAsyncEnumerable<ExtractedDocument> ExtractManyAsynchronously(IAsyncEnumerable<(string Id, string Text)> documents,
        BatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = StartBatch(BlockingEnumerable.Of(documents, cancellationToken), options, cancellationToken);
        await using (batch.ConfigureAwait(false))
        {
            while (await batch.MoveNextAsync().ConfigureAwait(false)) yield return batch.Current;
        }
    }

    private OrderedBatch<(string Id, string Text), ExtractedDocument> StartBatch(IEnumerable<(string Id, string Text)> documents,
        BatchOptions options, CancellationToken cancellationToken) =>
        new(documents, ExtractDocument, options.MaxDegreeOfParallelism, options.Capacity, cancellationToken);

    // One document's outcome: whatever its extraction throws is its own error, never the batch's.
    private ExtractedDocument ExtractDocument((string Id, string Text) document)
    {
        try
        {
            return new ExtractedDocument(document.Id, Extract(document.Text), null);
        }
        catch (Exception e)
        {
            return new ExtractedDocument(document.Id, null, e);
        }
    }
}
