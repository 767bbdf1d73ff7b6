namespace QuoteExtract.Text;

/// <summary>Splits paragraphs into sentences, respecting abbreviations and quote marks.</summary>
public static class SentenceSplitter
{
    /// <summary>Sentences of the text; every token belongs to exactly one sentence and no sentence crosses a paragraph.</summary>
    public static Sentence[] Split(string text, Token[] tokens, Paragraph[] paragraphs, QuotedSpan[] quotes) => throw new NotImplementedException();
}
