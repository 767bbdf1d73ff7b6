using System.Collections;

namespace QuoteExtract.Text;

/// <summary>Which quote-mark tokens the quote-mark stage found to open or close a quote.</summary>
internal sealed class QuoteRoles
{
    // One bit per character offset from the lowest mark to the highest (a quarter of a byte per character for both):
    // a document of nothing but quote marks has a mark every character, where hash sets cost some 40 bytes a mark.
    private readonly BitArray? _openBits, _closeBits;
    private readonly int _base;

    // Marks spread far apart (a news article's few quotes, spans a caller made up): sorted offsets, as the bits would cost
    // more than the marks (and a hash set ten times the offsets).
    private readonly int[]? _opens, _closes;

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
            _openBits = new BitArray((int)range);
            _closeBits = new BitArray((int)range);
            foreach (var q in quotes)
            {
                if (!q.Open.IsEmpty) _openBits[q.Open.Start - _base] = true;
                if (q.Closed && !q.Close.IsEmpty) _closeBits[q.Close.Start - _base] = true;
            }
            return;
        }
        int opens = 0, closes = 0;
        foreach (var q in quotes)
        {
            if (!q.Open.IsEmpty) opens++;
            if (q.Closed && !q.Close.IsEmpty) closes++;
        }
        _opens = new int[opens];
        _closes = new int[closes];
        opens = closes = 0;
        foreach (var q in quotes)
        {
            if (!q.Open.IsEmpty) _opens[opens++] = q.Open.Start;
            if (q.Closed && !q.Close.IsEmpty) _closes[closes++] = q.Close.Start;
        }
        Array.Sort(_opens);
        Array.Sort(_closes);
    }

    public static QuoteRoles From(QuotedSpan[]? quotes) => new(quotes ?? []);

    /// <summary>True, false, or null when the quote-mark stage said nothing about the mark at <paramref name="start"/>.</summary>
    public bool? IsClosing(int start) =>
        Closes(start) ? true : Opens(start) ? false : null;

    private bool Opens(int start) => _openBits is { } bits ? In(bits, start) : Array.BinarySearch(_opens!, start) >= 0;

    private bool Closes(int start) => _closeBits is { } bits ? In(bits, start) : Array.BinarySearch(_closes!, start) >= 0;

    private bool In(BitArray bits, int start)
    {
        long k = (long)start - _base;
        return k >= 0 && k < bits.Length && bits[(int)k];
    }
}
