using QuoteExtract.Claims;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Claims;

/// <summary>
/// The claim stage keeps its claims as values; <see cref="Document.Claims"/> is made from them when read, and from then on
/// the list is what the result holds.
/// </summary>
public class ClaimListTests
{
    // Two claims of the article's own voice and one of a speaker.
    private const string Text = "Prices increased by 8 percent in March. The ministry said that 8,000 people had been detained in the raids. "
        + "Exports fell by 3 percent and imports were flat at $2 billion.";

    /// <summary>Drops the first claim of the document's list.</summary>
    private sealed class DropFirstClaimStage : IPipelineStage
    {
        public void Process(Document document) => document.Claims.RemoveAt(0);
    }

    /// <summary>Adds a claim of the article's voice over the whole first sentence before the claim stage runs.</summary>
    private sealed class EarlyClaimStage : IPipelineStage
    {
        public void Process(Document document) =>
            document.Claims.Add(new ClaimCandidate { Span = new TextSpan(0, 38), CheckWorthiness = 0.5 });
    }

    [Fact]
    public void The_list_read_after_the_stage_holds_the_claims_of_the_result_in_order()
    {
        var result = QuoteExtractor.Default.Extract(Text);
        var doc = QuoteExtractor.Default.Analyze(Text);
        var claims = doc.Claims;

        result.Claims.Should().HaveCount(3);
        claims.Select(c => c.Span).Should().Equal(result.Claims.Select(c => c.Span));
        claims.Select(c => Math.Round(c.CheckWorthiness, 3)).Should().Equal(result.Claims.Select(c => c.CheckWorthiness));
        claims.Select(c => c.Span.Start).Should().BeInAscendingOrder();
        doc.Claims.Should().BeSameAs(claims, "the list is made once");
    }

    [Fact]
    public void A_stage_after_the_claims_that_edits_the_list_changes_the_result()
    {
        var all = QuoteExtractor.Default.Extract(Text).Claims;
        var result = new QuoteExtractorBuilder().Use(new DropFirstClaimStage()).Build().Extract(Text);

        result.Claims.Select(c => c.Span).Should().Equal(all.Skip(1).Select(c => c.Span));
    }

    [Fact]
    public void A_claim_added_before_the_stage_is_kept_and_sorted_with_the_stage_s_own()
    {
        var all = QuoteExtractor.Default.Extract(Text).Claims;
        var result = new QuoteExtractorBuilder().UseBefore(PipelineStageNames.Claims, new EarlyClaimStage()).Build().Extract(Text);

        result.Claims.Should().HaveCount(all.Count + 1);
        result.Claims.Select(c => c.Span.Start).Should().BeInAscendingOrder();
        result.Claims.Select(c => c.Span).Should().Contain(new TextSpan(0, 38));
    }
}
