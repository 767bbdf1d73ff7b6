using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;

namespace QuoteExtract.Tests.Attribution;

/// <summary>The learned cue inventory (quote-extract-training cues), as the library reads it.</summary>
public class CueInventoryTests
{
    [Fact]
    public void Inflections_the_training_articles_never_showed_carry_their_verbs_counts()
    {
        // The training articles have "bemoaned" only; news elsewhere writes "bemoans". (Not the bare verb nor its -ing
        // form: those are nouns and adjectives as often as verbs, "brush", "thrilling".)
        var seen = LearnedCues.Counts("bemoaned");
        seen.Cue.Should().BeGreaterThan(0);

        LearnedCues.Counts("bemoans").Should().Be(seen);
        LearnedCues.Counts("bemoaning").Should().Be((0, 0));
    }

    [Fact]
    public void A_form_the_articles_did_show_keeps_its_own_counts()
    {
        // "states" is mostly a noun; pooled with "stated" it would look like a verb of saying.
        var (cue, total) = LearnedCues.Counts("states");
        total.Should().BeGreaterThan(0);
        ((double)cue / total).Should().BeLessThan(0.2);
    }

    [Theory]
    [InlineData("Bemoaning the cuts to the school budget, the union leader walked out.", 0, true)]
    [InlineData("The talks failed. Bemoaning the cuts, the union leader walked out.", 4, true)]
    [InlineData("A film called Bemoaning the Cuts opened on Friday in Lisbon.", 3, false)]
    public void A_learned_cue_form_capitalised_because_it_opens_a_sentence_is_still_a_cue(string text, int token, bool cue)
    {
        var doc = new QuoteExtractorBuilder().RulesOnly().Build().Analyze(text);

        doc.TokenText(token).ToString().Should().Be("Bemoaning");
        (CueFinder.At(doc, token) is not null).Should().Be(cue);
    }

    // The rules alone report with the cue and its subject: verbs of saying too rare in the training articles to
    // learn (hand lexicon), an inflection they never show ("bemoans" where train has "bemoaned"), and a plural
    // subject before its adverb and verb, which is no modifier of a noun ("The voters overwhelmingly backed"), and a
    // headline's verb set in title case.
    [Theory]
    [InlineData("The mayor bemoans that the new budget leaves the schools without enough teachers.", "bemoans", "The mayor")]
    [InlineData("The voters overwhelmingly backed the plan in March.", "backed", "The voters")]
    [InlineData("The senator retorted that the bill would never pass the House.", "retorted", "The senator")]
    [InlineData("Mayor Slams Council Over Budget Cuts", "Slams", "Mayor")]
    [InlineData("Mayor Bemoaned Budget Cuts At Rally", "Bemoaned", "Mayor")]
    [InlineData("His spokesman slams the report as false.", "slams", "His spokesman")]
    [InlineData("Each senator blasts the bill in turn.", "blasts", "Each senator")]
    [InlineData("Critics scoffed at the idea that the plan would pay for itself.", "scoffed", "Critics")]
    [InlineData("The minister reiterated that the border would stay open through the winter.", "reiterated", "The minister")]
    [InlineData("Several teachers griped that the new schedule left no time for lunch.", "griped", "Several teachers")]
    [InlineData("The mayor lamented that the old library had closed after a century.", "lamented", "The mayor")]
    public void The_rules_alone_report_with_the_cue_and_its_subject(string text, string cue, string speaker)
    {
        // (Of every type: "backed the plan" is a stance.)
        var q = new QuoteExtractorBuilder().RulesOnly().WithAttributionTypes(AttributionTypes.All).Build().Extract(text).Quotes.Should().ContainSingle().Subject;

        q.Cue!.Text.Should().Be(cue);
        q.SpeakerMention!.Text.Should().Be(speaker);
        q.Kind.Should().Be(QuoteKind.Indirect);
    }

    [Fact]
    public void A_rare_verb_of_saying_introduces_a_quote_after_it()
    {
        var q = QuoteExtractor.Default.Extract("“We have done nothing wrong,” the spokeswoman retorted.").Quotes.Should().ContainSingle().Subject;

        q.Cue!.Text.Should().Be("retorted");
        q.SpeakerMention!.Text.Should().Be("the spokeswoman");
    }

    [Theory]
    [InlineData("The senator reserved his most eloquent passion for the cause of reform.", "passion")]
    [InlineData("The growing chatter about a new candidate unsettled the party.", "chatter")]
    [InlineData("He made several statements about the budget on Monday.", "statements")]
    public void A_learned_noun_after_a_determiner_and_its_modifiers_has_no_subject(string text, string noun)
    {
        var extractor = new QuoteExtractorBuilder().RulesOnly().Build();
        var doc = extractor.Analyze(text);
        int token = Enumerable.Range(0, doc.Tokens.Length).Single(i => doc.TokenText(i).SequenceEqual(noun));
        var cue = CueFinder.At(doc, token);
        cue.Should().NotBeNull("the inventory learned '{0}' as a cue", noun);

        QuoteExtract.Attribution.Rules.RuleHelpers.UsedAsNoun(doc, cue!.Value).Should().BeTrue();
        extractor.Extract(text).Quotes.Should().NotContain(q => q.Cue != null && q.Cue.Text.StartsWith(noun));
    }

    [Theory]
    [InlineData("The case went to the Federal Claims Court in Washington.")]
    [InlineData("Consumer Reports Magazine tested the cars last spring.")]
    public void A_capitalised_cue_form_inside_a_name_in_running_text_is_no_headline_verb(string text)
    {
        QuoteExtractor.Default.Extract(text).Quotes.Should().BeEmpty();
        new QuoteExtractorBuilder().RulesOnly().Build().Extract(text).Quotes.Should().BeEmpty();
    }
}
