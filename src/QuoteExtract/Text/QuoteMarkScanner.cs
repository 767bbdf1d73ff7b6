namespace QuoteExtract.Text;

/// <summary>Pairs quote marks into quoted spans: nesting, apostrophes, multi-paragraph quotes, unbalanced marks.</summary>
/// <remarks>
/// <para>One linear pass over the characters of each paragraph with a bounded stack (depth
/// <see cref="MaxDepth"/>; deeper openers are plain characters), so the cost is linear in the text
/// length whatever the marks. Pairing is per paragraph: nothing spans a paragraph break, and a
/// stray mark can at worst affect its own paragraph.</para>
/// <para>Rules, in short:</para>
/// <list type="bullet">
/// <item>Apostrophes are never marks: ’ or ' between letters (don’t, O’Brien), between digits (5'11),
/// before a two-digit year (’90s), in ’n’, before common elisions (’em, ’til, ’tis, ’cause), and the
/// plural possessive (the Smiths’ house) unless a single opener is pending and no later mark in the
/// paragraph could close it.</item>
/// <item>Straight " and ' (and primes used as quotes) decide their role by context: after start,
/// space, an opening bracket, a dash or another mark they open; before space, punctuation or the
/// paragraph end they close; otherwise they alternate. A prime or straight mark right after a digit
/// (5′11″, 6") is a measure unless it can close a pending quote.</item>
/// <item>Direction-free marks: » and « open or close depending on what is pending (French «…»,
/// German »…«, Finnish »…»); “ closes „, ‘ closes ‚; a misused ” at a word start opens.</item>
/// <item>Penn Treebank marks (<see cref="QuoteMarkStyles.Backticks"/>): `` and ` open before a word and
/// are closed by '' and '; '' always closes a pending `` (also spaced: "`` Yes , '' he said"), while
/// outside one it is the newspapers' doubled straight mark. ``` and a backtick after a word (a code
/// span) are no marks.</item>
/// <item>A closer closes the nearest pending opener it can pair with; openers left open between
/// them are dropped. A closer with nothing to close is ignored.</item>
/// <item>An opener still open at the paragraph end becomes <c>Closed=false</c> with its content
/// running to the paragraph end. It is continued (<see cref="QuotedSpan.Previous"/>) when the next
/// paragraph starts with an opener of the same family and size (the news convention). Unclosed
/// double marks are kept; unclosed single marks (‘ ' ‚ ‹ ′) are dropped unless part of a chain,
/// since a lone single mark is far more often a misused apostrophe than a quote.</item>
/// </list>
/// </remarks>
internal static class QuoteMarkScanner
{
    /// <summary>Openers deeper than this are treated as plain characters.</summary>
    public const int MaxDepth = 32;

    /// <summary>The quoted spans of the text, ordered by opening mark.</summary>
    public static QuotedSpan[] Scan(string text, Paragraph[] paragraphs, QuoteMarkStyles styles)
    {
        if (string.IsNullOrEmpty(text) || paragraphs is null || paragraphs.Length == 0
            || (styles & QuoteMarkStyles.All) == 0)
            return [];

        var pairing = new QuoteMarkPairing(text, styles);
        int previousEnd = 0;
        foreach (var paragraph in paragraphs)
        {
            // Defensive: clamp spans that are out of range, overlapping or out of order.
            int start = Math.Clamp(paragraph.Span.Start, previousEnd, text.Length);
            int end = Math.Clamp(paragraph.Span.End, start, text.Length);
            if (start >= end) continue;
            pairing.Paragraph(start, end);
            previousEnd = end;
        }
        return pairing.Finish();
    }
}
