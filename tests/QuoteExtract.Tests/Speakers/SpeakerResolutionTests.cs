namespace QuoteExtract.Tests.Speakers;

/// <summary>Speaker kinds, names and titles, and coreference of speaker mentions within a document.</summary>
public class SpeakerResolutionTests
{
    // Speakers of every attribution type ("Farmers fear …" is a belief).
    private static readonly QuoteExtractor s_all = new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.All).Build();

    private static ExtractionResult Extract(string text) => s_all.Extract(text);

    private static Speaker SoleSpeaker(ExtractionResult r)
    {
        r.Quotes.Should().ContainSingle();
        r.Speakers.Should().ContainSingle();
        var s = r.SpeakerOf(r.Quotes[0]);
        s.Should().NotBeNull();
        return s!;
    }

    // ---- Kinds ---------------------------------------------------------------------------------

    [Fact]
    public void Named_person_without_a_title()
    {
        var s = SoleSpeaker(Extract("Ann Lee said the talks had collapsed overnight."));
        s.Kind.Should().Be(SpeakerKind.Person);
        s.Name.Should().Be("Ann Lee");
        s.Titles.Should().BeEmpty();
        s.Mentions.Select(m => m.Text).Should().Equal("Ann Lee");
    }

    [Theory]
    [InlineData("Finance Minister Ann Lee said the budget would be balanced by next year.", "Ann Lee", "Finance Minister")]
    [InlineData("Ruritania’s President Ann Lee said the border would reopen in May.", "Ann Lee", "Ruritania’s President")]
    [InlineData("The bridge will stay closed until the spring, said Mayor Tom Baker.", "Tom Baker", "Mayor")]
    [InlineData("Mr. Tom Baker said the talks had failed.", "Tom Baker", "Mr.")]
    public void Titled_person_keeps_the_title_apart_from_the_name(string text, string name, string title)
    {
        var s = SoleSpeaker(Extract(text));
        s.Kind.Should().Be(SpeakerKind.Person);
        s.Name.Should().Be(name);
        s.Titles.Should().Equal(title);
    }

    [Theory]
    [InlineData("The bridge will stay closed until the spring, said the mayor.", "mayor")]
    [InlineData("According to the port director, the ships will be inspected twice a week.", "port director")]
    public void Title_alone_is_a_person(string text, string name)
    {
        var s = SoleSpeaker(Extract(text));
        s.Kind.Should().Be(SpeakerKind.Person);
        s.Name.Should().Be(name);
    }

    [Fact]
    public void Appositive_title_is_kept()
    {
        var s = SoleSpeaker(Extract("“The budget will balance,” Ann Lee, the finance minister, said."));
        s.Name.Should().Be("Ann Lee");
        s.Kind.Should().Be(SpeakerKind.Person);
        s.Titles.Should().Equal("the finance minister");
        s.Mentions.Select(m => m.Text).Should().Equal("Ann Lee");
    }

    [Fact]
    public void Appositive_title_after_an_inverted_speaker_is_kept()
    {
        var s = SoleSpeaker(Extract("“The talks will resume,” said Ann Lee, a spokeswoman for the ministry."));
        s.Name.Should().Be("Ann Lee");
        s.Titles.Should().Contain("a spokeswoman for the ministry");
    }

    [Fact]
    public void Spokesman_for_an_organization_is_a_person()
    {
        const string text = "A spokesman for the finance ministry said the figures were accurate.";
        var r = Extract(text);
        var q = r.Quotes.Should().ContainSingle().Subject;
        q.SpeakerMention!.Text.Should().Be("A spokesman for the finance ministry");
        r.SpeakerOf(q)!.Kind.Should().Be(SpeakerKind.Person);
    }

    [Theory]
    [InlineData("The border will reopen in May, the interior ministry said.", "interior ministry", "the interior ministry")]
    [InlineData("The White House said the vote would be delayed.", "White House", "The White House")]
    [InlineData("The exercise will go ahead, the Pentagon said.", "Pentagon", "the Pentagon")]
    [InlineData("Prices will keep rising, the central bank said.", "central bank", "the central bank")]
    [InlineData("The council announced that the library would close for repairs in July.", "council", "The council")]
    public void Organization_speakers(string text, string name, string mention)
    {
        var r = Extract(text);
        r.Quotes.Should().ContainSingle();
        var s = r.SpeakerOf(r.Quotes[0])!;
        s.Kind.Should().Be(SpeakerKind.Organization);
        s.Name.Should().Be(name);
        s.Mentions[0].Text.Should().Be(mention);
    }

    [Fact]
    public void Single_word_organization_is_not_mentioned_twice()
    {
        var r = Extract("The Pentagon said the exercise would go ahead. The Pentagon later said it had been postponed.");
        r.Quotes.Should().HaveCount(2);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Mentions.Select(m => m.Text).Should().Equal("The Pentagon", "The Pentagon");
    }

    [Theory]
    [InlineData("The vote will be delayed, officials said.", "officials")]
    [InlineData("The currency will weaken further, analysts said.", "analysts")]
    [InlineData("The plan will raise rents, critics say.", "critics")]
    [InlineData("The plan is unfair, Ruritanian officials and pro-government media said.", "Ruritanian officials and pro-government media")]
    [InlineData("The plan should be scrapped, 73 percent said.", "73 percent")]
    [InlineData("Local residents said the road was unsafe.", "Local residents")]
    public void Group_speakers(string text, string name)
    {
        var s = SoleSpeaker(Extract(text));
        s.Kind.Should().Be(SpeakerKind.Group);
        s.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Officials said the road would be repaired.")]
    [InlineData("Analysts say the currency will weaken further this year.")]
    [InlineData("Farmers fear the drought will wipe out this year's harvest.")]
    public void Sentence_initial_group_noun_is_a_group(string text) =>
        SoleSpeaker(Extract(text)).Kind.Should().Be(SpeakerKind.Group);

    [Theory]
    [InlineData("Baker said the talks had failed.", "Baker")]
    [InlineData("SMITH: We will never agree to that deal.", "SMITH")]
    public void Bare_surname_with_nothing_else_known_is_unknown(string text, string name)
    {
        var s = SoleSpeaker(Extract(text));
        s.Kind.Should().Be(SpeakerKind.Unknown);
        s.Name.Should().Be(name);
    }

    // ---- Pronouns ------------------------------------------------------------------------------

    [Theory]
    [InlineData("Mrs. Ann Lee said the talks had failed. Mr. Tom Baker said they had not. She said the two sides would meet again.", "Ann Lee")]
    [InlineData("Mr. Tom Baker said the talks had failed. Mrs. Ann Lee said they had not. He said the two sides would meet again.", "Tom Baker")]
    [InlineData("Spokeswoman Ann Lee said the talks had failed. Mr. Tom Baker said they had not. She said the two sides would meet again.", "Ann Lee")]
    public void Gendered_pronoun_skips_the_latest_speaker_of_the_other_gender(string text, string name)
    {
        var r = Extract(text);
        r.Quotes.Should().HaveCount(3);
        r.Speakers.Should().HaveCount(2);
        var q = r.Quotes[2];
        q.SpeakerMention!.Text.Should().BeOneOf("She", "He");
        r.SpeakerOf(q)!.Name.Should().Be(name);
        r.SpeakerOf(q)!.Id.Should().Be(r.Quotes[0].SpeakerId);
    }

    [Fact]
    public void Pronoun_goes_to_the_last_speaker_not_to_a_name_merely_mentioned()
    {
        const string text =
            "A ministry spokeswoman said the talks had failed. Tom Baker, the chief negotiator, arrived later. " +
            "She said the two sides would meet again.";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        r.Speakers.Should().ContainSingle();
        r.Quotes[1].SpeakerId.Should().Be(r.Quotes[0].SpeakerId);
        r.Speakers[0].Mentions.Select(m => m.Text).Should().Equal("A ministry spokeswoman", "She");
    }

    [Fact]
    public void They_resolves_to_a_group()
    {
        var r = Extract("Local officials said the road would be repaired. They said work would begin in June.");
        r.Quotes.Should().HaveCount(2);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Kind.Should().Be(SpeakerKind.Group);
        s.Name.Should().Be("Local officials");
        s.Mentions.Select(m => m.Text).Should().Equal("Local officials", "They");
        r.Quotes.Should().AllSatisfy(q => q.SpeakerId.Should().Be(s.Id));
    }

    [Theory]
    [InlineData("The interior ministry said the border would reopen. They said extra guards would be deployed.", "interior ministry", "They")]
    [InlineData("The interior ministry said the border would reopen. It said extra guards would be deployed.", "interior ministry", "It")]
    [InlineData("The White House said the vote would be delayed. It said lawmakers needed more time.", "White House", "It")]
    public void They_or_it_resolves_to_an_organization(string text, string name, string pronoun)
    {
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Kind.Should().Be(SpeakerKind.Organization);
        s.Name.Should().Be(name);
        r.Quotes[1].SpeakerMention!.Text.Should().Be(pronoun);
        r.Quotes[1].SpeakerId.Should().Be(s.Id);
    }

    // ---- Names, titles and short forms ---------------------------------------------------------

    [Theory]
    [InlineData("Finance Minister Ann Lee said the budget would be balanced by next year. Lee said the deficit would shrink in the autumn.")]
    [InlineData("Finance Minister Ann Lee said the budget would be balanced by next year.\n\nLee said the deficit would shrink in the autumn.")]
    public void Surname_resolves_to_the_full_name_in_the_same_or_a_later_paragraph(string text)
    {
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Name.Should().Be("Ann Lee");
        s.Titles.Should().Equal("Finance Minister");
        s.Mentions.Select(m => m.Text).Should().Equal("Finance Minister Ann Lee", "Lee");
    }

    [Fact]
    public void Surname_first_then_full_name_gives_one_speaker_named_by_the_full_name()
    {
        var r = Extract("Lee said the budget would be balanced. Finance Minister Ann Lee said taxes would not rise.");
        r.Quotes.Should().HaveCount(2);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Name.Should().Be("Ann Lee");
        s.Kind.Should().Be(SpeakerKind.Person);
        r.Quotes.Should().AllSatisfy(q => q.SpeakerId.Should().Be(s.Id));
    }

    [Fact]
    public void Full_name_introduced_outside_a_quote_names_a_later_titled_surname()
    {
        var r = Extract("Mr. Baker said the talks had failed.\n\nTom Baker has led the team since May.");
        var s = SoleSpeaker(r);
        s.Name.Should().Be("Tom Baker");
        s.Titles.Should().Equal("Mr.");
        s.Mentions.Select(m => m.Text).Should().Equal("Mr. Baker", "Tom Baker");
    }

    [Fact]
    public void Title_only_mention_resolves_to_the_titled_person()
    {
        var r = Extract("Finance Minister Ann Lee said the budget would be balanced by next year. The minister said taxes would not rise.");
        r.Quotes.Should().HaveCount(2);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Name.Should().Be("Ann Lee");
        s.Mentions.Select(m => m.Text).Should().Equal("Finance Minister Ann Lee", "The minister");
        r.Quotes[1].SpeakerId.Should().Be(s.Id);
    }

    [Theory]
    [InlineData("The finance ministry said the budget would be balanced. The ministry said taxes would not rise.")]
    [InlineData("“The border will reopen,” the finance ministry said. “Trade will resume,” the ministry added.")]
    public void Organization_short_form_resolves_to_the_full_organization(string text)
    {
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Name.Should().Be("finance ministry");
        s.Kind.Should().Be(SpeakerKind.Organization);
        r.Quotes[1].SpeakerId.Should().Be(s.Id);
    }

    // ---- Relative pronouns ---------------------------------------------------------------------

    [Fact]
    public void Who_said_resolves_to_the_name_before_it()
    {
        const string text = "The plan drew criticism from Ann Lee, who said it would raise taxes.";
        var r = Extract(text);
        var q = r.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("it would raise taxes");
        q.SpeakerMention!.Text.Should().Be("who");
        var s = r.SpeakerOf(q)!;
        s.Name.Should().Be("Ann Lee");
        s.Kind.Should().Be(SpeakerKind.Person);
        s.Mentions.Select(m => m.Text).Should().Equal("Ann Lee", "who");
    }

    [Fact]
    public void Who_added_after_an_inverted_speaker_is_its_own_quote()
    {
        const string text = "The budget will be balanced by next year, said Ann Lee, who added that taxes would not rise.";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        r.Quotes[1].Text.Should().Be("that taxes would not rise");
        r.Quotes[1].Cue!.Text.Should().Be("added");
        r.Quotes[1].SpeakerId.Should().Be(r.Quotes[0].SpeakerId);
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be("Ann Lee");
    }

    // ---- One entity, all its mentions ----------------------------------------------------------

    [Fact]
    public void One_speaker_per_entity_collects_every_mention_in_text_order()
    {
        const string text =
            "Finance Minister Ann Lee said the budget would be balanced by next year. The minister said taxes would not rise.\n\n" +
            "The deficit will shrink, Lee said.\n\n" +
            "Spending on schools will grow, she added.";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(4);
        var s = r.Speakers.Should().ContainSingle().Subject;
        s.Id.Should().Be("s1");
        s.Name.Should().Be("Ann Lee");
        s.Kind.Should().Be(SpeakerKind.Person);
        s.Mentions.Select(m => m.Text).Should().Equal("Finance Minister Ann Lee", "The minister", "Lee", "she");
        s.Mentions.Should().BeInAscendingOrder(m => m.Span.Start);
        foreach (var m in s.Mentions) text[m.Span.Start..m.Span.End].Should().Be(m.Text);
        r.Quotes.Should().AllSatisfy(q => q.SpeakerId.Should().Be("s1"));
    }

    [Fact]
    public void Distinct_entities_get_distinct_speakers_numbered_by_first_mention()
    {
        const string text =
            "Prices will keep rising, the central bank said.\n\n" +
            "Finance Minister Ann Lee said the budget would be balanced.\n\n" +
            "The currency will weaken further, analysts said.\n\n" +
            "Lee said taxes would not rise.";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(4);
        r.Speakers.Select(s => (s.Id, s.Name, s.Kind)).Should().Equal(
            ("s1", "central bank", SpeakerKind.Organization),
            ("s2", "Ann Lee", SpeakerKind.Person),
            ("s3", "analysts", SpeakerKind.Group));
        r.Quotes.Select(q => q.SpeakerId).Should().Equal("s1", "s2", "s3", "s2");
    }
}
