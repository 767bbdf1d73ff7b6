namespace QuoteExtract.Text;

/// <summary>What a token is. The tokenizer decides it from the characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes (O'Brien, Jean-Paul, well-organized).</summary>
    Word,
    /// <summary>Digits with separators or suffixes (8,000; 2.5; 1990s; ’90s; 10th; $2 is Symbol + Number).</summary>
    Number,
    /// <summary>A word ending in a period that is not a sentence end (U.S., Sept., Mr., Jan., e.g.).</summary>
    Abbreviation,
    /// <summary>A single capital letter with a period (J. in John J. Smith).</summary>
    Initial,
    /// <summary>A clitic split from its host: n't, 's (also possessive), 're, 'll, 've, 'm, 'd, and a bare possessive ’ (the Smiths’).</summary>
    Clitic,
    /// <summary>A quote-mark character (“ ” " ‘ ’ ' « » „ ‹ › primes) standing alone; the quote-mark stage decides its role.</summary>
    QuoteMark,
    /// <summary>Sentence or clause punctuation: . , ; : ! ? ( ) [ ] and the like.</summary>
    Punctuation,
    /// <summary>… or a run of two or more periods.</summary>
    Ellipsis,
    /// <summary>– — ― or a spaced/doubled hyphen used as a dash.</summary>
    Dash,
    /// <summary>A URL (http://…, https://…, www.…).</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>Any other symbol ($, %, &amp;, @, #, emoji, control characters, lone surrogates).</summary>
    Symbol,
    /// <summary>
    /// Markup left in scraped text: an HTML tag (&lt;strong&gt;) or a spacing entity (&amp;nbsp;). The text stage
    /// leaves these out of the document's tokens, so the rules read past them as past white space.
    /// </summary>
    Markup,
}

/// <summary>
/// A token: a view <c>[Start, End)</c> into the document text, never a copy of it. Eight bytes: the start, and the
/// length (at most <see cref="MaxLength"/> characters; the tokenizer cuts a longer run) with the kind in one word,
/// because a document of quote marks holds one token per character.
/// </summary>
public readonly record struct Token
{
    /// <summary>The longest token, in code units (2^27 − 1, about 134 million).</summary>
    public const int MaxLength = (1 << LengthBits) - 1;

    private const int LengthBits = 27;
    private readonly int _start;
    private readonly uint _lengthAndKind;

    /// <summary>A token over <c>[Start, End)</c> of kind <paramref name="Kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative start, an end before the start, or more than <see cref="MaxLength"/> characters.</exception>
    public Token(int Start, int End, TokenKind Kind)
    {
        _start = Start;
        _lengthAndKind = Pack(Start, End, Kind);
    }

    // (The scanner's tokens are in range by construction: no argument checks.)
    private Token(int start, uint lengthAndKind)
    {
        _start = start;
        _lengthAndKind = lengthAndKind;
    }

    /// <summary>A token the tokenizer made: <paramref name="start"/> at least 0, <paramref name="length"/> at most <see cref="MaxLength"/>.</summary>
    internal static Token Scanned(int start, int length, TokenKind kind) => new(start, (uint)length | (uint)kind << LengthBits);

    /// <summary>Offset of the first code unit.</summary>
    public int Start
    {
        get => _start;
        init
        {
            int end = End; // (a new start keeps the end, as two separate fields would)
            _start = value;
            _lengthAndKind = Pack(value, end, Kind);
        }
    }

    /// <summary>Offset one past the last code unit.</summary>
    public int End
    {
        get => _start + Length;
        init => _lengthAndKind = Pack(_start, value, Kind);
    }

    /// <summary>What the token is.</summary>
    public TokenKind Kind
    {
        get => (TokenKind)(_lengthAndKind >> LengthBits);
        init => _lengthAndKind = Pack(_start, End, value);
    }

    /// <summary>Number of code units.</summary>
    public int Length => (int)(_lengthAndKind & MaxLength);

    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Chars(string text) => text.AsSpan(Start, Length);

    /// <summary>The start, end and kind.</summary>
    public void Deconstruct(out int Start, out int End, out TokenKind Kind)
    {
        Start = this.Start;
        End = this.End;
        Kind = this.Kind;
    }

    private static uint Pack(int start, int end, TokenKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end - start, MaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)kind, 31u);
        return (uint)(end - start) | (uint)kind << LengthBits;
    }
}

/// <summary>A sentence: its span and the tokens it holds, <c>[FirstToken, FirstToken + TokenCount)</c> of <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A paragraph: a block of text ended by a line break (or a blank line, for hard-wrapped text).</summary>
public readonly record struct Paragraph(TextSpan Span);
