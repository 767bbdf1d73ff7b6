namespace QuoteExtract.Tests.Attribution;

/// <summary>
/// Attribution types (docs/attribution-types.md): the cue's sense in its clause decides speech, belief, knowledge,
/// intention, act or no attribution at all; the default output is speech.
/// </summary>
public class AttributionTypeTests
{
    private static readonly QuoteExtractor s_all = new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.All).Build();
    private static readonly QuoteExtractor s_rulesAll = new QuoteExtractorBuilder().RulesOnly().WithAttributionTypes(AttributionTypes.All).Build();

    // The type of the one attribution the rules find in the sentence, whatever the model would keep.
    private static Quote Only(string text) => s_rulesAll.Extract(text).Quotes.Should().ContainSingle().Subject;

    // Item 3 of the issue: the same word in two frames. The first of each pair attributes, the second attributes nothing.
    [Theory]
    [InlineData("The embassy denied that it had refused the visas.", "The embassy denied visas to the team.")]
    [InlineData("The ministry denied the report.", "The embassy denied him entry to the country.")]
    [InlineData("The mayor called for a ceasefire.", "She called the police.")]
    [InlineData("The senator called the vote a disgrace.", "She called the police.")]
    [InlineData("The club offered condolences to the family.", "The club offered discounts to students.")]
    [InlineData("The defender conceded that the goal was deserved.", "The defender conceded a penalty.")]
    [InlineData("Officers questioned whether the driver had been drinking.", "Officers questioned a neighbour.")]
    public void A_verb_of_saying_reports_in_one_frame_and_nothing_in_the_other(string attributes, string nothing)
    {
        var q = Only(attributes);
        q.Type.Should().Be(AttributionType.Speech);
        s_all.Extract(nothing).Quotes.Should().BeEmpty();
        s_rulesAll.Extract(nothing).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Found_that_is_knowledge_and_found_a_thing_so_is_nothing()
    {
        Only("The inspectors found that the plant was unsafe.").Type.Should().Be(AttributionType.Knowledge);
        s_rulesAll.Extract("The inspectors found the plant shut.").Quotes.Should().BeEmpty();
    }

    // A verb of judgment takes what it judges as its object: no that-clause needed.
    [Theory]
    [InlineData("The lawmaker criticized the role of social media.", "the role of social media")]
    [InlineData("The minister blamed the West for the unrest.", "the West for the unrest")]
    [InlineData("The union condemned the closure of the plant.", "the closure of the plant")]
    public void A_judgment_voiced_in_public_is_speech_about_its_object(string text, string content)
    {
        var q = Only(text);
        q.Type.Should().Be(AttributionType.Speech);
        q.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The mayor said the bridge would reopen in May.", AttributionType.Speech)]
    [InlineData("The mayor urged residents to stay indoors.", AttributionType.Speech)]
    [InlineData("According to the ministry, the talks failed.", AttributionType.Speech)]
    [InlineData("The coach believes the team can win the league.", AttributionType.Belief)]
    [InlineData("The opposition leader fears that the vote will be delayed.", AttributionType.Belief)]
    [InlineData("Four in 10 voters see the campaign of the mayor as most unfair.", AttributionType.Belief)]
    [InlineData("The auditors learned that the money had been moved.", AttributionType.Knowledge)]
    [InlineData("A new survey shows that most residents oppose the toll.", AttributionType.Knowledge)]
    [InlineData("The company plans to build a second factory.", AttributionType.Intention)]
    [InlineData("The coach hopes to sign two new players.", AttributionType.Intention)]
    [InlineData("The governor signed the order on Tuesday.", AttributionType.Act)]
    public void Every_type_from_the_cue_in_its_frame(string text, AttributionType type) => Only(text).Type.Should().Be(type);

    [Fact]
    public void Every_direct_quote_with_a_source_is_speech()
    {
        var q = s_all.Extract("The mayor told reporters “We will rebuild.”").Quotes.Should().ContainSingle().Subject;
        q.Type.Should().Be(AttributionType.Speech);
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Text.Should().Be("We will rebuild.");
    }

    [Fact]
    public void A_continuation_takes_the_type_of_the_quote_it_continues()
    {
        var quotes = s_all.Extract("“The plan is sound,” the mayor said, “and it will pass.”").Quotes;
        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.Type == AttributionType.Speech);
        quotes[1].Continues.Should().Be(quotes[0].Id);
    }

    // Found by running other projects' published cases: words that are no cue must not propose reports.
    [Theory]
    [InlineData("Though seeming calm at first, the crowd grew angry.")]
    [InlineData("Officers did not name the driver.")]
    [InlineData("A truck passed them on the bridge.")]
    [InlineData("He wrote two novels.")]
    [InlineData("She spoke German fluently.")]
    [InlineData("They want an original take.")]
    public void Deeds_perceptions_and_plain_objects_are_no_quote(string text)
    {
        QuoteExtractor.Default.Extract(text).Quotes.Should().BeEmpty();
        new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().BeEmpty();
        s_rulesAll.Extract(text).Quotes.Should().NotContain(q => q.Type != AttributionType.Act);
    }

    [Fact]
    public void The_default_output_is_speech_and_the_options_choose_the_rest()
    {
        const string text = "The mayor said the bridge would reopen in May. The coach believes the team can win. The company plans to build a factory.";

        QuoteExtractor.Default.Options.AttributionTypes.Should().Be(AttributionTypes.Speech);
        QuoteExtractor.Default.Extract(text).Quotes.Should().ContainSingle().Which.Type.Should().Be(AttributionType.Speech);

        var all = s_all.Extract(text).Quotes.Select(q => q.Type).ToList();
        all.Should().BeEquivalentTo([AttributionType.Speech, AttributionType.Belief, AttributionType.Intention]);

        var beliefs = new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.Belief).Build().Extract(text).Quotes;
        beliefs.Should().ContainSingle().Which.Text.Should().Be("the team can win");
    }

    [Fact]
    public void Speakers_and_claims_follow_the_types_returned()
    {
        const string text = "The coach believes the team can win 12 of its 14 games this season.";

        var speech = QuoteExtractor.Default.Extract(text);
        speech.Quotes.Should().BeEmpty();
        speech.Speakers.Should().BeEmpty("only the speakers of returned quotes are listed");
        speech.Claims.Should().NotContain(c => c.ClaimantId != null, "a belief is held, not claimed");

        var all = s_all.Extract(text);
        all.Speakers.Should().ContainSingle().Which.Name.Should().Be("coach");
        all.Claims.Should().NotContain(c => c.QuoteId != null, "claims come from speech and the article's own voice");
    }

    [Theory]
    [InlineData(AttributionTypes.None)]
    [InlineData((AttributionTypes)64)]
    public void The_builder_refuses_an_empty_or_unknown_set_of_types(AttributionTypes types)
    {
        var act = () => new QuoteExtractorBuilder().WithAttributionTypes(types);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
