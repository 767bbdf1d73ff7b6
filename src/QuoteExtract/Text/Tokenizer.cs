namespace QuoteExtract.Text;

/// <summary>Splits text into tokens that map back to offsets in it.</summary>
/// <remarks>
/// A single pass over the characters: every token is a <c>[Start, End)</c> view into the text, white
/// space (<see cref="char.IsWhiteSpace(char)"/>) is skipped and every other character is covered by exactly
/// one token. Time is linear in the input and no input throws.
/// </remarks>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; white space is skipped, everything else is covered by a token.</summary>
    public static Token[] Tokenize(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        return new TokenScanner(text).Run();
    }
}
