using QuoteExtract.Attribution;
using QuoteExtract.Evaluation;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Evaluation;

/// <summary><see cref="SpeakerResolutionScorer"/>: our entity for each gold mention, right or wrong, and the rows.</summary>
public sealed class SpeakerResolutionScorerTests
{
    private const string Text = SpeakerFixture.MinisterText;

    private static TextSpan Find(string s, int from = 0) => new(Text.IndexOf(s, from, StringComparison.Ordinal), Text.IndexOf(s, from, StringComparison.Ordinal) + s.Length);

    private static Mention Mention(TextSpan span) =>
        new(span, span, [], MentionShape.Name, SpeakerKind.Person, Gender.Unknown, false, 0, 0);

    private static SpeakerEntity Entity(string name, params TextSpan[] spans)
    {
        var entity = new SpeakerEntity { Name = name };
        entity.Mentions.AddRange(spans.Select(Mention));
        return entity;
    }

    [Fact]
    public void Takes_the_entity_of_the_closest_mention_over_the_head_and_compares_its_name()
    {
        var gold = SpeakerFixture.Read(SpeakerFixture.Minister);
        var analyzed = new Document(Text, ExtractorOptions.Default);
        var lee = Find("Lee added");
        analyzed.Entities.Add(Entity("Lee Corp", new TextSpan(lee.Start, lee.Start + "Lee added".Length)));  // over Lee, but longer
        analyzed.Entities.Add(Entity("Mr. Ann Lee", Find("Finance Minister Ann Lee"), new TextSpan(lee.Start, lee.Start + 3)));
        analyzed.Entities.Add(Entity("Bo", Find("she")));
        var speaker = new Quote("q1", QuoteKind.Indirect, "that she was sure", Find("that she was sure"), "s1",
            new Excerpt("Lee", new TextSpan(lee.Start, lee.Start + 3)), null, 0.5);

        var outcomes = SpeakerResolutionScorer.ScoreDocument(gold, GumNameChains.Of(gold), analyzed, new ExtractionResult([speaker], [], []));

        outcomes.Select(o => (o.Text, o.Class, o.Resolved, o.Right, o.IsSpeaker)).Should().Equal(
            ("Finance Minister Ann Lee", MentionClass.FullName, "Mr. Ann Lee", true, false),
            ("Lee", MentionClass.PartialName, "Mr. Ann Lee", true, true),
            ("she", MentionClass.Pronoun, "Bo", false, false),
            ("The minister", MentionClass.RolePhrase, null, false, false),
            ("The woman", MentionClass.OtherNominal, null, false, false));
        outcomes.Should().OnlyContain(o => o.FullestName == "Ann Lee" && o.Document == "test_minister");
    }

    [Fact]
    public void Without_an_analysis_every_mention_is_unresolved()
    {
        var gold = SpeakerFixture.Read(SpeakerFixture.Minister);

        SpeakerResolutionScorer.ScoreDocument(gold, GumNameChains.Of(gold), null, null)
            .Should().HaveCount(5).And.OnlyContain(o => o.Resolved == null && !o.Right && !o.IsSpeaker);
    }

    [Fact]
    public void Scores_the_extractor_on_an_invented_document_with_rows_per_class()
    {
        var extractor = new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.Speech | AttributionTypes.Belief | AttributionTypes.Knowledge).Build();

        var report = SpeakerResolutionScorer.Score([SpeakerFixture.Read(SpeakerFixture.Minister)], extractor, []);

        report.Documents.Should().Be(1);
        report.Chains.Should().Be(1);
        report.Failures.Should().BeEmpty();
        report.Mentions.Select(r => (r.Class, r.Count)).Should().Equal(
            (MentionClass.Pronoun, 1), (MentionClass.PartialName, 1), (MentionClass.FullName, 1), (MentionClass.RolePhrase, 1),
            (MentionClass.OtherNominal, 1), (MentionClass.Other, 0), (null, 5));
        // Whatever the resolver does with the rest, the two names of the speaker must go to Ann Lee.
        report.Outcomes.Where(o => o.Class is MentionClass.FullName or MentionClass.PartialName).Should().OnlyContain(o => o.Right && o.IsSpeaker);
        report.SpeakerMentions[^1].Count.Should().BeGreaterThanOrEqualTo(2);
        report.Mentions[^1].Right.Should().Be(report.Outcomes.Count(o => o.Right));
        report.Mentions[^1].Rate.Should().Be((double)report.Mentions[^1].Right / 5);
    }

    [Fact]
    public void Reads_a_folder_and_counts_a_failing_extraction_as_unresolved()
    {
        using var folder = new Cli.TempFolder();
        folder.Write("conllu/test_minister.conllu", SpeakerFixture.Minister);
        folder.Write("conllu/test_nested.conllu", SpeakerFixture.Nested);
        var failing = new QuoteExtractorBuilder();
        failing.Use(new Throwing());

        var report = SpeakerResolutionScorer.Score(folder.Path, failing.Build());

        report.Documents.Should().Be(2);
        report.Warnings.Should().BeEmpty();
        report.Failures.Should().HaveCount(2).And.Contain(f => f.StartsWith("test_minister: InvalidOperationException", StringComparison.Ordinal));
        // Ann Lee's five mentions, Dana's and Acme; Dana's brother, the Acme board and He himself have no name in their chains.
        report.Chains.Should().Be(3);
        report.Mentions[^1].Should().Be(new SpeakerResolutionRow(null, 7, 0, 0));
        SpeakerResolutionScorer.Score(folder.Path, failing.Build(), limit: 1).Documents.Should().Be(1);
    }

    [Fact]
    public void A_folder_that_is_not_GUM_is_refused()
    {
        using var folder = new Cli.TempFolder();

        var act = () => SpeakerResolutionScorer.Score(folder.Path, QuoteExtractor.Default);

        act.Should().Throw<DirectoryNotFoundException>();
    }

    private sealed class Throwing : IPipelineStage
    {
        public void Process(Document document) => throw new InvalidOperationException("broken stage");
    }
}
