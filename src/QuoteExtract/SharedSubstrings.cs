using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>
/// The substrings of one text for one result, short ones made once each: a speaker named 500,000 times ("Smith:
/// “We will win the vote.”" over and over) is one "Smith", not half a million copies. Equal strings either way.
/// </summary>
/// <remarks>
/// The table is open addressing in an array rented from the shared pool and given back in <see cref="Dispose"/>: it is
/// scratch of one result, and as a hash set it had been a tenth of what the result builder allocated.
/// </remarks>
internal sealed class SharedSubstrings : IDisposable
{
    // Names, cues and short quotes repeat; long passages rarely do and are not worth the table.
    private const int MaxSharedLength = 64;

    // Made at most a few thousand big at once: a quote-dense document asks for a million spans of a handful of distinct
    // strings (16 MiB of `Smith: "…"` lines), and a table sized for them all raised its peak by a tenth.
    private const int MaxPresized = 1 << 12;

    private readonly string _text;
    private string?[] _slots; // a power of two long, at most half full
    private int _count;

    /// <param name="text">The text the spans are of.</param>
    /// <param name="expected">About how many distinct strings will be made: the table is made that big at once
    /// instead of growing.</param>
    public SharedSubstrings(string text, int expected = 0)
    {
        _text = text;
        _slots = NewSlots(2 * Math.Clamp(expected, 8, MaxPresized));
    }

    public string Of(TextSpan span)
    {
        if (span.Length > MaxSharedLength) return _text.Substring(span.Start, span.Length);
        var chars = _text.AsSpan(span.Start, span.Length);
        int mask = _slots.Length - 1;
        int slot = string.GetHashCode(chars) & mask;
        for (; _slots[slot] is { } made; slot = (slot + 1) & mask)
            if (chars.SequenceEqual(made)) return made;
        var added = chars.ToString();
        _slots[slot] = added;
        if (++_count * 2 > _slots.Length) Grow();
        return added;
    }

    public Excerpt Excerpt(TextSpan span) => new(Of(span), span);

    /// <summary>Gives the table back to the pool; the strings made stay the caller's.</summary>
    public void Dispose()
    {
        DocumentLayers.Scratch.Return(_slots);
        _slots = [];
        _count = 0;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = NewSlots(old.Length * 2);
        int mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s is null) continue;
            int slot = string.GetHashCode(s.AsSpan()) & mask;
            while (_slots[slot] is not null) slot = (slot + 1) & mask;
            _slots[slot] = s;
        }
        DocumentLayers.Scratch.Return(old);
    }

    // An empty table of a power of two at least `size` long (the pool's arrays are powers of two; a plain one is made so).
    private static string?[] NewSlots(int size)
    {
        var slots = DocumentLayers.Scratch.Make<string?>((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)size));
        Array.Clear(slots); // (another user of the shared pool may give arrays back uncleared)
        return slots;
    }
}
