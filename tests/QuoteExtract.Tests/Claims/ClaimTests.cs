namespace QuoteExtract.Tests.Claims;

public class ClaimTests
{
    private static ExtractionResult Extract(string text) => QuoteExtractor.Default.Extract(text);

    private static void ShouldMapBack(string text, ExtractionResult r)
    {
        foreach (var c in r.Claims)
        {
            text[c.Span.Start..c.Span.End].Should().Be(c.Text);
            c.CheckWorthiness.Should().BeInRange(0, 1);
            if (c.ClaimantId is not null) r.Speakers.Should().Contain(s => s.Id == c.ClaimantId);
            if (c.QuoteId is not null) r.Quotes.Should().Contain(q => q.Id == c.QuoteId);
        }
    }

    [Fact]
    public void A_reported_clause_is_an_asserted_claim_of_its_speaker()
    {
        const string text = "The finance ministry said that tax revenue rose by 12 percent last year.";
        var r = Extract(text);
        var c = r.Claims.Should().ContainSingle().Subject;
        c.Stance.Should().Be(ClaimStance.Asserts);
        c.Text.Should().Be("tax revenue rose by 12 percent last year");
        r.Speakers.Single(s => s.Id == c.ClaimantId).Name.Should().Be("finance ministry");
        c.QuoteId.Should().Be(r.Quotes.Single().Id);
        ShouldMapBack(text, r);
    }

    [Theory]
    [InlineData("The company denied that it had hidden the losses from investors.", "it had hidden the losses from investors")]
    [InlineData("The agency has dismissed claims that it was behind the outage.", "it was behind the outage")]
    [InlineData("The minister rejected reports that the talks had failed.", "the talks had failed")]
    public void A_denial_denies_the_proposition_itself(string text, string proposition)
    {
        var r = Extract(text);
        var c = r.Claims.Should().ContainSingle().Subject;
        c.Stance.Should().Be(ClaimStance.Denies);
        c.Text.Should().Be(proposition);
        ShouldMapBack(text, r);
    }

    [Fact]
    public void A_question_questions()
    {
        const string text = "The senator asked whether the plan would really cut the deficit.";
        var r = Extract(text);
        var c = r.Claims.Should().ContainSingle().Subject;
        c.Stance.Should().Be(ClaimStance.Questions);
        c.Text.Should().Be("the plan would really cut the deficit");
    }

    [Fact]
    public void A_quoted_question_questions()
    {
        var r = Extract("“Who will pay for the new bridge?” the mayor asked.");
        r.Claims.Should().ContainSingle().Which.Stance.Should().Be(ClaimStance.Questions);
    }

    [Fact]
    public void A_quote_of_several_sentences_makes_a_claim_per_sentence()
    {
        const string text = "“Exports fell by a third in March. Imports stayed flat,” the trade minister said.";
        var r = Extract(text);
        r.Claims.Select(c => c.Text).Should().Equal("Exports fell by a third in March", "Imports stayed flat");
        r.Claims.Should().OnlyContain(c => c.QuoteId == r.Quotes.Single().Id);
        ShouldMapBack(text, r);
    }

    [Fact]
    public void An_accusation_claims_the_accused_act()
    {
        const string text = "The union accused the company of cutting wages by 20 percent.";
        var r = Extract(text);
        var c = r.Claims.Should().ContainSingle().Subject;
        c.Text.Should().Be("the company of cutting wages by 20 percent");
        c.Stance.Should().Be(ClaimStance.Asserts);
    }

    [Fact]
    public void A_checkable_statement_in_the_article_voice_has_no_claimant()
    {
        const string text = "At least 40 people were killed in the floods on Sunday.";
        var r = Extract(text);
        var c = r.Claims.Should().ContainSingle().Subject;
        c.ClaimantId.Should().BeNull();
        c.QuoteId.Should().BeNull();
        c.Text.Should().Be("At least 40 people were killed in the floods on Sunday");
    }

    [Fact]
    public void Article_voice_and_attribution_in_one_sentence_are_two_claims()
    {
        const string text = "Dozens have been injured in the clashes and the police said that 300 people had been arrested.";
        var r = Extract(text);
        r.Claims.Should().HaveCount(2);
        r.Claims[0].Text.Should().Be("Dozens have been injured in the clashes");
        r.Claims[0].ClaimantId.Should().BeNull();
        r.Claims[1].Text.Should().Be("300 people had been arrested");
        r.Claims[1].ClaimantId.Should().NotBeNull();
        ShouldMapBack(text, r);
    }

    [Theory]
    [InlineData("The weather was pleasant and the crowd was cheerful.")]
    [InlineData("Thank you for reading.")]
    public void Plain_narration_without_anything_checkable_makes_no_claim(string text) =>
        Extract(text).Claims.Should().BeEmpty();

    [Fact]
    public void A_number_makes_a_claim_more_check_worthy()
    {
        var withNumber = Extract("The ministry said that 8,000 people had been detained in the raids.").Claims.Single();
        var without = Extract("The ministry said that the mood in the capital was calm.").Claims.Single();
        withNumber.CheckWorthiness.Should().BeGreaterThan(without.CheckWorthiness);
    }

    [Fact]
    public void Default_check_worthiness_read_in_context_matches_the_model_on_the_claim_text()
    {
        // The claim stage scores on the document's tokens; for ordinary text that is the claim's own tokenization.
        const string text = "Unemployment fell to 3.9 percent in March, the lowest rate since 2001. The mayor said the city would hire 200 teachers.";
        var model = QuoteExtract.Claims.CheckWorthinessModel.Default!;
        var claims = QuoteExtractor.Default.Extract(text).Claims;
        claims.Should().NotBeEmpty();
        foreach (var c in claims)
            c.CheckWorthiness.Should().BeApproximately(Math.Round(QuoteExtract.Claims.CheckWorthinessModel.Percentile(model.Score(c.Text)), 3), 1e-9);
    }

    [Fact]
    public void A_custom_check_worthiness_scorer_is_used_as_given()
    {
        var extractor = new QuoteExtractorBuilder().WithOptions(ExtractorOptions.Default with { CheckWorthiness = s => s.Length > 40 ? 0.75 : 0.25 }).Build();
        var claims = extractor.Extract("Unemployment fell to 3.9 percent in March, the lowest rate since 2001. The mayor said the city would hire 200 teachers.").Claims;
        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(c => c.CheckWorthiness == (c.Text.Length > 40 ? 0.75 : 0.25));
    }
}
