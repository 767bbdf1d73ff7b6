using System.Runtime.ExceptionServices;

namespace QuoteExtract.Cli.Batch;

/// <summary>
/// A sequence read ahead on a thread of its own: the batch's worker takes documents that are already read (and decoded)
/// instead of waiting for the file system. At most <c>depth</c> items are held ahead (the one being read among them).
/// </summary>
internal static class ReadAhead
{
    /// <summary>
    /// The items of <paramref name="source"/> in order, read up to <paramref name="depth"/> ahead; its exception comes at
    /// its place. Disposing the sequence disposes the source (at once, or, when a read has not returned, as it returns).
    /// </summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        return Read(source, depth);

        static IEnumerable<T> Read(IEnumerable<T> source, int depth)
        {
            using var reader = new Reader<T>(source, depth);
            while (reader.TryNext(out var item)) yield return item;
        }
    }

    private sealed class Reader<T> : IDisposable
    {
        private readonly IEnumerable<T> _source;
        private readonly int _depth;
        private readonly object _gate = new(); // (a monitor: the threads wait on it)
        private readonly Queue<T> _items = new();
        private IEnumerator<T>? _input;
        private ExceptionDispatchInfo? _failure;
        private bool _ended, _stopped;
        private bool _reading = true; // (the thread starts with opening the source)

        public Reader(IEnumerable<T> source, int depth)
        {
            _source = source;
            _depth = depth;
            // A background thread: a read of standard input may never return.
            new Thread(Run) { IsBackground = true, Name = "QuoteExtract reader" }.Start();
        }

        public bool TryNext(out T item)
        {
            lock (_gate)
            {
                while (_items.Count == 0 && _failure is null && !_ended) Monitor.Wait(_gate);
                if (_items.TryDequeue(out item!))
                {
                    Monitor.PulseAll(_gate); // room to read one more
                    return true;
                }
                if (_failure is { } failure)
                {
                    _failure = null;
                    _ended = true;
                    failure.Throw();
                }
                return false;
            }
        }

        private void Run()
        {
            while (true)
            {
                bool read = false;
                T item = default!;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    _input ??= _source.GetEnumerator();
                    read = _input.MoveNext();
                    if (read) item = _input.Current;
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                lock (_gate)
                {
                    _reading = false;
                    if (!_stopped)
                    {
                        if (failure is not null) _failure = failure;
                        else if (read) _items.Enqueue(item);
                        else _ended = true;
                        Monitor.PulseAll(_gate);
                        if (!read) return; // the end, or the failure: the consumer disposes the source
                        while (_items.Count >= _depth && !_stopped) Monitor.Wait(_gate);
                        if (_stopped) return; // (stopped between reads: the consumer disposes the source)
                        _reading = true;
                        continue;
                    }
                }
                // Disposed while (or before) this thread read: nobody waits for the source but this thread.
                try
                {
                    _input?.Dispose();
                }
                catch (Exception)
                {
                    // (the consumer has left: there is nobody to tell)
                }
                return;
            }
        }

        // Stops the thread; disposes the source here unless a read is under way (the thread disposes it when the read returns).
        public void Dispose()
        {
            lock (_gate)
            {
                if (_stopped) return;
                _stopped = true;
                Monitor.PulseAll(_gate);
                if (_reading) return;
            }
            _input?.Dispose();
        }
    }
}
