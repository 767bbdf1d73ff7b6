using System.Diagnostics;
using System.Globalization;

namespace QuoteExtract.Cli.Batch;

/// <summary>
/// A one-line progress display on a terminal: documents, MB, MB/s and, when the total size is known, an
/// ETA; redrawn at most 4 times a second. Messages written through <see cref="Note"/> clear the line first,
/// so they are never mixed with it. Only used when standard error is a terminal.
/// </summary>
internal sealed class BatchProgress : IDisposable
{
    private const double MB = 1024 * 1024;
    private readonly TextWriter _terminal;
    private readonly long? _totalBytes;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private long _documents, _bytes;
    private int _lineLength;
    private bool _disposed;

    /// <summary>Starts drawing on <paramref name="terminal"/>; <paramref name="totalBytes"/> is null when unknown.</summary>
    public BatchProgress(TextWriter terminal, long? totalBytes)
    {
        _terminal = terminal;
        _totalBytes = totalBytes is > 0 ? totalBytes : null;
        _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
    }

    /// <summary>Counts one written document of <paramref name="bytes"/> bytes.</summary>
    public void Add(long bytes)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _bytes, bytes);
    }

    /// <summary>Writes a message line above the progress line.</summary>
    public void Note(string message)
    {
        lock (_lock)
        {
            Clear();
            _terminal.WriteLine(message);
            _terminal.Flush();
        }
    }

    /// <summary>The progress text for the counts so far.</summary>
    internal static string Format(long documents, long bytes, double seconds, long? totalBytes)
    {
        var mb = bytes / MB;
        var rate = seconds > 0 ? mb / seconds : 0;
        var text = string.Create(CultureInfo.InvariantCulture, $"{documents:N0} documents, {mb:0.0} MB, {rate:0.0} MB/s");
        if (totalBytes is { } total && rate > 0)
        {
            var left = Math.Max(0, total - bytes) / MB / rate;
            var eta = TimeSpan.FromSeconds(Math.Round(left));
            text += string.Create(CultureInfo.InvariantCulture,
                $", {Math.Min(100, 100.0 * bytes / total):0}%, ETA {(int)eta.TotalHours}:{eta.Minutes:00}:{eta.Seconds:00}");
        }
        return text;
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_disposed) return;
            var line = Format(Interlocked.Read(ref _documents), Interlocked.Read(ref _bytes), _clock.Elapsed.TotalSeconds, _totalBytes);
            _terminal.Write("\r" + line.PadRight(_lineLength));
            _terminal.Flush();
            _lineLength = line.Length;
        }
    }

    private void Clear()
    {
        if (_lineLength == 0) return;
        _terminal.Write("\r" + new string(' ', _lineLength) + "\r");
        _lineLength = 0;
    }

    /// <summary>Stops drawing and leaves the final counts on their own line.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            Clear();
            _terminal.WriteLine(Format(_documents, _bytes, _clock.Elapsed.TotalSeconds, totalBytes: null));
            _terminal.Flush();
        }
    }
}
