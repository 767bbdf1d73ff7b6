using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>A short text scanned straight into a rented array gives the tokens the counted scan (a count, then an array of that size) gives.</summary>
public class TokenizerRoutesTests
{
    [Theory]
    [InlineData("The U.S.<b>'s</b> plan, said Mr. Smith&nbsp;— “It's the U.S.’s call,” www.example.com and http://x.y/z.")]
    [InlineData("<p>Support us</p> &amp; &quot;donate&quot; ''now'' ``yes'' a@b.cd 8,000 2.5 ’90s don't O'Brien")]
    [InlineData("")]
    [InlineData("<br/>")]
    public void Direct_and_counted_scans_agree(string text)
    {
        int pooledCount = Tokenizer.TokenizeWithoutMarkup(text, new DocumentLayers(pooled: true), out var pooled);
        int plainCount = Tokenizer.TokenizeWithoutMarkup(text, new DocumentLayers(pooled: false), out var plain);
        pooled.AsSpan(0, pooledCount).ToArray().Should().Equal(plain.AsSpan(0, plainCount).ToArray());
        var all = Tokenizer.Tokenize(text);
        plain.AsSpan(0, plainCount).ToArray().Should().Equal(all.Where(t => t.Kind != TokenKind.Markup));
    }
}
