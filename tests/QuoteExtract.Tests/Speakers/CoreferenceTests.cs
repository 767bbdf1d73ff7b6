using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Speakers;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Speakers;

/// <summary>
/// The coreference component (Speakers/): each class of wrong speaker name the resolver was built against, on sentences
/// written for the test.
/// </summary>
public class CoreferenceTests
{
    private static readonly QuoteExtractor s_speech = QuoteExtractor.Default;
    private static readonly QuoteExtractor s_all = new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.All).Build();

    private static Speaker? SpeakerOf(ExtractionResult r, string quoteText)
    {
        var q = r.Quotes.Single(q => q.Text.Contains(quoteText, StringComparison.Ordinal));
        return r.SpeakerOf(q);
    }

    // ---- Pronouns ------------------------------------------------------------------------------

    [Fact]
    public void A_pronoun_finds_a_person_the_narrative_named_after_the_last_speaker()
    {
        var r = s_speech.Extract("\"The plan is dead,\" Ann Lee said. Later that day, the committee heard from Tom Baker, a farmer from the valley. "
            + "He said the water \"has never been this low.\"");
        SpeakerOf(r, "never been this low")!.Name.Should().Be("Tom Baker");
        SpeakerOf(r, "The plan is dead")!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_pronoun_with_no_person_before_it_stays_unresolved_rather_than_join_a_junk_phrase()
    {
        var r = s_all.Extract("A photo released on Monday shows that the dam had broken. \"Nobody warned us,\" he said.");
        var q = r.Quotes.Single(q => q.Text.Contains("Nobody warned us", StringComparison.Ordinal));
        q.SpeakerMention!.Text.Should().Be("he");
        r.SpeakerOf(q).Should().BeNull("a photo is no one a pronoun can stand for");
    }

    [Fact]
    public void Gender_comes_from_a_name_or_from_consistent_pronouns_never_from_the_first_link_alone()
    {
        var state = new EntityState(0);
        state.Gender.Should().Be(Gender.Unknown);
        state.MalePronouns = 1;
        state.Gender.Should().Be(Gender.Unknown, "one link may be wrong and must not spread");
        state.MalePronouns = 2;
        state.Gender.Should().Be(Gender.Male);
        state.FemalePronouns = 1;
        state.Gender.Should().Be(Gender.Unknown, "the evidence disagrees");
        state.NameGender = Gender.Female;
        state.Gender.Should().Be(Gender.Female, "a first name or an honorific decides");
    }

    [Fact]
    public void A_first_name_gives_gender_so_the_pronoun_skips_a_nearer_person_of_the_other()
    {
        var r = s_speech.Extract("Maria Lopez chairs the board. Tom Baker, the treasurer, resigned on Friday. "
            + "She said the accounts \"are in perfect order.\"");
        SpeakerOf(r, "perfect order")!.Name.Should().Be("Maria Lopez");
    }

    [Fact]
    public void I_and_my_in_a_quote_are_its_speaker_even_before_the_speaker_is_named()
    {
        var r = s_speech.Extract("\"I will not resign,\" Tom Baker said. \"My record speaks for itself.\"");
        var baker = r.Speakers.Single();
        baker.Name.Should().Be("Tom Baker");
        baker.Mentions.Select(m => m.Text).Should().Equal("I", "Tom Baker", "My");
    }

    // ---- The phrase chosen as the speaker ------------------------------------------------------

    [Theory]
    [InlineData("Ann Lee's agent, Tom Baker, told reporters the deal \"is done and signed.\"", "Tom Baker", "Ann Lee's agent")]
    [InlineData("Tom Baker denied the charges. His lawyer, Zhang Wei, said the case \"is baseless.\"", "Zhang Wei", "His lawyer")]
    public void A_role_set_off_by_a_name_leaves_the_name_speaking(string text, string name, string title)
    {
        var r = s_speech.Extract(text);
        var speaker = r.Speakers.Single(s => s.Name == name);
        speaker.Kind.Should().Be(SpeakerKind.Person, "a role is a person's");
        speaker.Titles.Should().Contain(title);
        r.Quotes.Last().SpeakerId.Should().Be(speaker.Id);
    }

    [Theory]
    [InlineData("MARKETS: Stocks rose on Monday after the central bank said rates \"will stay low for years.\"")]
    [InlineData("ENERGY: Oil prices fell sharply as traders said demand \"looks weak this winter.\"")]
    public void An_all_caps_section_label_is_no_speaker_and_what_follows_it_no_quote(string text)
    {
        var r = s_speech.Extract(text);
        r.Speakers.Should().NotContain(s => s.Name.Equals("MARKETS", StringComparison.OrdinalIgnoreCase) || s.Name.Equals("ENERGY", StringComparison.OrdinalIgnoreCase));
        r.Quotes.Should().OnlyContain(q => q.SpeakerId != null, "the label's line is the report's own text");
    }

    [Fact]
    public void A_free_standing_quote_is_not_chained_to_the_previous_speaker_when_another_person_opens_a_sentence_between()
    {
        var r = s_speech.Extract("\"We will win this race easily,\" Ann Lee said. Tom Baker, her rival, disagreed with the forecast.\n\n"
            + "\"The numbers are not there for her at all this year, and everyone knows it.\"");
        var free = r.Quotes.Single(q => q.Text.StartsWith("The numbers", StringComparison.Ordinal));
        r.SpeakerOf(free)?.Name.Should().NotBe("Ann Lee");
        free.Continues.Should().BeNull();
    }

    [Fact]
    public void A_free_standing_quote_right_after_a_quote_of_the_same_speaker_continues_it()
    {
        var r = s_speech.Extract("\"We will win this race easily,\" Ann Lee said at the rally in Springfield.\n\n"
            + "\"The numbers are there for us this year, and everyone knows it.\"");
        var free = r.Quotes.Single(q => q.Text.StartsWith("The numbers", StringComparison.Ordinal));
        r.SpeakerOf(free)!.Name.Should().Be("Ann Lee");
    }

    // ---- Common nouns for organizations ---------------------------------------------------------

    [Theory]
    [InlineData("Acme Robotics said on Monday that profits fell. The company said the drop was \"temporary and expected.\"", "Acme Robotics")]
    [InlineData("The Department of Water Resources said the lake was low. The department said rationing \"is likely this summer.\"", "Department of Water Resources")]
    [InlineData("The Ministry of Health said the outbreak was contained. The ministry added that schools \"will reopen on Monday.\"", "Ministry of Health")]
    public void The_company_or_the_department_is_the_organization_named_before(string text, string name)
    {
        var r = s_speech.Extract(text);
        r.Speakers.Should().ContainSingle();
        r.Speakers[0].Name.Should().Be(name);
        r.Speakers[0].Kind.Should().Be(SpeakerKind.Organization);
        r.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.SpeakerId == r.Speakers[0].Id);
    }

    [Fact]
    public void An_acronym_in_brackets_names_the_organization_before_it()
    {
        var r = s_speech.Extract("The Public Health Agency of Canada (PHAC) said the risk \"is low.\" PHAC added that vaccines \"are safe.\"");
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be("Public Health Agency of Canada");
        r.Speakers[0].Mentions.Select(m => m.Text).Should().Contain("PHAC");
    }

    // ---- Partial names --------------------------------------------------------------------------

    [Theory]
    [InlineData("Michael Grant, a teacher, said the school \"is failing its pupils.\" Michael added that \"nobody listens to us.\"", "Michael Grant")]
    [InlineData("Wang Lei, a trader in Shanghai, said prices \"will fall soon.\" Wang said the market \"is nervous.\"", "Wang Lei")]
    [InlineData("Jens Otto Berg wrote the report. Otto Berg said it \"took six years.\" Berg added that \"it was worth it.\"", "Jens Otto Berg")]
    public void A_partial_name_by_any_of_its_words_joins_the_full_name(string text, string name)
    {
        var r = s_speech.Extract(text);
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be(name);
        r.Quotes.Should().OnlyContain(q => q.SpeakerId == r.Speakers[0].Id);
    }

    [Fact]
    public void The_name_is_the_person_and_what_follows_at_is_an_affiliation()
    {
        var r = s_speech.Extract("Dana Reyes at the University of Ottawa said the data \"are clear.\" Reyes said more work \"is needed.\"");
        r.Speakers.Should().ContainSingle();
        var reyes = r.Speakers[0];
        reyes.Name.Should().Be("Dana Reyes");
        reyes.Kind.Should().Be(SpeakerKind.Person);
        reyes.Titles.Should().ContainSingle(t => t.Contains("University of Ottawa"));
        r.Quotes.Should().OnlyContain(q => q.SpeakerId == reyes.Id);
    }

    [Theory]
    [InlineData("Mr. March said the vote \"was fair and open.\"", "March")]
    [InlineData("John Major said the treaty \"is a mistake.\"", "John Major")]
    [InlineData("Sharon Street said the argument \"does not hold.\" Street added that \"the premise is false.\"", "Sharon Street")]
    public void A_month_after_an_honorific_a_title_word_or_a_street_after_a_first_name_are_names(string text, string name)
    {
        var r = s_speech.Extract(text);
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be(name);
        r.Speakers[0].Kind.Should().Be(SpeakerKind.Person);
    }

    [Fact]
    public void Two_people_who_share_a_surname_stay_apart()
    {
        var r = s_speech.Extract("Ann Lee said the plan \"will work.\" Her brother, Tom Lee, said it \"will fail.\" "
            + "Ann Lee later added that \"the plan is sound.\"");
        r.Speakers.Select(s => s.Name).Should().BeEquivalentTo("Ann Lee", "Tom Lee");
        SpeakerOf(r, "will fail")!.Name.Should().Be("Tom Lee");
        SpeakerOf(r, "the plan is sound")!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_thing_named_after_a_person_does_not_take_the_persons_name()
    {
        var r = s_speech.Extract("George Hale opened the George Hale Bridge in 1990. Hale said the bridge \"will outlast us all.\"");
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be("George Hale");
    }

    // ---- Roles ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("Prime Minister Ann Lee said the talks \"will resume.\" The prime minister said she was \"optimistic about it.\"", "Ann Lee")]
    [InlineData("Tom Baker, the veteran goalkeeper, said the team \"is ready.\" The veteran goalkeeper added that \"we are not afraid.\"", "Tom Baker")]
    [InlineData("Ann Lee is the mayor of Springfield. The mayor said the bridge \"will reopen in May.\"", "Ann Lee")]
    public void A_role_phrase_is_the_person_holding_that_role(string text, string name)
    {
        var r = s_speech.Extract(text);
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be(name);
        r.Quotes.Should().OnlyContain(q => q.SpeakerId == r.Speakers[0].Id);
    }

    [Fact]
    public void A_role_introduced_before_the_name_is_named_by_it_a_little_later()
    {
        var r = s_speech.Extract("A Calgary teacher says the new curriculum \"is a mess.\" Claire Moreau, who has taught for 20 years, said it \"ignores reading.\"");
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be("Claire Moreau");
    }

    [Fact]
    public void Titles_come_only_from_the_entitys_own_mentions()
    {
        var r = s_speech.Extract("Finance Minister Ann Lee said the budget \"is balanced.\" Tom Baker said it \"is not.\"");
        r.Speakers.Single(s => s.Name == "Tom Baker").Titles.Should().BeEmpty();
        r.Speakers.Single(s => s.Name == "Ann Lee").Titles.Should().Equal("Finance Minister");
    }

    // ---- Groups and the document's own voice ----------------------------------------------------

    [Fact]
    public void Coordinated_speakers_are_a_group_that_lists_both_members()
    {
        var r = s_speech.Extract("Ann Lee and Tom Baker said the deal \"is fair to both sides.\"");
        var group = r.SpeakerOf(r.Quotes.Single())!;
        group.Kind.Should().Be(SpeakerKind.Group);
        group.Name.Should().Be("Ann Lee and Tom Baker");
        group.Members.Select(id => r.Speakers.Single(s => s.Id == id).Name).Should().Equal("Ann Lee", "Tom Baker");
    }

    [Theory]
    [InlineData("By Dana Reyes\n\nI have covered this city for ten years. I said last week that the mayor \"has lost the plot.\"")]
    [InlineData("Hi, I'm Dana Reyes. Last week I said that the mayor \"has lost the plot.\"")]
    [InlineData("Dear editor,\n\nLast week I said that the mayor \"has lost the plot.\"\n\nYours sincerely,\n\nDana Reyes")]
    public void The_first_person_outside_quotes_is_the_author_named_by_a_byline_an_introduction_or_a_signature(string text)
    {
        var r = s_speech.Extract(text);
        var q = r.Quotes.Single();
        q.SpeakerMention!.Text.Should().Be("I");
        r.SpeakerOf(q)!.Name.Should().Be("Dana Reyes");
        r.SpeakerOf(q)!.Mentions.Count(m => m.Text == "Dana Reyes").Should().Be(1, "the name is one mention, read once");
    }

    [Fact]
    public void A_work_speaks_for_its_owner()
    {
        var r = s_speech.Extract("Ann Lee's report says the river \"is poisoned by the mine.\"");
        r.SpeakerOf(r.Quotes.Single())!.Name.Should().Be("Ann Lee");
        r.SpeakerOf(r.Quotes.Single())!.Mentions.Select(m => m.Text).Should().NotContain("mine", "\"the mine\" is a noun");
    }

    // ---- A resolver reused ------------------------------------------------------------------------

    [Fact]
    public void A_resolver_used_for_another_document_before_finds_the_same_entities()
    {
        const string first = "Ann Lee, the mayor, said the plan \"is fine.\" Lee added that \"it works.\" She left early.\n\nThe Interior Ministry declined. The ministry said nothing.";
        const string other = "Tom Baker of the Public Health Agency of Canada (PHAC) said \"no.\" Baker, a lawyer, left. PHAC agreed with him.";
        static string[] Entities(string text) =>
            [.. QuoteExtractor.Default.Analyze(text).Entities.Select(e => $"{e.Name}|{e.Kind}|{e.Gender}|{string.Join(",", e.Mentions.Select(m => m.Span))}|{string.Join(",", e.Titles)}")];
        var before = Entities(first);
        var otherEntities = Entities(other);
        var after = Entities(first);
        before.Should().Contain(e => e.StartsWith("Ann Lee|", StringComparison.Ordinal));
        otherEntities.Should().Contain(e => e.StartsWith("Tom Baker|", StringComparison.Ordinal));
        after.Should().Equal(before);
    }

    // ---- Bounded work ---------------------------------------------------------------------------

    [Fact]
    public void Work_per_mention_stays_bounded_when_thousands_of_people_share_a_surname()
    {
        static double WorkPerMention(int people)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < people; i++)
                sb.Append("Person").Append(Letters(i)).Append(" Lee, the deputy mayor, said the plan \"is fine.\" Lee added that \"it works.\"\n\n");
            var doc = QuoteExtractor.Default.Analyze(sb.ToString());
            doc.Entities.Clear();
            using var resolver = CoreferenceResolver.For(doc);
            var mentions = MentionCollector.Collect(doc);
            foreach (var c in mentions) resolver.Resolve(c.Mention, c.Attribution >= 0, -1, c.Subject);
            mentions.Count.Should().BeGreaterThan(people * 2);
            return (double)resolver.Comparisons / mentions.Count;
        }
        double small = WorkPerMention(100), large = WorkPerMention(2000);
        large.Should().BeLessThan(small * 2 + 5, "each lookup reads a bounded window of candidates, however many share the surname");
    }

    // "Abc", "Abd", …: distinct first names made of letters.
    private static string Letters(int i)
    {
        var chars = new char[4];
        for (int k = 3; k >= 0; k--) { chars[k] = (char)('a' + i % 26); i /= 26; }
        return new string(chars);
    }
}
