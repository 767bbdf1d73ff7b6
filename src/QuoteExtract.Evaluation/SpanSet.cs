namespace QuoteExtract.Evaluation;

/// <summary>Span lists as sorted, disjoint sets: normalising, overlap tests and non-whitespace intersection counts.</summary>
internal static class SpanSet
{
    /// <summary>The spans clamped to <c>[0, length)</c>, sorted, with overlapping or touching spans merged; empty ones dropped.</summary>
    public static TextSpan[] Normalize(IEnumerable<TextSpan> spans, int length)
    {
        var sorted = spans
            .Select(s => new TextSpan(Math.Clamp(s.Start, 0, length), Math.Clamp(s.End, 0, length)))
            .Where(s => !s.IsEmpty)
            .OrderBy(s => s.Start)
            .ToList();
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End) merged[^1] = merged[^1].Union(span);
            else merged.Add(span);
        }
        return [.. merged];
    }

    /// <summary>
    /// Prefix counts of non-whitespace characters: the count in <c>[a, b)</c> is <c>prefix[b] - prefix[a]</c>.
    /// Whitespace is left out so that coverage does not depend on how spans were trimmed.
    /// </summary>
    public static int[] NonWhiteSpacePrefix(string text)
    {
        var prefix = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++) prefix[i + 1] = prefix[i] + (char.IsWhiteSpace(text[i]) ? 0 : 1);
        return prefix;
    }

    /// <summary>Non-whitespace characters in the normalised set <paramref name="spans"/>.</summary>
    public static int Count(TextSpan[] spans, int[] prefix)
    {
        var count = 0;
        foreach (var s in spans) count += prefix[s.End] - prefix[s.Start];
        return count;
    }

    /// <summary>Non-whitespace characters common to two normalised sets, in one merge walk.</summary>
    public static int IntersectionCount(TextSpan[] a, TextSpan[] b, int[] prefix)
    {
        int count = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (start < end) count += prefix[end] - prefix[start];
            if (a[i].End < b[j].End) i++;
            else j++;
        }
        return count;
    }

    /// <summary>True when <paramref name="span"/> shares a character with any of <paramref name="spans"/>.</summary>
    public static bool Overlaps(TextSpan span, IReadOnlyList<TextSpan> spans)
    {
        foreach (var other in spans) if (span.Overlaps(other)) return true;
        return false;
    }
}
