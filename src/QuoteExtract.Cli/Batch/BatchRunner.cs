using QuoteExtract.Batch;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Cli.Batch;

/// <summary>How a batch ended: documents written, how many of them failed, and whether it was interrupted.</summary>
internal sealed record BatchSummary(long Written, long Failed, bool Cancelled);

/// <summary>
/// The batch of the CLI: the library's ordered parallel engine (the one behind <see cref="QuoteExtractor.ExtractMany"/>)
/// runs the per-document work — parse the JSON Lines record, extract, format the output record — on
/// <c>parallelism</c> workers, and this writes exactly one record per document, strictly in input order, on the calling
/// thread. Documents are read ahead on a thread of their own (a worker never waits for the file system) but pulled
/// lazily: at most 16 × parallelism are held at any time, so memory stays bounded whatever the corpus size.
/// </summary>
internal static class BatchRunner
{
    /// <summary>
    /// The result (or the error) of one document; <c>Formatted</c> is its record when the writer formats on the workers;
    /// <c>Last</c> when it stands for an input that broke, which ends the batch.
    /// </summary>
    private sealed record Done(InputDocument Input, ExtractionResult? Result, string? Error, Utf8Record? Formatted = null, bool Last = false);

    /// <summary>
    /// Runs the batch, writing on the calling thread (it waits for the workers; no thread-pool thread is involved). On
    /// <paramref name="cancel"/> no new document is started, documents already started are finished and written, and the
    /// writer is ended so the output is complete up to there. Error messages go to <paramref name="messages"/> (one line each).
    /// </summary>
    public static BatchSummary Run(IEnumerable<InputDocument> documents, Func<string, ExtractionResult> extract,
        DocumentWriter writer, int parallelism, Action<string> messages, BatchProgress? progress = null,
        CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        // Cancelled as the run ends whatever the reason (an interrupt, a failed writer), so that ending the batch never
        // waits for a read of standard input that does not return.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        writer.Begin();
        // With a processor to spare the writer thread formats the records, so that the workers only extract; else the
        // workers format (one writer thread would not keep up with them).
        bool formatOnWriter = parallelism < Environment.ProcessorCount;
        // (The documents read ahead count in the bound: the workers' window is that much smaller.)
        int ahead = Math.Min(parallelism + 1, 8), window = 16 * parallelism - ahead;
        var batch = new OrderedBatch<InputDocument, Done>(ReadAhead.Of(documents, ahead),
            document => Process(document, extract, formatOnWriter ? null : writer), parallelism, window, stop.Token);
        long written = 0, failed = 0;
        try
        {
            while (Next(batch, writer, cancel) is { } next)
            {
                var done = next.Formatted is null && formatOnWriter ? Finish(writer, next) : next;
                if (done.Error is not null)
                {
                    failed++;
                    messages(done.Error);
                }
                if (done.Formatted is { } record) writer.WriteFormatted(record);
                else writer.Write(done.Input.Name, done.Input.Text, done.Result, done.Error);
                written++;
                progress?.Add(done.Input.Bytes);
                if (done.Last) break;
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                writer.End();
            }
            finally
            {
                batch.Dispose();
            }
        }
        return new BatchSummary(written, failed, cancel.IsCancellationRequested);
    }

    // The next document in input order; null at the end or after an interrupt (the documents started were given first).
    private static Done? Next(OrderedBatch<InputDocument, Done> batch, DocumentWriter writer, CancellationToken cancel)
    {
        if (!batch.IsNextReady) writer.Flush(); // nothing ready: what is written goes out now (a streaming mapper answers each line)
        try
        {
            return batch.MoveNext() ? batch.Current : null;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) // the input itself broke (not one document): one error record, and the batch ends there
        {
            var error = $"cannot read the input: {e.GetType().Name}: {e.Message}";
            return Finish(writer, new Done(new InputDocument("input", null, error), null, error)) with { Last = true };
        }
    }

    // A worker's part: parses, extracts and (given the writer) formats one document.
    private static Done Process(InputDocument input, Func<string, ExtractionResult> extract, DocumentWriter? writer)
    {
        var document = input;
        Done done;
        try
        {
            document = input.Resolve();
            done = document.Text is null
                ? new Done(document, null, document.Error ?? $"cannot read {document.Name}")
                : new Done(document, extract(document.Text), null);
        }
        catch (Exception e) // one bad document must not stop the run
        {
            done = new Done(document, null, $"extraction failed for {document.Name}: {e.GetType().Name}: {e.Message}");
        }
        return writer is null ? done : Finish(writer, done);
    }

    // A document of more characters than this is written by the writer thread when its turn comes, streamed straight to
    // the output: its record (16 MiB of `Smith: "We will win the vote."` makes 262 MB of JSON) is then never held whole.
    private const int FormatOnWriterAbove = 1 << 22;

    // Formats the record where the writer allows it (then the result itself is no longer needed).
    private static Done Finish(DocumentWriter writer, Done done)
    {
        if (done.Input.Text is { Length: > FormatOnWriterAbove } && done.Result is not null) return done;
        try
        {
            return writer.Format(done.Input.Name, done.Result, done.Error) is { } record ? done with { Result = null, Formatted = record } : done;
        }
        catch (Exception e) when (done.Error is null) // a record that cannot be written is that document's error
        {
            var error = $"output failed for {done.Input.Name}: {e.GetType().Name}: {e.Message}";
            return writer.Format(done.Input.Name, null, error) is { } record ? new Done(done.Input, null, error, record) : new Done(done.Input, null, error);
        }
    }
}
