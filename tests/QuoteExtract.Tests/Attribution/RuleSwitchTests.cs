using QuoteExtract.Attribution;

namespace QuoteExtract.Tests.Attribution;

/// <summary>
/// Every rule class of the two attribution stages, on a sentence of its own: with all rules on it finds its attribution;
/// switched off by the builder, it produces nothing of its own (the sentence falls through to the rules after it).
/// </summary>
public class RuleSwitchTests
{
    public static TheoryData<AttributionRuleId, string> Examples => new()
    {
        { AttributionRuleId.PossessorNoun, "Voters rejected the mayor's claim that the old bridge was safe for heavy trucks." },
        { AttributionRuleId.PossessorNoun, "There is growing speculation that the mayor will resign before the summer ends." },
        { AttributionRuleId.PassiveBy, "The plan to close the old bridge was criticized by the transport office." },
        { AttributionRuleId.AskedQuestion, "Asked whether she would run again, Ann Lee smiled at the crowd." },
        { AttributionRuleId.Parenthetical, "The old bridge, Ann Lee said, would stay open for another ten years." },
        { AttributionRuleId.AccordingToFirst, "According to the transport office, the old bridge will close next spring." },
        { AttributionRuleId.AccordingToLast, "The old bridge will close next spring, according to the transport office." },
        { AttributionRuleId.ContentSpeakerCue, "The old bridge will close next spring, Ann Lee said." },
        { AttributionRuleId.ContentCueSpeaker, "The old bridge will close next spring, said Ann Lee." },
        { AttributionRuleId.SpeakerCueContent, "Ann Lee said the old bridge will close next spring." },
        { AttributionRuleId.QuotedTranscript, "“LEE: Well, we will keep the old bridge open for ten more years.”" },
        { AttributionRuleId.ParagraphChain, "Ann Lee said: “We will keep the old bridge open for ten more years.\n\n“The repairs will cost far less than a new bridge would.”" },
        { AttributionRuleId.QuoteCueSpeaker, "“We will build the bridge before the winter comes,” said Ann Lee." },
        { AttributionRuleId.QuoteSpeakerCue, "“We will build the bridge before the winter comes,” Ann Lee said." },
        { AttributionRuleId.QuoteDashName, "“We will build the bridge before the winter comes” — Ann Lee" },
        { AttributionRuleId.SpeakerCueQuote, "Ann Lee said, “We will build the bridge before the winter comes.”" },
        { AttributionRuleId.Split, "“We will build the bridge,” Ann Lee said, “before the winter comes.”" },
        { AttributionRuleId.FollowOn, "“We will build the bridge,” Ann Lee said on Monday. “It will open before the winter comes.”" },
        { AttributionRuleId.FollowOnParagraph, "“We will build the bridge,” Ann Lee said.\n\n“It will open before the winter comes and stay open for many years.”" },
        { AttributionRuleId.NamingPartial, "Ann Lee called the plan “a disgrace” on Monday." },
        { AttributionRuleId.MixedClause, "Ann Lee accused the council of “wasting money on a bridge nobody needs”." },
        { AttributionRuleId.NextFragment, "Ann Lee called the plan “a disgrace” and “a waste of money”." },
        { AttributionRuleId.Unattributed, "“We will build the bridge before the winter comes and it will stand for a hundred years.”" },
        { AttributionRuleId.SameParagraph, "“We will build it,” Ann Lee said. The crowd in the old square cheered loudly for several long minutes. “The bridge will stand for a hundred years after we are all gone.”" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_rule_finds_its_example_and_switched_off_produces_nothing_of_its_own(AttributionRuleId rule, string text)
    {
        var on = new QuoteExtractorBuilder().RulesOnly().Build().Analyze(text);
        on.Attributions.Select(a => a.Rule).Should().Contain(rule);

        var off = new QuoteExtractorBuilder().RulesOnly().WithoutAttributionRule(rule).Build().Analyze(text);

        off.Attributions.Select(a => a.Rule).Should().NotContain(rule);
    }

    [Fact]
    public void A_quote_whose_rule_is_switched_off_falls_through_to_the_next_rule()
    {
        const string text = "“We will build the bridge before the winter comes,” said Ann Lee.";

        var off = new QuoteExtractorBuilder().RulesOnly().WithoutAttributionRule(AttributionRuleId.QuoteCueSpeaker).Build().Analyze(text);

        // The speaker-after rule is off; the last rule takes the long quote as one of unknown speaker.
        off.Attributions.Should().ContainSingle().Which.Rule.Should().Be(AttributionRuleId.Unattributed);
    }

    [Fact]
    public void A_cue_whose_reading_is_switched_off_falls_through_to_the_next_reading()
    {
        const string text = "The old bridge, Ann Lee said, would stay open for another ten years.";

        var off = new QuoteExtractorBuilder().RulesOnly().WithoutAttributionRule(AttributionRuleId.Parenthetical).Build().Analyze(text);

        off.Attributions.Should().NotBeEmpty().And.OnlyContain(a => a.Rule != AttributionRuleId.Parenthetical);
    }

    [Fact]
    public void Every_built_in_rule_can_be_switched_off_and_a_class_whose_every_rule_is_off_is_left_out()
    {
        var all = AttributionRuleSet.Default;
        foreach (var id in Enum.GetValues<AttributionRuleId>().Where(id => id != AttributionRuleId.None))
            all.Without(id).IsOn(id).Should().BeFalse();

        all.Without(AttributionRuleId.PassiveBy).CueReadings.Should().HaveCount(all.CueReadings.Length - 1)
            .And.NotContain(r => r is QuoteExtract.Attribution.Rules.PassiveByReading);
        // Content first proposes two patterns: it stays while either is on.
        all.Without(AttributionRuleId.ContentCueSpeaker).CueReadings.Should().HaveCount(all.CueReadings.Length);
        all.Without(AttributionRuleId.ContentCueSpeaker).Without(AttributionRuleId.ContentSpeakerCue).CueReadings
            .Should().HaveCount(all.CueReadings.Length - 1);
        all.Without(AttributionRuleId.QuotedTranscript).QuoteRules.Should().HaveCount(all.QuoteRules.Length - 1);
    }

    [Fact]
    public void Overlap_resolution_and_quotes_after_reports_run_after_every_proposing_step()
    {
        var steps = AttributionRuleSet.Default.ReportedSpeechSteps.Select(step => step.GetType().Name).ToList();

        steps.Should().EndWith(["OverlapResolutionStep", "QuotesAfterReportsStep"]);
        steps.IndexOf("CueSentencesStep").Should().BeLessThan(steps.IndexOf("SentenceRulesStep"), "built-in readings take their words before the sentence rules");
    }
}
