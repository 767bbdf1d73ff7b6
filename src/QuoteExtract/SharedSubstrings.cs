namespace QuoteExtract;

/// <summary>
/// The substrings of one text for one result, short ones made once each: a speaker named 500,000 times ("Smith:
/// “We will win the vote.”" over and over) is one "Smith", not half a million copies. Equal strings either way.
/// </summary>
/// <param name="text">The text the spans are of.</param>
/// <param name="expected">About how many spans will be asked for: the table is made that big at once instead of growing
/// (its growth was a quarter of what the result builder allocated).</param>
internal sealed class SharedSubstrings(string text, int expected = 0)
{
    // Names, cues and short quotes repeat; long passages rarely do and are not worth the table.
    private const int MaxSharedLength = 64;

    // (A set, not a string-to-itself dictionary: an entry is two ints and a reference instead of two references.)
    // Made at most a few thousand big at once: a quote-dense document asks for a million spans of a handful of distinct
    // strings (16 MiB of `Smith: "…"` lines), and a table sized for them all raised its peak by a tenth.
    private readonly HashSet<string> _made = new(Math.Min(expected, MaxPresized), StringComparer.Ordinal);
    private const int MaxPresized = 1 << 12;

    public string Of(TextSpan span)
    {
        if (span.Length > MaxSharedLength) return text.Substring(span.Start, span.Length);
        var chars = text.AsSpan(span.Start, span.Length);
        var lookup = _made.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var made)) return made;
        made = chars.ToString();
        _made.Add(made);
        return made;
    }

    public Excerpt Excerpt(TextSpan span) => new(Of(span), span);
}
