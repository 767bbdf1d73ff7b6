namespace QuoteExtract.Text;

/// <summary>Splits paragraphs into sentences, respecting abbreviations and quote marks.</summary>
/// <remarks>
/// Sentences partition the tokens of each paragraph in order. A split comes after terminal punctuation
/// (. ! ? and, more cautiously, an ellipsis or an abbreviation that often ends sentences) together with any
/// closing quote marks and brackets glued to it, when the next token after white space opens a sentence.
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>Sentences of the text; every token belongs to exactly one sentence and no sentence crosses a paragraph.</summary>
    public static Sentence[] Split(string text, Token[] tokens, Paragraph[] paragraphs, QuotedSpan[] quotes)
    {
        var splitter = Scan(text, tokens, tokens?.Length ?? 0, paragraphs, quotes);
        return splitter is null ? [] : splitter.ToArray();
    }

    /// <summary>
    /// <see cref="Split(string, Token[], Paragraph[], QuotedSpan[])"/> of the first <paramref name="count"/> tokens, in an
    /// array from <paramref name="layers"/>; returns how many sentences.
    /// </summary>
    public static int Split(string text, Token[] tokens, int count, Paragraph[] paragraphs, QuotedSpan[] quotes,
        DocumentLayers layers, out Sentence[] sentences)
    {
        var splitter = Scan(text, tokens, count, paragraphs, quotes);
        if (splitter is null) { sentences = []; return 0; }
        return splitter.ToLayer(layers, out sentences);
    }

    private static SentenceScanner? Scan(string text, Token[] tokens, int count, Paragraph[] paragraphs, QuotedSpan[] quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens is null || count == 0) return null;
        paragraphs ??= [];
        if (!IsSorted(paragraphs)) paragraphs = [.. paragraphs.OrderBy(p => p.Span.Start)];

        var roles = QuoteRoles.From(quotes);
        var splitter = new SentenceScanner(text, tokens, roles);
        // Group tokens by paragraph; tokens outside every paragraph form groups of their own. A token before the next
        // boundary (the end of the paragraph it is in, or the start of the one it comes before) keeps the group's key.
        int p = 0, groupStart = 0, groupKey = 0, boundary = int.MinValue;
        for (int k = 0; k < count; k++)
        {
            int start = tokens[k].Start;
            if (start < boundary) continue;
            while (p < paragraphs.Length && paragraphs[p].Span.End <= start) p++;
            int key = p < paragraphs.Length && paragraphs[p].Span.Start <= start ? p + 1 : -(p + 1);
            boundary = p >= paragraphs.Length ? int.MaxValue : key > 0 ? paragraphs[p].Span.End : paragraphs[p].Span.Start;
            if (k > 0 && key != groupKey)
            {
                splitter.SplitRange(groupStart, k);
                groupStart = k;
            }
            groupKey = key;
        }
        splitter.SplitRange(groupStart, count);
        roles.Release();
        return splitter;
    }

    private static bool IsSorted(Paragraph[] paragraphs)
    {
        for (int i = 1; i < paragraphs.Length; i++)
            if (paragraphs[i].Span.Start < paragraphs[i - 1].Span.Start) return false;
        return true;
    }
}
