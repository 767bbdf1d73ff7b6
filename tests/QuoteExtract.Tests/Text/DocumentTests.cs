using CsCheck;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>The document's token index: what the rules use to go from character offsets to tokens.</summary>
public class DocumentTests
{
    // The definition: the first token that ends after the offset.
    private static int Naive(Document doc, int offset)
    {
        for (int k = 0; k < doc.Tokens.Length; k++) if (doc.Tokens[k].End > offset) return k;
        return doc.Tokens.Length;
    }

    [Fact]
    public void Token_at_or_after_agrees_with_its_definition_at_every_offset()
    {
        var text = string.Concat(Enumerable.Repeat("The mayor said on Monday that the bridge, closed since 2019, would reopen.   \n\n“Soon,” she added. ", 5));
        var doc = QuoteExtractor.Default.Analyze(text);
        for (int offset = -3; offset <= text.Length + 70; offset++)
            doc.TokenAtOrAfter(offset).Should().Be(Naive(doc, offset), "at offset {0}", offset);
    }

    [Fact]
    public void Token_at_or_after_agrees_with_its_definition_on_random_text()
    {
        Gen.String[Gen.Char["ab .,“”\n-'"], 0, 400].Sample(text =>
        {
            var doc = QuoteExtractor.Default.Analyze(text);
            for (int offset = -1; offset <= text.Length + 1; offset++)
                if (doc.TokenAtOrAfter(offset) != Naive(doc, offset)) return false;
            return true;
        }, iter: 300);
    }
}
