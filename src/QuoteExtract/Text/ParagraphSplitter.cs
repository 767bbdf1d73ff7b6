namespace QuoteExtract.Text;

/// <summary>Finds paragraphs from line breaks.</summary>
public static class ParagraphSplitter
{
    /// <summary>Paragraph spans, trimmed of surrounding white space; blank lines yield none.</summary>
    public static Paragraph[] Split(string text) => throw new NotImplementedException();
}
