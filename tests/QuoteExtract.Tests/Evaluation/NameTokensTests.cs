using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>How names are compared: <see cref="NameTokens"/>.</summary>
public sealed class NameTokensTests
{
    [Theory]
    [InlineData("Ann Lee", "ann lee")]
    [InlineData("Mr. Ann Lee's", "ann lee")]
    [InlineData("Dr Ann LEE’s", "ann lee")]
    [InlineData("President Ann Lee", "ann lee")]
    [InlineData("Prime Minister Lee", "lee")]
    [InlineData("J. K. Smith-Jones", "j k smith jones")]
    [InlineData("University of Springfield", "university springfield")]
    [InlineData("the Acme Corp.", "acme corp")]
    [InlineData("Mr.", "")]
    public void Drops_possessives_punctuation_titles_and_connectors(string name, string tokens)
    {
        string.Join(' ', NameTokens.Of(name)).Should().Be(tokens);
    }

    [Fact]
    public void Two_names_agree_when_their_tokens_do_in_order()
    {
        NameTokens.Same(NameTokens.Of("Senator Ann Lee"), NameTokens.Of("ann lee")).Should().BeTrue();
        NameTokens.Same(NameTokens.Of("Ann Lee"), NameTokens.Of("Lee")).Should().BeFalse();
        NameTokens.Same(NameTokens.Of("Ann Lee"), NameTokens.Of("Lee Ann")).Should().BeFalse();
        NameTokens.ContainsAll(NameTokens.Of("Mrs. Ann B. Lee"), NameTokens.Of("Ann Lee")).Should().BeTrue();
        NameTokens.ContainsAll(NameTokens.Of("Lee"), NameTokens.Of("Ann Lee")).Should().BeFalse();
    }

    [Theory]
    [InlineData("Mr.", true)]
    [InlineData("Minister", true)]
    [InlineData("Lee", false)]
    [InlineData(",", false)]
    public void A_title_is_a_word_of_titles_only(string word, bool title)
    {
        NameTokens.IsTitle(word).Should().Be(title);
    }
}
