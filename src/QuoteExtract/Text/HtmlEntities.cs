namespace QuoteExtract.Text;

/// <summary>HTML character references left in scraped text, recognised in place (the text is never rewritten).</summary>
internal static class HtmlEntities
{
    private static readonly (string Entity, char Mark)[] s_quoteMarks =
    [
        ("&quot;", '"'), ("&#34;", '"'), ("&#x22;", '"'), ("&#X22;", '"'),
        ("&ldquo;", '\u201C'), ("&#8220;", '\u201C'), ("&#x201C;", '\u201C'), ("&#x201c;", '\u201C'),
        ("&rdquo;", '\u201D'), ("&#8221;", '\u201D'), ("&#x201D;", '\u201D'), ("&#x201d;", '\u201D'),
        ("&lsquo;", '\u2018'), ("&#8216;", '\u2018'), ("&#x2018;", '\u2018'),
        ("&rsquo;", '\u2019'), ("&#8217;", '\u2019'), ("&#x2019;", '\u2019'),
    ];

    private static readonly (string Entity, TokenKind Kind)[] s_others =
    [
        ("&nbsp;", TokenKind.Markup), ("&#160;", TokenKind.Markup), ("&#xa0;", TokenKind.Markup), ("&#xA0;", TokenKind.Markup),
        ("&thinsp;", TokenKind.Markup), ("&ensp;", TokenKind.Markup), ("&emsp;", TokenKind.Markup), ("&zwnj;", TokenKind.Markup),
        ("&shy;", TokenKind.Markup), ("&mdash;", TokenKind.Dash), ("&#8212;", TokenKind.Dash), ("&ndash;", TokenKind.Dash),
        ("&#8211;", TokenKind.Dash), ("&hellip;", TokenKind.Ellipsis), ("&#8230;", TokenKind.Ellipsis), ("&amp;", TokenKind.Symbol),
        ("&lt;", TokenKind.Symbol), ("&gt;", TokenKind.Symbol), ("&#39;", TokenKind.QuoteMark), ("&apos;", TokenKind.QuoteMark),
    ];

    /// <summary>The length and token kind of a character reference at <paramref name="i"/> (quote marks as QuoteMark, spaces as Markup); length 0 when there is none.</summary>
    public static (int Length, TokenKind Kind) EntityAt(string text, int i)
    {
        if (i >= text.Length || text[i] != '&') return (0, TokenKind.Symbol);
        var (_, width) = QuoteMarkAt(text, i, text.Length);
        if (width > 0) return (width, TokenKind.QuoteMark);
        var rest = text.AsSpan(i, Math.Min(9, text.Length - i));
        foreach (var (entity, kind) in s_others)
            if (rest.StartsWith(entity, StringComparison.Ordinal)) return (entity.Length, kind);
        return (0, TokenKind.Symbol);
    }

    /// <summary>
    /// The length of an HTML tag at <paramref name="i"/> (&lt;p&gt;, &lt;/strong&gt;, &lt;a href="…"&gt;, &lt;br/&gt;, &lt;!-- --&gt; up to 300
    /// characters, with no other &lt; inside), or 0: "a &lt; b" and "&lt;3" are not tags.
    /// </summary>
    public static int TagLength(string text, int i)
    {
        if (i + 2 >= text.Length || text[i] != '<') return 0;
        char c = text[i + 1];
        if (!(char.IsAsciiLetter(c) || ((c is '/' or '!') && (char.IsAsciiLetter(text[i + 2]) || text[i + 2] == '-')))) return 0;
        int limit = Math.Min(text.Length, i + 300);
        for (int j = i + 1; j < limit; j++)
        {
            if (text[j] == '>') return j + 1 - i;
            if (text[j] is '<' or '\n' or '\r') return 0;
        }
        return 0;
    }

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
