using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

public sealed class GoldKindTests
{
    [Theory]
    [InlineData("“We are on schedule,” “and under budget.”", QuoteKind.Direct)]
    [InlineData("\"Straight quote marks work too.\"", QuoteKind.Direct)]
    [InlineData("‘Single curly marks.’", QuoteKind.Direct)]
    [InlineData("'Single straight marks.'", QuoteKind.Direct)]
    [InlineData(", “Punctuation outside the marks does not count.”.", QuoteKind.Direct)]
    [InlineData("“A quotation the annotator cut before its closing mark", QuoteKind.Direct)]
    [InlineData("the plan was “a fantasy”", QuoteKind.Mixed)]
    [InlineData("waiting was ‘unacceptable’ to them", QuoteKind.Mixed)]
    [InlineData("“We are ready,” and the team agreed", QuoteKind.Mixed)]
    [InlineData("the bridge would reopen in May", QuoteKind.Indirect)]
    [InlineData("the mayor’s plan would fail", QuoteKind.Indirect)]
    [InlineData("the Ruizes’ house was sold in the ’90s", QuoteKind.Indirect)]
    public void Classifies_by_quote_marks(string content, QuoteKind expected)
    {
        GoldKind.Classify(content).Should().Be(expected);
    }
}
