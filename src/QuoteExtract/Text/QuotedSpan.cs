namespace QuoteExtract.Text;

/// <summary>Which families of quote marks the quote-mark stage recognises.</summary>
[Flags]
public enum QuoteMarkStyles
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>“ ” and ‘ ’.</summary>
    Curly = 1,
    /// <summary>" and ' used as quote marks.</summary>
    Straight = 2,
    /// <summary>« » and ‹ › (either direction).</summary>
    Guillemets = 4,
    /// <summary>„ “ and ‚ ‘ (German and Central European low-high pairs).</summary>
    LowNine = 8,
    /// <summary>″ ′ ‶ ‵ and 〝 〞 used as quote marks.</summary>
    Primes = 16,
    /// <summary>`` '' and ` ' (Penn Treebank and LaTeX text: backticks open, apostrophes close).</summary>
    Backticks = 32,
    /// <summary>All of the above.</summary>
    All = Curly | Straight | Guillemets | LowNine | Primes | Backticks,
}

/// <summary>
/// One quoted stretch of text between an opening and a closing mark, within one paragraph.
/// A quote that runs over several paragraphs (the news convention: no closing mark at the end of
/// a paragraph, a new opening mark at the start of the next) is one segment per paragraph,
/// chained by <see cref="Previous"/>.
/// </summary>
/// <param name="Open">The opening mark.</param>
/// <param name="Close">The closing mark; empty (at the paragraph end) when the quote runs on into the next paragraph or was never closed.</param>
/// <param name="Content">The text between the marks (trailing white space at a paragraph end excluded).</param>
/// <param name="Depth">0 for an outermost quote, 1 for a quote inside it, and so on.</param>
/// <param name="Parent">Index of the enclosing quote in the list, or -1.</param>
/// <param name="Previous">Index of the segment in the previous paragraph that this one continues, or -1.</param>
/// <param name="Closed">True when a closing mark was found.</param>
public readonly record struct QuotedSpan(
    TextSpan Open,
    TextSpan Close,
    TextSpan Content,
    int Depth,
    int Parent,
    int Previous,
    bool Closed)
{
    /// <summary>From the opening mark to the closing mark (or the content end when unclosed).</summary>
    public TextSpan Outer => new(Open.Start, Closed ? Close.End : Content.End);
}
