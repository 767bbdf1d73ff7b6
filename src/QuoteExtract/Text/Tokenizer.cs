namespace QuoteExtract.Text;

/// <summary>Splits text into tokens that map back to offsets in it.</summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; white space is skipped, everything else is covered by a token.</summary>
    public static Token[] Tokenize(string text) => throw new NotImplementedException();
}
