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
    public void A_claim_is_scored_in_its_context_the_sentence_before_and_its_turn()
    {
        // Alone, a claim has no sentence before it and is a turn of one: the model's score of its tokens in that context.
        const string claim = "Unemployment has fallen to 3.9 percent in March, the lowest rate since 2001.";
        var model = QuoteExtract.Claims.CheckWorthinessModel.Default!;
        var doc = QuoteExtract.Claims.CheckWorthinessFeatures.Sentence(claim);
        double expected = QuoteExtract.Claims.CheckWorthinessModel.Percentile(
            model.Score(doc, 0, doc.Tokens.Length - 1, new QuoteExtract.Claims.CheckWorthinessContext(null, 0, 1, 0)));
        var alone = Extract(claim).Claims.Single();
        alone.CheckWorthiness.Should().BeApproximately(Math.Round(expected, 3), 1e-9);

        // After two sentences of the article's own voice: the sentence before is the second, the turn is the article's three.
        var inParagraph = Extract("Thank you all for coming tonight. It is good to be back. " + claim).Claims.Single();
        inParagraph.Text.Should().Be(alone.Text);
        var before = QuoteExtract.Claims.CheckWorthinessFeatures.Sentence("It is good to be back.");
        var context = new QuoteExtract.Claims.CheckWorthinessContext(
            QuoteExtract.Claims.CheckWorthinessFeatures.Summarize(before, 0, before.Tokens.Length), TurnIndex: 2, TurnLength: 3, TurnNumberShare: 0);
        inParagraph.CheckWorthiness.Should().BeApproximately(Math.Round(QuoteExtract.Claims.CheckWorthinessModel.Percentile(model.Score(doc, 0, doc.Tokens.Length - 1, context)), 3), 1e-9);
        model.Score(doc, 0, doc.Tokens.Length - 1, context).Should().NotBe(model.Score(doc, 0, doc.Tokens.Length - 1, new QuoteExtract.Claims.CheckWorthinessContext(null, 0, 1, 0)));
    }

    [Fact]
    public void In_the_seed_article_the_detention_count_and_the_casualty_figure_rank_above_opinions()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_329f24a8b1ceea21.txt"));
        var claims = Extract(text).Claims;
        var ranked = claims.OrderByDescending(c => c.CheckWorthiness).ToList();
        var detained = claims.Single(c => c.Text.Contains("8,000 people had been detained", StringComparison.Ordinal));
        var killed = claims.Single(c => c.Text.Contains("have been killed", StringComparison.Ordinal));
        // The figures a fact-checker would check first: among the top quarter of the article's claims.
        ranked.IndexOf(detained).Should().BeLessThan(claims.Count / 4 + 1);
        ranked.IndexOf(killed).Should().BeLessThan(claims.Count / 4 + 1);
        // Peskov's view of social networks and what "the task" is: opinions, below both figures.
        var opinions = claims.Where(c => c.Text.Contains("good and harmful", StringComparison.Ordinal) || c.Text.Contains("The task is", StringComparison.Ordinal)).ToList();
        opinions.Should().HaveCount(2);
        foreach (var o in opinions)
        {
            o.CheckWorthiness.Should().BeLessThan(detained.CheckWorthiness, because: $"'{o.Text}' is an opinion");
            o.CheckWorthiness.Should().BeLessThan(killed.CheckWorthiness, because: $"'{o.Text}' is an opinion");
        }
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
