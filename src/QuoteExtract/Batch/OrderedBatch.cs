namespace QuoteExtract.Batch;

/// <summary>
/// One run of an ordered parallel batch: <c>work</c> applied to every item of a sequence on dedicated worker
/// threads, the results given back strictly in input order (<see cref="MoveNext"/> or <see cref="MoveNextAsync"/>,
/// then <see cref="Current"/>). The workers pull the input themselves, one at a time and only when the window has
/// room: at most <c>window</c> items are held at once (being worked on, or done and waiting for their turn).
/// </summary>
/// <remarks>
/// How the sequence ends: after the last result; with the input's exception, at its place (the results before it
/// come first); with a <c>work</c> exception, at that item's place; on cancellation, after the results of the items
/// already started (none is started after it), with <see cref="OperationCanceledException"/>. Disposing stops the
/// run and waits until no work runs and the input is disposed, except that after cancellation a read of the input
/// that has not returned (an open pipe) is not waited for: its thread disposes the input when the read returns.
/// </remarks>
internal sealed class OrderedBatch<TIn, TOut> : IDisposable, IAsyncDisposable
{
    private readonly IEnumerable<TIn> _source;
    private readonly Func<TIn, TOut> _work;
    private readonly CancellationToken _cancellation;
    // Cancelled when the run closes (cancellation, the input's end, Dispose): wakes workers waiting for room or the input.
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _room;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly Lock _gate = new();
    // Pulsed whenever a place is completed: MoveNext waits on it without spinning (a spinning wait for each result took
    // the CPU of a processor that the workers share).
    private readonly object _turn = new();
    // Set when no thread of the run does anything Dispose must wait for.
    private readonly TaskCompletionSource _quiet = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenRegistration _registration;
    private IEnumerator<TIn>? _input;
    private bool _inputClosed;
    private Slot _head; // the next result to give
    private Slot _tail; // the first place no item has taken yet: how the sequence ends is put here
    private bool _closed, _readerBusy, _abandoned;
    private int _live;
    private TOut _current = default!;

    /// <summary>Starts <paramref name="parallelism"/> workers (no more than <paramref name="window"/>) on <paramref name="source"/>.</summary>
    public OrderedBatch(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism, int window, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _source = source;
        _work = work;
        _cancellation = cancellation;
        _head = _tail = new Slot();
        _room = new SemaphoreSlim(window, window);
        var workers = Math.Min(parallelism, window); // a worker beyond the window would never have an item
        _live = workers; // (counted down by the workers as they end, maybe before the last one is started)
        _registration = cancellation.Register(static state => ((OrderedBatch<TIn, TOut>)state!).Cancelled(), this);
        for (int i = 0; i < workers; i++)
            // Dedicated background threads: extraction is long CPU work, and a read of the input may block on a pipe.
            new Thread(Work) { IsBackground = true, Name = "QuoteExtract batch worker" }.Start();
    }

    /// <summary>The result moved to.</summary>
    public TOut Current => _current;

    /// <summary>Whether <see cref="MoveNext"/> would return at once (the next result, or the end, is there).</summary>
    public bool IsNextReady => _head.Done.Task.IsCompleted;

    /// <summary>Waits for the next result in input order; false at the end.</summary>
    public bool MoveNext()
    {
        var next = _head.Done.Task;
        if (!next.IsCompleted)
            lock (_turn)
                while (!next.IsCompleted) Monitor.Wait(_turn);
        return Advance(next.GetAwaiter().GetResult());
    }

    // Wakes MoveNext after a place was completed.
    private void Wake()
    {
        lock (_turn) Monitor.PulseAll(_turn);
    }

    /// <summary>Waits for the next result in input order without blocking a thread; false at the end.</summary>
    public async ValueTask<bool> MoveNextAsync() => Advance(await _head.Done.Task.ConfigureAwait(false));

    private bool Advance(bool hasResult)
    {
        if (!hasResult) return false;
        var slot = _head;
        _current = slot.Result;
        slot.Result = default!;
        _head = slot.Next!;
        _room.Release(); // its place in the window is free
        return true;
    }

    /// <summary>Stops the run: no item is started after it; returns when the work in progress is done (see the remarks).</summary>
    public void Dispose()
    {
        Close(tail => tail.Done.TrySetCanceled());
        _quiet.Task.GetAwaiter().GetResult();
        ReleaseInput();
        _registration.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public async ValueTask DisposeAsync()
    {
        Close(tail => tail.Done.TrySetCanceled());
        await _quiet.Task.ConfigureAwait(false);
        ReleaseInput();
        await _registration.DisposeAsync().ConfigureAwait(false);
    }

    private void Cancelled()
    {
        Close(tail => tail.Done.TrySetCanceled(_cancellation));
        CheckQuiet(); // a worker blocked in a read is no longer waited for
    }

    // Ends the sequence at the first free place (once), then wakes every waiting worker.
    private void Close(Action<Slot> end)
    {
        Slot tail;
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
            tail = _tail;
        }
        end(tail);
        Wake();
        _stop.Cancel();
    }

    private void Work()
    {
        try
        {
            while (TryTake(out var slot, out var item))
            {
                try
                {
                    slot.Result = _work(item);
                }
                catch (Exception e) // the caller gets it at this item's place
                {
                    slot.Done.TrySetException(e);
                    Wake();
                    continue;
                }
                slot.Done.TrySetResult(true);
                Wake();
            }
        }
        finally
        {
            lock (_gate) _live--;
            CheckQuiet();
        }
    }

    // Takes the next item and its place in the output order; false when the run is over for this worker.
    private bool TryTake(out Slot slot, out TIn item)
    {
        slot = null!;
        item = default!;
        try
        {
            _room.Wait(_stop.Token);
            _reading.Wait(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        try
        {
            if (_inputClosed || _stop.IsCancellationRequested) return false;
            if (!TryRead(out item)) return false;
            lock (_gate)
            {
                if (_closed) return false; // stopped during the read: this item is not started
                slot = _tail;
                _tail = slot.Next = new Slot();
                return true;
            }
        }
        finally
        {
            _reading.Release();
        }
    }

    // Reads one item (the caller holds _reading); at the input's end or failure, disposes it and ends the sequence.
    private bool TryRead(out TIn item)
    {
        item = default!;
        bool read;
        lock (_gate) _readerBusy = true;
        CheckQuiet();
        try
        {
            _input ??= _source.GetEnumerator();
            read = _input.MoveNext();
            if (read) item = _input.Current;
        }
        catch (Exception e)
        {
            if (!LeaveRead()) return false;
            CloseInputQuietly();
            Close(tail => tail.Done.TrySetException(e));
            return false;
        }
        if (!LeaveRead()) return false;
        if (read) return true;
        try
        {
            CloseInput();
        }
        catch (Exception e)
        {
            Close(tail => tail.Done.TrySetException(e));
            return false;
        }
        Close(tail => tail.Done.TrySetResult(false));
        return false;
    }

    // The read is over; false when the caller has already left after cancellation: then this thread disposes the input.
    private bool LeaveRead()
    {
        bool abandoned;
        lock (_gate)
        {
            _readerBusy = false;
            abandoned = _abandoned;
        }
        if (abandoned) CloseInputQuietly();
        return !abandoned;
    }

    // After Dispose's wait: disposes the input here, or leaves it to a reader still blocked in a read.
    private void ReleaseInput()
    {
        lock (_gate)
        {
            if (_readerBusy)
            {
                _abandoned = true;
                return;
            }
        }
        _reading.Wait(); // a reader that has just returned is leaving
        try
        {
            CloseInput();
        }
        finally
        {
            _reading.Release();
        }
    }

    private void CloseInput()
    {
        var input = _input;
        _input = null;
        _inputClosed = true;
        input?.Dispose();
    }

    // Nobody is left to hear of a failure to dispose an input that already failed or was abandoned.
    private void CloseInputQuietly()
    {
        try
        {
            CloseInput();
        }
        catch (Exception)
        {
            // (the failure that ended the sequence, or the cancellation, is what the caller learns)
        }
    }

    private void CheckQuiet()
    {
        bool quiet;
        lock (_gate) quiet = _live == 0 || (_live == 1 && _readerBusy && _cancellation.IsCancellationRequested);
        if (quiet) _quiet.TrySetResult();
    }

    /// <summary>One place in the output order: completed with true and its result, or with how the sequence ends there.</summary>
    private sealed class Slot
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TOut Result { get; set; } = default!;
        public Slot? Next { get; set; }
    }
}
