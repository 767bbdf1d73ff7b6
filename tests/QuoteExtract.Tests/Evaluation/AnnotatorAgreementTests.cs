using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

public sealed class AnnotatorAgreementTests : IDisposable
{
    private readonly BratFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Pairs_are_the_texts_with_two_annotators_files_in_ordinal_order()
    {
        var warnings = new List<string>();

        var pairs = BratCorpus.ReadAnnotatorPairs(_fixture.Path, warnings);

        pairs.Should().ContainSingle();
        pairs[0].First.Name.Should().Be("a.txt");
        pairs[0].First.AnnotationFile.Should().Be("a_0b1c.ann");
        pairs[0].Second.AnnotationFile.Should().Be("a_9f9f.ann");
        pairs[0].Second.Attributions.Should().ContainSingle();
        warnings.Should().BeEmpty(); // b.txt's malformed lines are not read: it has one annotator
    }

    [Fact]
    public void A_gold_scored_against_itself_agrees_on_everything_discontinuous_contents_included()
    {
        var a = BratCorpus.Read(_fixture.Path).Documents[0];

        var report = QuoteScorer.Default.Score([(a, (ExtractionResult?)AnnotatorAgreement.AsResult(a))]);

        report.Predictions.Should().Be(3); // the two halves of the split quote are one prediction
        report.Lenient.F1.Should().Be(1);
        report.Strict.F1.Should().Be(1);
        report.WholeStrict.F1.Should().Be(1);
        report.Speaker.Rate.Should().Be(1);
        report.Cue.Rate.Should().Be(1);
    }

    [Fact]
    public void The_second_annotator_is_scored_against_the_first()
    {
        var pairs = BratCorpus.ReadAnnotatorPairs(_fixture.Path, new List<string>());

        var report = AnnotatorAgreement.Score(pairs);

        // The second annotator marked one of three: "the plan" of "the plan “a fantasy”" covers 7 of its 18
        // non-space characters, enough at 0.3, not at 0.8.
        report.GoldAttributions.Should().Be(3);
        report.Predictions.Should().Be(1);
        report.Lenient.Matched.Should().Be(1);
        report.Lenient.F1.Should().BeApproximately(0.5, 1e-9);
        report.Strict.Matched.Should().Be(0);
        report.Speaker.Rate.Should().Be(1);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        FluentActions.Invoking(() => AnnotatorAgreement.AsResult(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AnnotatorAgreement.Score(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BratCorpus.ReadAnnotatorPairs(_fixture.Path, null!)).Should().Throw<ArgumentNullException>();
    }
}
