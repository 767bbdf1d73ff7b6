namespace QuoteExtract.Text;

/// <summary>Pairs quote marks into quoted spans: nesting, apostrophes, multi-paragraph quotes, unbalanced marks.</summary>
public static class QuoteMarkScanner
{
    /// <summary>The quoted spans of the text, ordered by opening mark.</summary>
    public static QuotedSpan[] Scan(string text, Paragraph[] paragraphs, QuoteMarkStyles styles) => throw new NotImplementedException();
}
