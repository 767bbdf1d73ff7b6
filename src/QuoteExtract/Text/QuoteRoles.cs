namespace QuoteExtract.Text;

/// <summary>Which quote-mark tokens the quote-mark stage found to open or close a quote.</summary>
/// <remarks>Its tables are rented: <see cref="Release"/> gives them back once the sentences are split.</remarks>
internal sealed class QuoteRoles
{
    // One bit per character offset from the lowest mark to the highest (a quarter of a byte per character for both):
    // a document of nothing but quote marks has a mark every character, where hash sets cost some 40 bytes a mark.
    private ulong[]? _openBits, _closeBits;
    private readonly int _base, _range;

    // Marks spread far apart (a news article's few quotes, spans a caller made up): sorted offsets, as the bits would cost
    // more than the marks (and a hash set ten times the offsets).
    private int[]? _opens, _closes;
    private readonly int _openCount, _closeCount;

    private QuoteRoles(QuotedSpan[] quotes)
    {
        long min = long.MaxValue, max = long.MinValue;
        foreach (var q in quotes)
        {
            min = Math.Min(min, Math.Min(q.Open.Start, q.Close.Start));
            max = Math.Max(max, Math.Max(q.Open.Start, q.Close.Start));
        }
        long range = quotes.Length == 0 ? 0 : max - min + 1;
        if (range <= 64L * quotes.Length + 4096 && range <= int.MaxValue)
        {
            _base = quotes.Length == 0 ? 0 : (int)min;
            _range = (int)range;
            int words = (_range + 63) >> 6;
            _openBits = ScratchArray.Rent<ulong>(words);
            _closeBits = ScratchArray.Rent<ulong>(words);
            Array.Clear(_openBits, 0, words);
            Array.Clear(_closeBits, 0, words);
            foreach (var q in quotes)
            {
                if (!q.Open.IsEmpty) Set(_openBits, q.Open.Start - _base);
                if (q.Closed && !q.Close.IsEmpty) Set(_closeBits, q.Close.Start - _base);
            }
            return;
        }
        foreach (var q in quotes)
        {
            if (!q.Open.IsEmpty) _openCount++;
            if (q.Closed && !q.Close.IsEmpty) _closeCount++;
        }
        _opens = ScratchArray.Rent<int>(_openCount);
        _closes = ScratchArray.Rent<int>(_closeCount);
        int opens = 0, closes = 0;
        foreach (var q in quotes)
        {
            if (!q.Open.IsEmpty) _opens[opens++] = q.Open.Start;
            if (q.Closed && !q.Close.IsEmpty) _closes[closes++] = q.Close.Start;
        }
        _opens.AsSpan(0, _openCount).Sort();
        _closes.AsSpan(0, _closeCount).Sort();
    }

    public static QuoteRoles From(QuotedSpan[]? quotes) => new(quotes ?? []);

    /// <summary>True, false, or null when the quote-mark stage said nothing about the mark at <paramref name="start"/>.</summary>
    public bool? IsClosing(int start) =>
        Closes(start) ? true : Opens(start) ? false : null;

    /// <summary>Gives the tables back; nothing may be asked afterwards.</summary>
    public void Release()
    {
        if (_openBits is not null) ScratchArray.Return(_openBits);
        if (_closeBits is not null) ScratchArray.Return(_closeBits);
        if (_opens is not null) ScratchArray.Return(_opens);
        if (_closes is not null) ScratchArray.Return(_closes);
        _openBits = _closeBits = null;
        _opens = _closes = null;
    }

    private bool Opens(int start) => _openBits is { } bits ? In(bits, start) : _opens!.AsSpan(0, _openCount).BinarySearch(start) >= 0;

    private bool Closes(int start) => _closeBits is { } bits ? In(bits, start) : _closes!.AsSpan(0, _closeCount).BinarySearch(start) >= 0;

    private static void Set(ulong[] bits, int k) => bits[k >> 6] |= 1UL << k;

    private bool In(ulong[] bits, int start)
    {
        long k = (long)start - _base;
        return k >= 0 && k < _range && (bits[(int)(k >> 6)] & 1UL << (int)k) != 0;
    }
}
