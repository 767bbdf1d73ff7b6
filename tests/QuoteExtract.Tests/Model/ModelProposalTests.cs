using QuoteExtract.Attribution;
using QuoteExtract.Model;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Model;

/// <summary>
/// What the rules propose only when a model decides: candidates a rules-only run would not dare to keep.
/// A scorer that accepts everything shows the proposals themselves, independent of any trained model.
/// </summary>
public class ModelProposalTests
{
    private sealed class AcceptAll : IAttributionScorer
    {
        public double AcceptThreshold => 0;
        public double Score(Document document, QuoteAttribution candidate) => 0.5;
    }

    private static readonly QuoteExtractor s_proposing = new QuoteExtractorBuilder().UseScorer(new AcceptAll()).Build();
    private static readonly QuoteExtractor s_rules = new QuoteExtractorBuilder().RulesOnly().Build();

    [Fact]
    public void A_verb_mostly_seen_as_a_cue_proposes_its_object()
    {
        // "unveiled" is a cue in most of its corpus uses, but no hand-written speech verb: learned, it proposes in both modes.
        const string text = "The governor unveiled her housing plan at a rally in the capital.";
        var q = s_proposing.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Cue!.Text.Should().Be("unveiled");
        q.SpeakerMention!.Text.Should().Be("The governor");
        q.Text.Should().StartWith("her housing plan");
        s_rules.Extract(text).Quotes.Should().ContainSingle().Which.Cue!.Text.Should().Be("unveiled");
    }

    [Fact]
    public void An_act_the_corpus_does_not_annotate_is_not_proposed()
    {
        // "toured the towns" reports an act PolNeAR's annotators do not mark. (Acts they do mark are proposed: the learned
        // inventory makes "signed" and "vetoed" cues, see ReportedSpeechTests.A_verb_the_corpus_annotates_as_a_cue_….)
        s_proposing.Extract("The governor toured the flooded towns last week.").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Passive_by_phrase_is_the_source_of_the_subject()
    {
        const string text = "The leaked memo was first published by the Harbor Gazette.";
        var q = s_proposing.Extract(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("The leaked memo");
        q.SpeakerMention!.Text.Should().Be("the Harbor Gazette");
        q.Cue!.Text.Should().Be("published by");
    }

    [Fact]
    public void Source_inventory_tells_speaking_heads_from_things()
    {
        // Learned from PolNeAR train by the trainer's `sources` command: counts only, lower-case words only.
        QuoteExtract.Lexicon.LearnedSources.Counts("officials").Head.Should().BeGreaterThan(10);
        QuoteExtract.Lexicon.LearnedSources.Probability("officials", 0.05)
            .Should().BeGreaterThan(QuoteExtract.Lexicon.LearnedSources.Probability("bill", 0.05));
        QuoteExtract.Lexicon.LearnedSources.Probability("zzzunseen", 0.05).Should().Be(0.05);
        AttributionFeatures.Names.Should().Contain(["source.headProbability", "source.headLogCount"]);
    }
}
