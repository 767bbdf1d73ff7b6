using System.Threading.Channels;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Cli.Batch;

/// <summary>How a batch ended: documents written, how many of them failed, and whether it was interrupted.</summary>
internal sealed record BatchSummary(long Written, long Failed, bool Cancelled);

/// <summary>
/// The batch core: extracts documents on <c>parallelism</c> dedicated worker threads and writes exactly one
/// record per document, strictly in input order. Documents are pulled lazily from the input; at most
/// 16 × parallelism documents are held at any time (read, being extracted, or done and waiting for their
/// turn), so memory stays bounded whatever the corpus size.
/// </summary>
internal static class BatchRunner
{
    /// <summary>The result (or the error) of one document, in input order; <c>Skipped</c> when an interrupt came first.</summary>
    private sealed record Done(InputDocument Input, ExtractionResult? Result, string? Error, string? Formatted = null, bool Skipped = false);

    /// <summary>One document's place in the output order, completed by a worker.</summary>
    private sealed class Slot(InputDocument input)
    {
        public InputDocument Input { get; } = input;
        public TaskCompletionSource<Done> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

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
        // The documents in input order, each completed when its document is done; bounded, so reading waits for writing.
        var queue = Channel.CreateBounded<Slot>(new BoundedChannelOptions(window)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        // The same documents, for the workers to take in order (never more than the queue holds).
        var work = new System.Collections.Concurrent.BlockingCollection<Slot>();
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var stop = stopReading.Token;

        // Dedicated threads: extraction is long CPU work, and the reader may block on a file or a pipe.
        // Background threads, so a reader blocked on a pipe that stays open cannot keep the process alive.
        var producer = StartThread(() => Produce(documents, queue.Writer, work, stop), "quote-extract reader");
        for (int w = 0; w < parallelism; w++)
            _ = StartThread(() => Work(work, extract, writer, stop), "quote-extract worker");

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
                if (!next.Done.Task.IsCompleted) writer.Flush();
                var done = await next.Done.Task.ConfigureAwait(false); // never throws: failures are error records
                if (done.Skipped) break; // interrupted before it started: nothing after it was started either
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

        // A reader blocked in a read (a pipe that stays open) is not waited for after an interrupt.
        if (!cancel.IsCancellationRequested) await producer.ConfigureAwait(false);
        return new BatchSummary(written, failed, cancel.IsCancellationRequested);
    }

    private static Task StartThread(Action body, string name)
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try { body(); }
            finally { finished.TrySetResult(); }
        }) { IsBackground = true, Name = name };
        thread.Start();
        return finished.Task;
    }

    // A worker: takes documents in input order; parses, extracts and formats each one, or skips it after an interrupt.
    private static void Work(System.Collections.Concurrent.BlockingCollection<Slot> work, Func<string, ExtractionResult> extract,
        DocumentWriter writer, CancellationToken stop)
    {
        foreach (var slot in work.GetConsumingEnumerable())
        {
            if (stop.IsCancellationRequested)
            {
                slot.Done.TrySetResult(new Done(slot.Input, null, null, Skipped: true));
                continue;
            }
            var document = slot.Input;
            Done done;
            try
            {
                document = slot.Input.Resolve();
                done = document.Text is null
                    ? new Done(document, null, document.Error ?? $"cannot read {document.Name}")
                    : new Done(document, extract(document.Text), null);
            }
            catch (Exception e) // one bad document must not stop the run
            {
                done = new Done(document, null, $"extraction failed for {document.Name}: {e.GetType().Name}: {e.Message}");
            }
            slot.Done.TrySetResult(Finish(writer, done));
        }
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

    private static void Produce(IEnumerable<InputDocument> documents, ChannelWriter<Slot> queue,
        System.Collections.Concurrent.BlockingCollection<Slot> work, CancellationToken stop)
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
                    var broken = new Slot(new InputDocument("input", null, $"cannot read the input: {e.GetType().Name}: {e.Message}"));
                    queue.WriteAsync(broken, stop).AsTask().GetAwaiter().GetResult();
                    work.Add(broken);
                    break;
                }
                var slot = new Slot(input);
                // Waits while the window is full: reading never runs more than the window ahead of writing.
                queue.WriteAsync(slot, stop).AsTask().GetAwaiter().GetResult();
                work.Add(slot); // a document that could not be read becomes its error record on a worker too
            }
        }
        catch (OperationCanceledException) { } // interrupted: what is queued is written, the rest dropped
        finally
        {
            work.CompleteAdding();
            queue.TryComplete();
        }
    }
}
