using System.Threading.Channels;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Cli.Batch;

/// <summary>How a batch ended: documents written, how many of them failed, and whether it was interrupted.</summary>
internal sealed record BatchSummary(long Written, long Failed, bool Cancelled);

/// <summary>
/// The batch core: extracts documents on <c>parallelism</c> workers and writes exactly one record per
/// document, strictly in input order. Documents are pulled lazily from the input; at most
/// 4 × parallelism documents are held at any time (read, being extracted, or done and waiting for their
/// turn), so memory stays bounded whatever the corpus size.
/// </summary>
internal static class BatchRunner
{
    /// <summary>The result (or the error) of one document, in input order.</summary>
    private sealed record Done(InputDocument Input, ExtractionResult? Result, string? Error, string? Formatted = null);

    /// <summary>
    /// Runs the batch. On <paramref name="cancel"/> no new document is started, documents already started
    /// are finished and written, and the writer is ended so the output is complete up to there.
    /// Error messages go to <paramref name="messages"/> (one line each).
    /// </summary>
    public static async Task<BatchSummary> RunAsync(IEnumerable<InputDocument> documents, Func<string, ExtractionResult> extract,
        DocumentWriter writer, int parallelism, Action<string> messages, BatchProgress? progress = null,
        CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var window = 16 * parallelism;
        using var workers = new SemaphoreSlim(parallelism);
        // The queue of documents in input order; each element completes when its document is done.
        var queue = Channel.CreateBounded<Task<Done>>(new BoundedChannelOptions(window)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancel);

        // The reader runs on its own thread: reading (a file, a pipe) may block.
        var producer = Task.Factory.StartNew(() => Produce(documents, extract, writer, workers, queue.Writer, stopReading.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        long written = 0, failed = 0;
        writer.Begin();
        try
        {
            while (true)
            {
                if (!queue.Reader.TryRead(out var next))
                {
                    writer.Flush(); // nothing ready: what is written goes out now (a streaming mapper answers each line)
                    if (cancel.IsCancellationRequested) break;
                    try
                    {
                        if (!await queue.Reader.WaitToReadAsync(cancel).ConfigureAwait(false)) break;
                    }
                    catch (OperationCanceledException) { break; }
                    continue;
                }
                if (!next.IsCompleted) writer.Flush();
                var done = await next.ConfigureAwait(false); // never throws: failures are error records
                if (done.Error is not null)
                {
                    failed++;
                    messages(done.Error);
                }
                if (done.Formatted is { } record) writer.WriteFormatted(record);
                else writer.Write(done.Input.Name, done.Input.Text, done.Result, done.Error);
                written++;
                progress?.Add(done.Input.Bytes);
            }
        }
        finally
        {
            stopReading.Cancel(); // the writer failed or we were interrupted: read no further
            writer.End();
        }

        // A producer blocked in a read (a pipe that stays open) is not waited for after an interrupt.
        if (!cancel.IsCancellationRequested) await producer.ConfigureAwait(false);
        return new BatchSummary(written, failed, cancel.IsCancellationRequested);
    }

    // Formats the record where the writer allows it (then the result itself is no longer needed).
    private static Done Finish(DocumentWriter writer, Done done)
    {
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

    private static void Produce(IEnumerable<InputDocument> documents, Func<string, ExtractionResult> extract, DocumentWriter writer,
        SemaphoreSlim workers, ChannelWriter<Task<Done>> queue, CancellationToken stop)
    {
        try
        {
            using var enumerator = documents.GetEnumerator();
            while (!stop.IsCancellationRequested)
            {
                InputDocument input;
                try
                {
                    if (!enumerator.MoveNext()) break;
                    input = enumerator.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The input itself broke (not one document): one error record, and the batch ends there.
                    var broken = new InputDocument("input", null, $"cannot read the input: {e.GetType().Name}: {e.Message}");
                    queue.WriteAsync(Task.FromResult(new Done(broken, null, broken.Error)), stop).AsTask().GetAwaiter().GetResult();
                    break;
                }

                Task<Done> work;
                if (input.Text is null && input.Pending is null)
                {
                    work = Task.FromResult(Finish(writer, new Done(input, null, input.Error ?? $"cannot read {input.Name}")));
                }
                else
                {
                    workers.Wait(stop);
                    var pending = input;
                    // Parsing, extraction and formatting all run on the worker; the writer only copies records out.
                    work = Task.Run(() =>
                    {
                        var document = pending;
                        try
                        {
                            document = pending.Resolve();
                            if (document.Text is null) return Finish(writer, new Done(document, null, document.Error ?? $"cannot read {document.Name}"));
                            return Finish(writer, new Done(document, extract(document.Text), null));
                        }
                        catch (Exception e) // one bad document must not stop the run
                        {
                            return Finish(writer, new Done(document, null, $"extraction failed for {document.Name}: {e.GetType().Name}: {e.Message}"));
                        }
                        finally
                        {
                            workers.Release();
                        }
                    }, CancellationToken.None);
                }
                // Waits while the window is full: reading never runs more than the window ahead of writing.
                queue.WriteAsync(work, stop).AsTask().GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException) { } // interrupted: what is queued is written, the rest dropped
        finally
        {
            queue.TryComplete();
        }
    }
}
