namespace QuoteExtract.Text;

/// <summary>Flags publisher boilerplate around an article by its general shape, not by any outlet's words.</summary>
public static class BoilerplateDetector
{
    /// <summary>For each paragraph, whether it is boilerplate.</summary>
    public static bool[] Detect(string text, Paragraph[] paragraphs, QuotedSpan[] quotes) => throw new NotImplementedException();
}
