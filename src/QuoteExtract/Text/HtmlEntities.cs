namespace QuoteExtract.Text;

/// <summary>HTML character references left in scraped text, recognised in place (the text is never rewritten).</summary>
public static class HtmlEntities
{
    private static readonly (string Entity, char Mark)[] s_quoteMarks =
    [
        ("&quot;", '"'), ("&#34;", '"'), ("&#x22;", '"'), ("&#X22;", '"'),
        ("&ldquo;", '\u201C'), ("&#8220;", '\u201C'), ("&#x201C;", '\u201C'), ("&#x201c;", '\u201C'),
        ("&rdquo;", '\u201D'), ("&#8221;", '\u201D'), ("&#x201D;", '\u201D'), ("&#x201d;", '\u201D'),
        ("&lsquo;", '\u2018'), ("&#8216;", '\u2018'), ("&#x2018;", '\u2018'),
        ("&rsquo;", '\u2019'), ("&#8217;", '\u2019'), ("&#x2019;", '\u2019'),
    ];

    /// <summary>The quote mark that an entity at <paramref name="i"/> stands for, and its length; (0, 0) when there is none.</summary>
    public static (char Mark, int Width) QuoteMarkAt(string text, int i, int end)
    {
        if (i >= end || text[i] != '&') return ('\0', 0);
        var rest = text.AsSpan(i, Math.Min(9, end - i));
        foreach (var (entity, mark) in s_quoteMarks)
            if (rest.StartsWith(entity, StringComparison.Ordinal)) return (mark, entity.Length);
        return ('\0', 0);
    }
}
