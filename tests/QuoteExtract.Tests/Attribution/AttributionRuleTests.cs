using QuoteExtract.Attribution;
using QuoteExtract.Attribution.Rules;

namespace QuoteExtract.Tests.Attribution;

/// <summary>Attribution rules configured through the builder: a rule added in one file, a built-in rule switched off.</summary>
public class AttributionRuleTests
{
    private const string PerText = "The city will close the old bridge for repairs next spring, per the transport office.";

    [Fact]
    public void A_rule_added_through_the_builder_finds_its_attribution()
    {
        new QuoteExtractorBuilder().RulesOnly().Build().Extract(PerText).Quotes.Should().BeEmpty("no built-in rule reads \", per\"");

        var result = new QuoteExtractorBuilder().RulesOnly().UseAttributionRule(new PerSourceRule()).Build().Extract(PerText);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("The city will close the old bridge for repairs next spring");
        quote.Kind.Should().Be(QuoteKind.Indirect);
        quote.Cue.Should().BeNull();
        result.SpeakerOf(quote)!.Name.Should().Be("the transport office");
    }

    [Fact]
    public void A_custom_rule_is_named_on_its_attributions_and_has_no_built_in_id()
    {
        var doc = new QuoteExtractorBuilder().RulesOnly().UseAttributionRule(new PerSourceRule()).Build().Analyze(PerText);

        var a = doc.Attributions.Should().ContainSingle().Subject;
        a.Pattern.Should().Be("per-source");
        a.Rule.Should().Be(AttributionRuleId.None);
    }

    [Fact]
    public void A_custom_rule_passes_the_same_gate_as_the_built_in_ones()
    {
        // The words of "Lee said …" are taken by the built-in reading before the custom rule sees the sentence.
        const string text = "Ann Lee said the city will close the old bridge next spring, per the transport office.";
        var doc = new QuoteExtractorBuilder().RulesOnly().UseAttributionRule(new PerSourceRule()).Build().Analyze(text);

        doc.Attributions.Should().NotBeEmpty().And.OnlyContain(a => a.Rule != AttributionRuleId.None);
    }

    [Fact]
    public void A_built_in_rule_switched_off_no_longer_produces_its_attributions()
    {
        const string text = "“We will build the bridge before the winter comes,” said Ann Lee, the mayor.";
        var on = new QuoteExtractorBuilder().RulesOnly().Build().Analyze(text);
        on.Attributions.Should().ContainSingle(a => a.Rule == AttributionRuleId.QuoteCueSpeaker);

        var off = new QuoteExtractorBuilder().RulesOnly().WithoutAttributionRule(AttributionRuleId.QuoteCueSpeaker).Build().Analyze(text);

        off.Attributions.Should().NotContain(a => a.Rule == AttributionRuleId.QuoteCueSpeaker);
    }

    [Fact]
    public void A_built_in_sentence_rule_switched_off_no_longer_produces_its_attributions()
    {
        const string text = "In a Gazette poll last month, Lee led the field by six points.";
        var all = new QuoteExtractorBuilder().RulesOnly().WithAttributionTypes(AttributionTypes.All);
        all.Build().Analyze(text).Attributions.Should().ContainSingle(a => a.Rule == AttributionRuleId.EvidenceIn);

        all.WithoutAttributionRule(AttributionRuleId.EvidenceIn).Build().Analyze(text).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void Only_built_in_rules_can_be_switched_off()
    {
        var builder = new QuoteExtractorBuilder();

        builder.Invoking(b => b.WithoutAttributionRule(AttributionRuleId.None)).Should().Throw<ArgumentOutOfRangeException>();
        builder.Invoking(b => b.WithoutAttributionRule((AttributionRuleId)999)).Should().Throw<ArgumentOutOfRangeException>();
        builder.Invoking(b => b.UseAttributionRule(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_built_in_rule_name_set_as_pattern_is_its_id()
    {
        var a = new QuoteAttribution { Pattern = "quote-cue-speaker" };
        a.Rule.Should().Be(AttributionRuleId.QuoteCueSpeaker);
        a.Rule = AttributionRuleId.PassiveBy;
        a.Pattern.Should().Be("passive-by");
        new QuoteAttribution { Pattern = "dash-line" }.Rule.Should().Be(AttributionRuleId.None);
    }

    [Fact]
    public void A_built_in_rule_can_be_tested_alone()
    {
        var doc = new QuoteExtractorBuilder().RulesOnly().Build().Analyze("Ann Lee: We will keep the old bridge open");
        var sentence = doc.Sentences[0];

        var a = new HeadlineColonRule().Propose(doc, sentence).Should().ContainSingle().Subject;
        doc.Slice(a.Source!.Span).ToString().Should().Be("Ann Lee");
        doc.Slice(a.Content).ToString().Should().Be("We will keep the old bridge open");
        new HeadlineDashRule().Propose(doc, sentence).Should().BeEmpty("the headline has no dash");
        new HeadlineCueRule().Propose(doc, sentence).Should().BeEmpty("a headline with a colon is the colon rule's");
    }

    [Fact]
    public void A_headline_rule_switched_off_leaves_the_headline_unattributed()
    {
        // (A "NAME: TEXT" paragraph is read as a transcript turn before any headline rule sees it; a dash is the headline's.)
        const string text = "We will keep the old bridge open – Ann Lee";
        new QuoteExtractorBuilder().RulesOnly().Build().Analyze(text).Attributions
            .Should().ContainSingle(a => a.Rule == AttributionRuleId.HeadlineDash);

        new QuoteExtractorBuilder().RulesOnly().WithoutAttributionRule(AttributionRuleId.HeadlineDash).Build().Analyze(text).Attributions
            .Should().NotContain(a => a.Rule == AttributionRuleId.HeadlineDash);
    }
}
