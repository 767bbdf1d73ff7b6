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

/// <summary>A token: a view <c>[Start, End)</c> into the document text, never a copy of it.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of code units.</summary>
    public int Length => End - Start;

    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Chars(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>A sentence: its span and the tokens it holds, <c>[FirstToken, FirstToken + TokenCount)</c> of <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A paragraph: a block of text ended by a line break (or a blank line, for hard-wrapped text).</summary>
public readonly record struct Paragraph(TextSpan Span);
