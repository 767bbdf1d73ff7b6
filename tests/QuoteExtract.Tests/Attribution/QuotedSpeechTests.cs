namespace QuoteExtract.Tests.Attribution;

public class QuotedSpeechTests
{
    private static ExtractionResult Extract(string text) => QuoteExtractor.Default.Extract(text);

    private static Quote Single(ExtractionResult r)
    {
        r.Quotes.Should().ContainSingle();
        return r.Quotes[0];
    }

    [Fact]
    public void Quote_then_speaker_then_cue()
    {
        const string text = "“We will win the vote,” Senator Jane Roe said on Tuesday.";
        var r = Extract(text);
        var q = Single(r);
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Text.Should().Be("We will win the vote,");
        text[q.Span.Start..q.Span.End].Should().Be(q.Text);
        q.Cue!.Text.Should().Be("said");
        q.SpeakerMention!.Text.Should().Be("Senator Jane Roe");
        var s = r.SpeakerOf(q)!;
        s.Name.Should().Be("Jane Roe");
        s.Titles.Should().Equal("Senator");
        s.Kind.Should().Be(SpeakerKind.Person);
    }

    [Fact]
    public void Quote_then_cue_then_speaker()
    {
        var r = Extract("“The bridge is safe,” said Mayor John Smith.");
        var q = Single(r);
        q.Cue!.Text.Should().Be("said");
        r.SpeakerOf(q)!.Name.Should().Be("John Smith");
        r.SpeakerOf(q)!.Titles.Should().Equal("Mayor");
    }

    [Theory]
    [InlineData("Jane Roe told reporters: “The budget is balanced.”", "told")]
    [InlineData("Jane Roe said, “The budget is balanced.”", "said")]
    [InlineData("Jane Roe wrote on Twitter: “The budget is balanced.”", "wrote")]
    public void Speaker_cue_then_quote(string text, string cue)
    {
        var r = Extract(text);
        var q = Single(r);
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Text.Should().Be("The budget is balanced.");
        q.Cue!.Text.Should().Be(cue);
        r.SpeakerOf(q)!.Name.Should().Be("Jane Roe");
    }

    // An audience between the cue and the opening mark belongs to neither the quote nor the speaker.
    [Theory]
    [InlineData("The mayor told reporters “We will rebuild.”", "The mayor", "told", "We will rebuild.")]
    [InlineData("Lee told CNN “We are not leaving.”", "Lee", "told", "We are not leaving.")]
    [InlineData("The mayor told reporters: “We will rebuild.”", "The mayor", "told", "We will rebuild.")]
    [InlineData("The governor warned residents “Stay indoors until the storm has passed.”", "The governor", "warned", "Stay indoors until the storm has passed.")]
    [InlineData("Ann Lee reminded the council members “The vote is on Friday.”", "Ann Lee", "reminded", "The vote is on Friday.")]
    [InlineData("The minister assured farmers “Nobody will lose their land.”", "The minister", "assured", "Nobody will lose their land.")]
    [InlineData("The coach told him “You are starting on Sunday.”", "The coach", "told", "You are starting on Sunday.")]
    [InlineData("The agency informed customers “Your accounts are safe.”", "The agency", "informed", "Your accounts are safe.")]
    [InlineData("The health minister urged parents “Keep your children at home this week.”", "The health minister", "urged", "Keep your children at home this week.")]
    public void An_audience_between_cue_and_quote_is_no_part_of_the_quote(string text, string speaker, string cue, string content)
    {
        foreach (var extractor in new[] { QuoteExtractor.Default, new QuoteExtractorBuilder().RulesOnly().Build() })
        {
            var r = extractor.Extract(text);
            var q = Single(r);
            q.Kind.Should().Be(QuoteKind.Direct);
            q.Text.Should().Be(content);
            text[q.Span.Start..q.Span.End].Should().Be(content);
            q.Cue!.Text.Should().Be(cue);
            q.SpeakerMention!.Text.Should().Be(speaker);
        }
    }

    [Theory]
    [InlineData("“It was deserved,” the driver told the television program “Morning Line” after the race.")]
    [InlineData("Ann Lee says she would call the envoy in and tell him “enough is enough” at the summit.")]
    [InlineData("“The harbor is safe,” the senator told WXYZ's “Harbor Morning Show.” “The bridge is not,” he added.")]
    public void A_title_or_a_fragment_after_an_audience_is_no_direct_quote_of_its_own(string text)
    {
        var r = Extract(text);
        r.Quotes.Should().NotContain(q => q.Kind == QuoteKind.Direct && (q.Text == "Morning Line" || q.Text == "enough is enough" || q.Text == "Harbor Morning Show."));
    }

    [Fact]
    public void Penn_Treebank_quote_marks_are_read_as_quotes()
    {
        const string text = "``We will rebuild the whole town,'' the mayor said. ``It is our duty to `stay' here.''";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        var q = r.Quotes[0];
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Text.Should().Be("We will rebuild the whole town,");
        text[q.Span.Start..q.Span.End].Should().Be(q.Text);
        q.Cue!.Text.Should().Be("said");
        q.SpeakerMention!.Text.Should().Be("the mayor");
        r.Quotes[1].Text.Should().Be("It is our duty to `stay' here.");
        r.Quotes[1].SpeakerId.Should().Be(q.SpeakerId);
    }

    [Fact]
    public void A_quote_over_a_hard_line_break_is_whole_and_attributed()
    {
        // Plain-text archive: lines wrapped at 64 characters, blank lines between paragraphs.
        const string text =
            "The city council voted on Tuesday to close the old harbor bridge\nfor at least two years. Engineers found cracks in three of its\n"
            + "supports during an inspection in March, and the repairs will\ncost more than the city had planned.\n\n"
            + "“We will rebuild the bridge, and we will do it properly this\ntime,” the mayor, Ann Lee, told reporters after the vote.\n"
            + "“Nobody in this town should have to wonder whether the road\nunder them will hold.”\n\n"
            + "Tom Berg, who runs a bakery near the bridge, said he expected to\nlose a third of his customers. “It is a hard time for all of\nus,” he said.";
        var r = Extract(text);
        var first = r.Quotes.Single(q => q.Text.StartsWith("We will rebuild", StringComparison.Ordinal));
        first.Text.Should().Be("We will rebuild the bridge, and we will do it properly this\ntime,");
        first.Kind.Should().Be(QuoteKind.Direct);
        first.Cue!.Text.Should().Be("told");
        var second = r.Quotes.Single(q => q.Text.StartsWith("Nobody", StringComparison.Ordinal));
        second.Text.Should().Be("Nobody in this town should have to wonder whether the road\nunder them will hold.");
        second.SpeakerId.Should().Be(first.SpeakerId);
        var berg = r.Quotes.Single(q => q.Text.StartsWith("It is a hard time", StringComparison.Ordinal));
        berg.Text.Should().Be("It is a hard time for all of\nus,");
        r.SpeakerOf(berg)!.Name.Should().Be("Tom Berg");
        foreach (var q in r.Quotes) text[q.Span.Start..q.Span.End].Should().Be(q.Text);

        // The same text unwrapped (each wrapping break a space: the same offsets) gives the same quotes.
        var unwrapped = System.Text.RegularExpressions.Regex.Replace(text, "(?<!\n)\n(?!\n)", " ");
        var u = Extract(unwrapped);
        static string Key(ExtractionResult res, Quote q) =>
            $"{q.Kind} {q.Span.Start}-{q.Span.End} {res.SpeakerOf(q)?.Name} {q.Cue?.Span.Start} {q.Continues is null}";
        r.Quotes.Select(q => Key(r, q)).Should().Equal(u.Quotes.Select(q => Key(u, q)));
    }

    [Fact]
    public void A_name_over_a_hard_line_break_is_one_name()
    {
        const string text =
            "The city council voted on Tuesday to close the old harbor bridge\nfor at least two years, a plan drawn up by the budget chief, Tom\n"
            + "Berg, and approved by seven of the nine members of the council\nafter a long debate that ran well past nine in the evening.\n\n"
            + "“The money is there, and it will be spent on the bridge,” Berg\nsaid after the vote. Several residents who came to the meeting\n"
            + "said they would go on protesting against the closure all winter.";
        var r = Extract(text);
        var q = r.Quotes.Single(q => q.Kind == QuoteKind.Direct);
        r.SpeakerOf(q)!.Name.Should().Be("Tom Berg");
    }

    [Fact]
    public void Split_quote_is_two_records_the_second_continuing_the_first()
    {
        var r = Extract("“The budget is balanced,” Jane Roe said, “and we will prove it in court.”");
        r.Quotes.Should().HaveCount(2);
        r.Quotes[1].Continues.Should().Be(r.Quotes[0].Id);
        r.Quotes[1].SpeakerId.Should().Be(r.Quotes[0].SpeakerId);
        r.Speakers.Should().ContainSingle().Which.Name.Should().Be("Jane Roe");
    }

    [Theory]
    [InlineData("Lee said the South has “treated me so well.” He touted his victories in three states.", "said", "Lee")]
    [InlineData("Ann Lee calls for credit reform, “to make the banks work for borrowers.” She does not offer further details.", "calls", "Ann Lee")]
    public void A_sentence_after_a_finished_quote_is_not_its_attribution(string text, string cue, string speaker)
    {
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        var q = r.Quotes.Single(q => q.Kind == QuoteKind.Mixed);
        q.Cue!.Text.Should().Be(cue);
        q.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("“Is this a priority for them?” Lee asked the two candidates.", "asked")]
    [InlineData("“We are done.” Lee said on Monday.", "said")]
    [InlineData("“Who would sue a gun dealer?” Lee asked rhetorically, shaking his head.", "asked")]
    public void A_bare_tail_after_a_finished_quote_still_attributes_it(string text, string cue)
    {
        var q = Single(Extract(text));
        q.Cue!.Text.Should().Be(cue);
        q.SpeakerMention!.Text.Should().Be("Lee");
    }

    [Theory]
    [InlineData("Tom Vane, a former spokesman for the mayor, said: “I have a searing memory of that night at the office.”", "said", "Tom Vane")]
    [InlineData("“Lee wants to be a tough guy tonight,” Price shot back.", "shot back", "Price")]
    [InlineData("Asked about it, Ann Lee cracked, “I'm a progressive who likes to get things done.”", "cracked", "Ann Lee")]
    // Tails of time and audience, and a closing mark with a space before it, keep the attribution.
    [InlineData("“If they were serious, they would have gone to the bill,” Toomey fumed on Tuesday.", "fumed", "Toomey")]
    [InlineData("“How do you control these banks when you owe them money?” Lee said to a crowd of about 500.", "said", "Lee")]
    [InlineData("''The reason he has been so successful is his coalitions, '' said Mr. Gunnels, who works on the campaign.", "said", "Mr. Gunnels")]
    public void Appositives_verbs_of_manner_and_tails_around_a_quote_name_its_speaker(string text, string cue, string speaker)
    {
        var q = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        q.Cue!.Text.Should().Be(cue);
        q.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Remarking upon the mayor's “genuine empathy,” Starr said, “Leave aside the unpleasantness, his empathy is clear.”", "Starr", "Leave aside the unpleasantness")]
    [InlineData("Minutes later, Murphy lamented the tasks his job entails: “There’s just a ton of busywork with this job,” he said.", "he", "There’s just a ton")]
    [InlineData("Boreing said the members will still meet, but said, “It’s time we change how we do it.”", "Boreing", "It’s time we change")]
    [InlineData("A White House official who spoke anonymously said Wednesday, “Certainly there are discussions with the campaign.”", "A White House official", "Certainly there are")]
    [InlineData("Fleming said, “We will keep the clinic open through the winter.”", "Fleming", "We will keep")]
    public void The_speaker_of_a_quote_is_read_past_openers_relative_clauses_and_names_ending_like_participles(string text, string speaker, string start)
    {
        var q = Extract(text).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        q.Text.Should().StartWith(start);
        q.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Fact]
    public void Three_apostrophes_close_an_inner_quote_and_the_doubled_outer_one()
    {
        const string text = "''Most voters will not be satisfied with 'We will bomb them,''' said Senator Ann Lee of Ohio.";
        var q = Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("Most voters will not be satisfied with 'We will bomb them,'");
        q.SpeakerMention!.Text.Should().StartWith("Senator Ann Lee");
    }

    [Fact]
    public void A_quoted_title_with_a_subtitle_is_no_transcript_turn()
    {
        var r = Extract("His book, “The Lees: Three Generations That Built an Empire,” sold well in the state.");
        r.Quotes.Should().NotContain(q => q.SpeakerMention != null && q.SpeakerMention.Text == "The Lees");
    }

    [Fact]
    public void A_cue_word_used_as_a_noun_before_a_quote_frames_it()
    {
        var q = Single(Extract("And the polling ahead of the vote “felt more like a push poll than a real survey,” Lee said."));
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().StartWith("the polling ahead of the vote");
    }

    [Theory]
    [InlineData("Lee did not mention any of his rivals by name, but told his supporters, “Our town is in horrible trouble.”", "Lee")]
    [InlineData("Back in 1999, Mr. Lee praised the governor's political skills, telling a radio host: “I wish I could be like him.”", "Mr. Lee")]
    public void A_second_verb_or_a_participle_speaks_for_the_sentence_subject_not_its_audience(string text, string speaker)
    {
        var r = Extract(text);
        r.Quotes.Single(q => q.Kind == QuoteKind.Direct).SpeakerMention!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_participle_telling_an_audience_reports_from_that_and_for_the_sentence_subject()
    {
        const string text = "The foundation did not want to address “that person,” telling Channel 5 that the group is focused on “ending senseless violence.”";
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        var q = r.Quotes.Single(q => q.Cue?.Text == "telling");
        q.Text.Should().StartWith("that the group is focused");
        q.SpeakerMention!.Text.Should().Be("The foundation");
    }

    [Theory]
    [InlineData("“The river used to be our back yard,” said Anna Berg, a director at the institute, “but it is a border now.”")]
    [InlineData("“The river used to be our back yard,” said Anna Berg, director of regional studies at the Northern Policy Institute in Oslo, “but it is a border now.”")]
    [InlineData("“The river used to be our back yard,” said Anna Berg, director of regional studies at the Northern Policy Institute in Oslo. “It is a border now.”")]
    public void A_long_appositive_after_the_speaker_does_not_cut_the_utterance_in_two(string text)
    {
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        r.Quotes[1].Continues.Should().Be(r.Quotes[0].Id);
        r.Quotes[1].SpeakerMention!.Text.Should().Be("Anna Berg");
    }

    [Fact]
    public void A_cue_inside_the_appositive_ends_it()
    {
        var r = Extract("“The river used to be our back yard,” said Anna Berg, who later told the council that the plan was flawed, “but it is a border now.”");
        r.Quotes.Where(q => q.Text.StartsWith("but it is")).Should().ContainSingle().Which.Continues.Should().NotBe("q1");
    }

    [Fact]
    public void A_quote_after_a_mixed_quote_goes_on_with_its_speaker_not_an_earlier_one()
    {
        const string text = "“The union is splitting,” said Mia Holt, a member of the council.\n\n"
            + "The tax plans are “deeply reckless,” said Tom Hale, a director of budget policy. “It just leaves people like me speechless. Those are his own allies.”";
        var r = Extract(text);
        var last = r.Quotes.Single(q => q.Text.StartsWith("It just leaves"));
        last.SpeakerMention!.Text.Should().Be("Tom Hale");
    }

    [Theory]
    [InlineData("“I respect the senator,” Jane Roe said, but “on energy he has always sided with the oil industry.”")]
    [InlineData("“We were floored,” Jane Roe said, and still “nobody at the agency expected the deal to collapse.”")]
    public void A_conjunction_after_the_cue_joins_the_next_quote_to_the_same_utterance(string text)
    {
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        r.Quotes[1].Continues.Should().Be(r.Quotes[0].Id);
        r.Quotes[1].SpeakerId.Should().Be(r.Quotes[0].SpeakerId);
        r.Quotes[1].Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void A_participle_after_a_quote_is_no_inverted_cue()
    {
        // "citing its audits" is not "said its audits": the quote belongs to the sentence's speaker.
        var r = Extract("Mayor Ann Lee said the fund was “fully transparent,” citing its audits on Wednesday.");
        r.Quotes.Should().NotContain(q => q.SpeakerMention != null && q.SpeakerMention.Text == "its audits");
        r.Quotes.Should().Contain(q => q.SpeakerMention != null && q.SpeakerMention.Text == "Mayor Ann Lee");
    }

    [Fact]
    public void A_clause_word_after_a_quote_opens_no_speaker()
    {
        var r = Extract("On Monday, the mayor said he was “glad to hear” that the board was replaced, according to the Gazette.");
        r.Quotes.Should().NotContain(q => q.SpeakerMention != null && q.SpeakerMention.Text.StartsWith("that", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_inside_a_reported_clause_keeps_its_speaker_and_ends_before_another_subject_and_cue()
    {
        const string text = "The mayor said that the plan was “a fair deal for all” in every district, Councilman Ray has argued since March.";
        var q = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.SpeakerMention!.Text.Should().Be("The mayor");
        q.Text.Should().Be("that the plan was “a fair deal for all” in every district");
    }

    [Fact]
    public void A_nearer_subject_and_cue_govern_the_quote_after_them()
    {
        const string text = "Critics said the gift was proper, while Judge Amari concluded that “refusing it would have been rude” to the donor.";
        // ("concluded" reports a finding: knowledge.)
        var q = new QuoteExtractorBuilder().RulesOnly().WithAttributionTypes(AttributionTypes.All).Build().Extract(text).Quotes
            .Should().ContainSingle(x => x.Kind == QuoteKind.Mixed).Subject;
        q.Type.Should().Be(AttributionType.Knowledge);
        q.SpeakerMention!.Text.Should().Be("Judge Amari");
        q.Cue!.Text.Should().Be("concluded");
        q.Text.Should().StartWith("that “refusing it would have been rude”");
    }

    [Fact]
    public void A_clause_holding_a_quote_ends_at_a_comma_inside_the_closing_mark_before_a_cue()
    {
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract("He later likened the hearing to “a long dental visit,” according to the clerk’s diary.");
        r.Quotes.Should().Contain(q => q.Cue!.Text == "likened" && q.Text == "the hearing to “a long dental visit,”");
    }

    [Fact]
    public void Follow_on_sentence_and_paragraph_inherit_the_speaker()
    {
        const string text =
            "“Prices are rising fast,” the central bank governor Maria Lopez said Monday. “We must act now.”\n\n" +
            "“Waiting would cost far more than acting, and everyone knows it.”";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(3);
        r.Quotes.Select(q => r.SpeakerOf(q)!.Name).Should().AllBe("Maria Lopez");
        r.Quotes[1].Continues.Should().Be("q1");
        r.Quotes[1].Cue.Should().BeNull();
        r.Quotes[2].Continues.Should().Be("q2");
    }

    [Fact]
    public void Quote_running_over_paragraphs_is_chained()
    {
        const string text =
            "“The first part of the plan is to rebuild the port,” the minister said.\n\n" +
            "“The second part is to hire local workers for every job\n\n" +
            "“And the third is to finish before winter.”";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(3);
        r.Quotes[1].Continues.Should().Be("q1");
        r.Quotes[2].Continues.Should().Be("q2");
        r.Quotes.Select(q => q.SpeakerId).Distinct().Should().ContainSingle().Which.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Jane Roe called the plan “a reckless gamble.”", "a reckless gamble.", "called")]
    [InlineData("The senator described the bill as “dead on arrival,” adding nothing more.", "dead on arrival,", "described")]
    public void Partial_quote_after_a_naming_cue(string text, string quote, string cue)
    {
        var r = Extract(text);
        var q = Single(r);
        q.Kind.Should().Be(QuoteKind.Partial);
        q.Text.Should().Be(quote);
        q.Cue!.Text.Should().Be(cue);
        q.SpeakerId.Should().NotBeNull();
    }

    // With words between a (non-naming) cue and the quote, what is reported is all of it: the clause's subject, the
    // "that" (as PolNeAR annotates it).
    [Theory]
    [InlineData("Ann Lee said Clinton “is the only candidate who can win.”", "Clinton “is the only candidate who can win.”", "said")]
    [InlineData("Ann Lee said that “nobody wants a second vote.”", "that “nobody wants a second vote.”", "said")]
    public void Quote_after_words_that_follow_its_cue_is_mixed_reported_content(string text, string content, string cue)
    {
        var q = Single(Extract(text));
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be(content);
        q.Cue!.Text.Should().Be(cue);
        text[q.Span.Start..q.Span.End].Should().Be(q.Text);
    }

    [Theory]
    [InlineData("The so-called “reform” passed on Tuesday after a long night.")]
    [InlineData("Critics of the “new deal” gathered outside the hall.")]
    [InlineData("She read “War and Peace” twice last summer.")]
    public void Scare_quotes_and_titles_are_not_quotes(string text) =>
        Extract(text).Quotes.Should().BeEmpty();

    [Fact]
    public void Appositive_between_speaker_and_cue()
    {
        var r = Extract("“It was chaos in the ward,” Hugh Hill, a doctor, said.");
        var q = Single(r);
        var s = r.SpeakerOf(q)!;
        s.Name.Should().Be("Hugh Hill");
        s.Titles.Should().Contain("a doctor");
    }

    [Fact]
    public void Pronoun_resolves_to_the_person_named_before()
    {
        const string text = "Jane Roe arrived late to the hearing.\n\n“I am sorry for the delay,” she said.";
        var r = Extract(text);
        var q = Single(r);
        q.SpeakerMention!.Text.Should().Be("she");
        r.SpeakerOf(q)!.Name.Should().Be("Jane Roe");
        r.SpeakerOf(q)!.Mentions.Select(m => m.Text).Should().Contain(["Jane Roe", "she"]);
    }

    [Fact]
    public void Surname_resolves_to_the_full_name()
    {
        const string text = "Senator Jane Roe spoke first.\n\n“It is done,” Roe said.\n\n“We move on,” Roe added.";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        r.Speakers.Should().ContainSingle();
        r.Speakers[0].Name.Should().Be("Jane Roe");
        r.Speakers[0].Mentions.Should().HaveCount(3);
    }

    [Fact]
    public void Organization_speaker()
    {
        var r = Extract("“The numbers are wrong,” the finance ministry said in a statement.");
        var s = r.SpeakerOf(Single(r))!;
        s.Kind.Should().Be(SpeakerKind.Organization);
        s.Name.Should().Be("finance ministry");
        s.Mentions.Single().Text.Should().Be("the finance ministry");
    }

    [Fact]
    public void Group_speaker()
    {
        var r = Extract("“We were never consulted,” local officials said.");
        var s = r.SpeakerOf(Single(r))!;
        s.Kind.Should().Be(SpeakerKind.Group);
    }

    [Fact]
    public void Fragments_inside_an_accusation_are_one_mixed_quote()
    {
        var r = Extract("The governor accused the agency of “gross negligence” in the handling of the flood.");
        var q = Single(r);
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Contain("gross negligence");
        q.Cue!.Text.Should().Be("accused");
    }

    [Fact]
    public void Publisher_appeal_yields_no_quotes()
    {
        const string text =
            "“The harbor will reopen on Friday,” port director Ann Lee said.\n\n" +
            "We have a small favor to ask. Our newsroom has been called a “dangerous outlet” by officials. " +
            "We need your help to keep our independent journalism free for everyone.\n\n" +
            "Please support us today with a monthly donation. Thank you.\n\n" +
            "Read more";
        var r = Extract(text);
        var q = Single(r);
        r.SpeakerOf(q)!.Name.Should().Be("Ann Lee");
    }

    [Fact]
    public void Null_text_throws_and_empty_text_gives_an_empty_result()
    {
        var act = () => QuoteExtractor.Default.Extract(null!);
        act.Should().Throw<ArgumentNullException>();
        QuoteExtractor.Default.Extract("").Should().BeSameAs(ExtractionResult.Empty);
        QuoteExtractor.Default.Extract("   \n\n ").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Every_span_maps_back_to_the_input()
    {
        const string text = "“Rain is coming,” Ann Lee said. She called it “a storm for the ages.”";
        var r = Extract(text);
        r.Quotes.Should().NotBeEmpty();
        foreach (var q in r.Quotes)
        {
            text[q.Span.Start..q.Span.End].Should().Be(q.Text);
            if (q.Cue is { } c) text[c.Span.Start..c.Span.End].Should().Be(c.Text);
            if (q.SpeakerMention is { } m) text[m.Span.Start..m.Span.End].Should().Be(m.Text);
        }
    }

    [Fact]
    public void Affiliation_between_name_and_cue_belongs_to_the_speaker()
    {
        const string text = "“It was the least bad outcome,” Ms. Ortiz of the Harbor Trust said.";
        var q = Single(Extract(text));
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Cue!.Text.Should().Be("said");
        q.SpeakerMention!.Text.Should().Be("Ms. Ortiz of the Harbor Trust");
    }

    [Fact]
    public void Quoted_transcript_turns_name_their_own_speakers()
    {
        const string text = "The interview went as follows:\n\n\"HOST: Will the plant close before the end of the year, as the report says?\n\n\"RIVERA: No. We will keep it open and we will hire more workers in the spring.\n\n\"HOST: Thank you for joining us today.";
        var r = Extract(text);
        var turns = r.Quotes.Where(q => q.Cue?.Text == ":").ToList();
        turns.Select(q => q.SpeakerMention!.Text).Should().Equal("HOST", "RIVERA", "HOST");
        turns[1].Text.Should().StartWith("No. We will keep it open");
        turns.Should().OnlyContain(q => q.Continues == null);
    }

    [Fact]
    public void A_nearer_participle_governs_a_quote_inside_its_clause()
    {
        const string text = "The governor dismissed the audit, saying its numbers were “simply wrong” and would be corrected.";
        var q = Extract(text).Quotes.Single(x => x.Kind == QuoteKind.Mixed);
        q.Cue!.Text.Should().Be("saying");
        q.SpeakerMention!.Text.Should().Be("The governor");
        q.Text.Should().StartWith("its numbers were");
    }
    [Theory]
    [InlineData("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "Senate Majority Leader Mitch McConnell")]
    [InlineData("“My reaction, that was outrageous,” Obama's former campaign strategist said in an interview.", "Obama's former campaign strategist")]
    [InlineData("“She is the only candidate with the experience to keep us safe,” retired Air Force general Lloyd Newton said.", "retired Air Force general Lloyd Newton")]
    public void Speaker_after_the_quote_past_a_state_tag_or_with_an_unknown_head(string text, string speaker)
    {
        var q = Single(Extract(text));
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Cue!.Text.Should().Be("said");
        q.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_cue_that_introduces_the_next_quote_is_not_the_previous_ones()
    {
        const string text = "She says the mayor represents the “same rigged system.” She adds, “What kind of genius loses a billion dollars?”";
        var r = Extract(text);
        r.Quotes.Should().HaveCount(2);
        r.Quotes[0].Cue!.Text.Should().Be("says");
        r.Quotes[1].Cue!.Text.Should().Be("adds");
        r.Quotes[1].Kind.Should().Be(QuoteKind.Direct);
        r.Quotes[1].Continues.Should().BeNull();
    }

    [Theory]
    [InlineData("“Their rationale does not hold,” said 9/11 widow Terry Strada.", "9/11 widow Terry Strada")]
    [InlineData("Asked about the plan, the 34-year-old mother of three replied, “It is meant to help the mother.”", "the 34-year-old mother of three")]
    public void Speaker_phrases_the_phrase_reader_does_not_know(string text, string speaker)
    {
        // ("Asked about the plan" is a reported question of its own, with no speaker: see ReportedSpeechTests.)
        var q = Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Direct).Should().ContainSingle().Subject;
        q.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_speaker_and_cue_after_a_quote_that_govern_the_next_quote_are_not_the_first_ones()
    {
        const string text = "South Korea accused the North's leader of \"fanatic recklessness.\" President Park said Kim's state is \"spiraling out of control.\"";
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        r.Quotes.Should().HaveCount(2);
        r.Quotes[0].Cue!.Text.Should().Be("accused");
        r.Quotes[0].SpeakerMention!.Text.Should().Be("South Korea");
        r.Quotes[1].Cue!.Text.Should().Be("said");
        r.Quotes[1].Text.Should().Be("Kim's state is \"spiraling out of control.\"");
    }

    [Fact]
    public void A_title_after_a_preposition_is_not_speech()
    {
        const string text = "On this weekend's broadcast of “Fox News Sunday,” Governor Mike Pence said the tweet was only meant to mock his rival.";
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        var q = Single(r);
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().Be("the tweet was only meant to mock his rival");
        q.SpeakerMention!.Text.Should().Be("Governor Mike Pence");
    }

    [Theory]
    [InlineData("The senator said it was \"a mistake\" to use private email, but she denied that she mishandled secrets.", "it was \"a mistake\" to use private email")]
    [InlineData("China said it was \"resolutely opposed\" to the test and warned the North to refrain from more tests.", "it was \"resolutely opposed\" to the test")]
    public void Mixed_content_ends_where_a_clause_of_its_own_begins(string text, string content)
    {
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        r.Quotes.Should().HaveCountGreaterThanOrEqualTo(1);
        r.Quotes[0].Kind.Should().Be(QuoteKind.Mixed);
        r.Quotes[0].Text.Should().Be(content);
    }

    [Fact]
    public void A_participle_opening_the_sentence_does_not_govern_a_later_quote()
    {
        const string text = "Claiming the criticism was designed to pressure moderators, the candidate told reporters that \"they are gaming the system.\"";
        var quotes = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes;
        var q = quotes.Should().ContainSingle(x => x.Cue!.Text == "told").Subject;
        q.SpeakerMention!.Text.Should().Be("the candidate");
        // The participle reports too, for the same speaker.
        quotes.Should().ContainSingle(x => x.Cue!.Text == "Claiming").Which.SpeakerMention!.Text.Should().Be("the candidate");
    }

    [Theory]
    [InlineData("The plan is \"a disaster,\" Smith said.", "The plan is \"a disaster,\"")]
    [InlineData("However laudable the goal, using the tax \"is a misguided approach,\" said Mr. Burman.", "However laudable the goal, using the tax \"is a misguided approach,\"")]
    [InlineData("\"I have admiration for the mechanics\" of the proposals, Mr. Holtz said.", "\"I have admiration for the mechanics\" of the proposals")]
    public void Words_around_a_quote_before_its_speaker_make_it_mixed(string text, string content)
    {
        var q = Single(Extract(text));
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be(content);
        q.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void A_title_inside_a_sentence_whose_cue_has_its_own_clause_is_no_quote_of_the_speaker()
    {
        const string text = "In his 2002 book, \"Make Your Kid a Millionaire,\" Mr. McKinley suggested that parents avoid debt.";
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        r.Quotes.Should().NotContain(q => q.Text.Contains("Millionaire"));
        r.Quotes.Should().Contain(q => q.Text == "that parents avoid debt" && q.SpeakerMention!.Text == "Mr. McKinley");
    }

    [Fact]
    public void Quoted_words_that_open_a_reported_clause_make_it_mixed()
    {
        const string text = "He said \"budget reforms\" and unpaid taxes would pay for the plan.";
        var q = Single(Extract(text));
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Text.Should().Be("\"budget reforms\" and unpaid taxes would pay for the plan");
        q.SpeakerMention!.Text.Should().Be("He");
    }

    [Fact]
    public void Later_fragments_of_a_naming_sentence_continue_the_first()
    {
        const string text = "Trump called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"";
        var r = Extract(text);
        r.Quotes.Select(q => q.Text).Should().Equal("nasty guy,", "anchor baby,", "unstable", "sick.");
        r.Quotes.Should().OnlyContain(q => q.Kind == QuoteKind.Partial && q.SpeakerId == r.Quotes[0].SpeakerId);
        for (int i = 1; i < r.Quotes.Count; i++) r.Quotes[i].Continues.Should().Be(r.Quotes[i - 1].Id);
    }

    [Fact]
    public void Reader_comment_signed_with_a_dash_and_a_full_stop()
    {
        const string text = "“Maybe, we can build a wall around the whole campaign.”― Steve Quinlan.";
        var q = Single(Extract(text));
        q.Kind.Should().Be(QuoteKind.Direct);
        q.SpeakerMention!.Text.Should().Be("Steve Quinlan");
    }
}

public class QuantifierSpeakerTests
{
    [Theory]
    [InlineData("The plan is too slow, some said on Friday.")]
    [InlineData("“The plan is too slow,” many said.")]
    public void A_quantifier_alone_can_be_a_group_speaker(string text)
    {
        var r = QuoteExtractor.Default.Extract(text);
        r.Quotes.Should().ContainSingle();
        r.SpeakerOf(r.Quotes[0])!.Kind.Should().Be(SpeakerKind.Group);
    }
}

public class HtmlEntityQuoteTests
{
    [Theory]
    [InlineData("&quot;We will win the vote,&quot; said Jane Roe.", "We will win the vote,")]
    [InlineData("&#8220;We will win the vote,&#8221; said Jane Roe.", "We will win the vote,")]
    [InlineData("&ldquo;We will win the vote,&rdquo; said Jane Roe.", "We will win the vote,")]
    public void Quote_marks_left_as_html_entities_are_recognised_in_place(string text, string quote)
    {
        var r = QuoteExtractor.Default.Extract(text);
        var q = r.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be(quote);
        text[q.Span.Start..q.Span.End].Should().Be(quote);
        r.SpeakerOf(q)!.Name.Should().Be("Jane Roe");
    }

    [Fact]
    public void An_entity_apostrophe_between_letters_is_not_a_quote_mark()
    {
        var r = QuoteExtractor.Default.Extract("&ldquo;We don&rsquo;t agree,&rdquo; said Jane Roe.");
        r.Quotes.Should().ContainSingle().Which.Text.Should().Be("We don&rsquo;t agree,");
    }
}

/// <summary>"X, she said, “Y”": the words before an inserted speaker and cue.</summary>
public class InsertedSpeakerTests
{
    [Theory]
    [InlineData("An economic downturn, the treasurer said, “would hurt every family in the county.”", "An economic downturn")]
    [InlineData("As for the mayor’s chances, Ann Lee said, “Nobody here has counted the votes yet.”", "As for the mayor’s chances")]
    [InlineData("The harbor trade, Ann Lee said, is “doing much better than it has in years.”", "The harbor trade")]
    [InlineData("The reality is, Ann Lee added, ''there are no easy votes in this town.''", "The reality is")]
    public void Words_before_an_inserted_speaker_and_cue_are_the_first_half_of_the_quote(string text, string firstHalf)
    {
        foreach (var extractor in new[] { QuoteExtractor.Default, new QuoteExtractorBuilder().RulesOnly().Build() })
        {
            var r = extractor.Extract(text);
            r.Quotes.Should().HaveCount(2);
            r.Quotes[0].Text.Should().Be(firstHalf);
            r.Quotes[1].Continues.Should().Be(r.Quotes[0].Id);
            r.Quotes[1].SpeakerId.Should().NotBeNull().And.Be(r.Quotes[0].SpeakerId);
        }
    }

    [Fact]
    public void A_participle_cue_before_a_quote_speaks_for_the_sentence_subject_not_its_audience()
    {
        const string text = "Hours later, Lee returned the compliment, telling Reuters, “We have been friends for a long time.”";
        var q = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().ContainSingle(x => x.Cue!.Text == "telling").Subject;
        q.SpeakerMention!.Text.Should().Be("Lee");
    }

    [Theory]
    [InlineData("The crowd roared as Lee boomed: “Let us beat them in November.”", "boomed", "Lee")]
    [InlineData("The vote was close. Ann Lee: “We will not move.”", ":", "Ann Lee")]
    public void Any_verb_or_a_lone_name_before_a_colon_introduces_the_quote(string text, string cue, string speaker)
    {
        var q = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Cue!.Text.Should().Be(cue);
        q.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Fact]
    public void As_one_voter_put_it_is_a_cue()
    {
        var q = new QuoteExtractorBuilder().RulesOnly().Build().Extract("As one voter put it, “We just want someone who listens.”")
            .Quotes.Should().ContainSingle().Subject;
        q.Cue!.Text.Should().Be("put it");
        q.SpeakerMention!.Text.Should().Be("one voter");
        QuoteExtractor.Default.Extract("She put it in the drawer, “just in case.”").Quotes.Should().NotContain(x => x.Cue != null && x.Cue.Text == "put it");
    }

    [Fact]
    public void A_mixed_clause_ends_at_a_comma_inside_the_mark_before_while()
    {
        const string text = "Critics say the plan is “a giveaway to developers,” while supporters call it overdue.";
        var q = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("the plan is “a giveaway to developers,”");
    }

    [Fact]
    public void A_mixed_clause_after_said_in_an_email_starts_at_that()
    {
        const string text = "The spokesman said in an email that the governor “has no plans to sign” the bill.";
        var q = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("that the governor “has no plans to sign” the bill");
    }

    [Fact]
    public void A_quote_run_on_into_its_clause_is_no_quote_of_the_words_after_it()
    {
        const string text = "The mayor said “it makes me angry” every time she thinks about the closed clinic.";
        var q = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Mixed);
        q.Cue!.Text.Should().Be("said");
        q.SpeakerMention!.Text.Should().Be("The mayor");
        q.Text.Should().Be("“it makes me angry” every time she thinks about the closed clinic");
    }

    [Theory]
    [InlineData("In his tribute, the mayor said, “Nobody gave more to this town.”")]
    [InlineData("A few minutes later, she added, “Nobody gave more to this town.”")]
    [InlineData("Asked about the vote, the mayor said, “Nobody gave more to this town.”")]
    public void A_frame_before_an_inserted_speaker_is_not_said(string text)
    {
        var r = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        r.Quotes.Should().NotContain(q => q.Continues != null);
        r.Quotes.Should().ContainSingle(q => q.Text == "Nobody gave more to this town.");
    }
}
