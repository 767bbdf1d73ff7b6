using QuoteExtract.Claims;

namespace QuoteExtract.Tests.Claims;

public sealed class ClaimContextsTests
{
    [Fact]
    public void An_article_is_read_as_a_transcript_whose_turns_are_runs_of_one_speaker()
    {
        var doc = QuoteExtractor.Default.Analyze(
            "Prices rose 5 percent in May. \"We will act. Rates are 2 points too high,\" the governor said. The bank met on Monday.");
        doc.Sentences.Length.Should().Be(4);
        var contexts = new ClaimContexts(doc);
        try
        {
            CheckWorthinessContext At(int sentence) => contexts.Of(doc.Sentences[sentence].FirstToken);

            // The article, then the governor's two sentences, then the article again: three turns.
            (At(0).TurnIndex, At(0).TurnLength, At(0).Previous).Should().Be((0, 1, null));
            (At(1).TurnIndex, At(1).TurnLength).Should().Be((0, 2));
            (At(2).TurnIndex, At(2).TurnLength).Should().Be((1, 2));
            (At(3).TurnIndex, At(3).TurnLength).Should().Be((0, 1));
            At(1).TurnNumberShare.Should().Be(1f, because: "the governor's other sentence holds a number");
            At(2).TurnNumberShare.Should().Be(0f);
            At(1).Previous!.Value.Number.Should().BeTrue(because: "the sentence before holds 5");
            At(3).Previous!.Value.Number.Should().BeTrue(because: "the sentence before holds 2");
        }
        finally
        {
            contexts.Dispose();
        }
    }
}
