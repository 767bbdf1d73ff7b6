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
/// chained by <see cref="Previous"/>. Stored in 28 bytes (the marks' widths, the depth and whether it closed share
/// one word), because a document of <c>"a" "b"</c> holds one span per four characters.
/// </summary>
public readonly record struct QuotedSpan
{
    private const int WidthBits = 8, DepthBits = 15, MaxWidth = (1 << WidthBits) - 1, MaxDepth = (1 << DepthBits) - 1;
    private readonly int _openStart, _closeStart, _contentStart, _contentEnd, _parent, _previous;
    private readonly uint _widthsDepthClosed; // open width, close width, depth, closed (high bit)

    /// <summary>A quoted span.</summary>
    /// <param name="Open">The opening mark.</param>
    /// <param name="Close">The closing mark; empty (at the paragraph end) when the quote runs on into the next paragraph or was never closed.</param>
    /// <param name="Content">The text between the marks (trailing white space at a paragraph end excluded).</param>
    /// <param name="Depth">0 for an outermost quote, 1 for a quote inside it, and so on.</param>
    /// <param name="Parent">Index of the enclosing quote in the list, or -1.</param>
    /// <param name="Previous">Index of the segment in the previous paragraph that this one continues, or -1.</param>
    /// <param name="Closed">True when a closing mark was found.</param>
    /// <exception cref="ArgumentOutOfRangeException">A mark longer than 255 code units or a depth over 32,767.</exception>
    public QuotedSpan(TextSpan Open, TextSpan Close, TextSpan Content, int Depth, int Parent, int Previous, bool Closed)
    {
        _openStart = Open.Start;
        _closeStart = Close.Start;
        _contentStart = Content.Start;
        _contentEnd = Content.End;
        _parent = Parent;
        _previous = Previous;
        _widthsDepthClosed = Pack(Open.Length, Close.Length, Depth, Closed);
    }

    /// <summary>The opening mark.</summary>
    public TextSpan Open
    {
        get => new(_openStart, _openStart + (int)(_widthsDepthClosed & MaxWidth));
        init
        {
            _openStart = value.Start;
            _widthsDepthClosed = Pack(value.Length, Close.Length, Depth, Closed);
        }
    }

    /// <summary>The closing mark; empty (at the paragraph end) when the quote runs on into the next paragraph or was never closed.</summary>
    public TextSpan Close
    {
        get => new(_closeStart, _closeStart + (int)(_widthsDepthClosed >> WidthBits & MaxWidth));
        init
        {
            _closeStart = value.Start;
            _widthsDepthClosed = Pack(Open.Length, value.Length, Depth, Closed);
        }
    }

    /// <summary>The text between the marks (trailing white space at a paragraph end excluded).</summary>
    public TextSpan Content
    {
        get => new(_contentStart, _contentEnd);
        init => (_contentStart, _contentEnd) = (value.Start, value.End);
    }

    /// <summary>0 for an outermost quote, 1 for a quote inside it, and so on.</summary>
    public int Depth
    {
        get => (int)(_widthsDepthClosed >> 2 * WidthBits & MaxDepth);
        init => _widthsDepthClosed = Pack(Open.Length, Close.Length, value, Closed);
    }

    /// <summary>Index of the enclosing quote in the list, or -1.</summary>
    public int Parent { get => _parent; init => _parent = value; }

    /// <summary>Index of the segment in the previous paragraph that this one continues, or -1.</summary>
    public int Previous { get => _previous; init => _previous = value; }

    /// <summary>True when a closing mark was found.</summary>
    public bool Closed
    {
        get => (_widthsDepthClosed & 1u << 31) != 0;
        init => _widthsDepthClosed = Pack(Open.Length, Close.Length, Depth, value);
    }

    /// <summary>From the opening mark to the closing mark (or the content end when unclosed).</summary>
    public TextSpan Outer => new(_openStart, Closed ? Close.End : _contentEnd);

    /// <summary>The seven values the span was made of.</summary>
    public void Deconstruct(out TextSpan Open, out TextSpan Close, out TextSpan Content, out int Depth, out int Parent, out int Previous, out bool Closed)
    {
        Open = this.Open;
        Close = this.Close;
        Content = this.Content;
        Depth = this.Depth;
        Parent = this.Parent;
        Previous = this.Previous;
        Closed = this.Closed;
    }

    private static uint Pack(int openWidth, int closeWidth, int depth, bool closed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(openWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(openWidth, MaxWidth);
        ArgumentOutOfRangeException.ThrowIfNegative(closeWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(closeWidth, MaxWidth);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, MaxDepth);
        return (uint)openWidth | (uint)closeWidth << WidthBits | (uint)depth << 2 * WidthBits | (closed ? 1u << 31 : 0);
    }
}
