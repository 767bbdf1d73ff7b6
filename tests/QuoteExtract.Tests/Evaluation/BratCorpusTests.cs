using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

public sealed class BratCorpusTests : IDisposable
{
    private readonly BratFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static string TextOf(GoldDocument d, IReadOnlyList<TextSpan> spans) => GoldAttribution.TextOf(d.Text, spans);

    [Fact]
    public void Reads_documents_in_ordinal_order_with_attributions_in_text_order()
    {
        var corpus = BratCorpus.Read(_fixture.Path);

        corpus.Documents.Select(d => d.Name).Should().Equal("a.txt", "b.txt");
        var a = corpus.Documents[0];
        a.Text.Should().Be(BratFixture.TextA);
        a.Attributions.Select(g => TextOf(a, g.Source)).Should().Equal("The mayor", "Ana Ruiz", "Critics");
        a.Attributions.Select(g => TextOf(a, g.Cue)).Should().Equal("said", "told", "called");
        a.Attributions.Select(g => g.Id).Should().Equal("E1", "E2", "E3");
        a.Attributions.Select(g => g.Kind).Should().Equal(QuoteKind.Indirect, QuoteKind.Direct, QuoteKind.Mixed);
    }

    [Fact]
    public void Reads_a_discontinuous_content_as_several_spans()
    {
        var a = BratCorpus.Read(_fixture.Path).Documents[0];

        var split = a.Attributions[1];
        split.IsDiscontinuous.Should().BeTrue();
        split.Content.Select(s => s.Slice(a.Text).ToString()).Should().Equal("“We are on schedule,”", "“and under budget.”");
    }

    [Fact]
    public void Uses_the_first_annotators_file_in_ordinal_order()
    {
        var a = BratCorpus.Read(_fixture.Path).Documents[0];

        a.AnnotationFile.Should().Be("a_0b1c.ann");
        a.OtherAnnotationFiles.Should().Be(1);
        a.Attributions.Should().HaveCount(3);
    }

    [Fact]
    public void Reads_an_attribution_without_source_and_skips_malformed_lines_with_warnings()
    {
        var corpus = BratCorpus.Read(_fixture.Path);
        var b = corpus.Documents[1];

        var noSource = b.Attributions.Should().ContainSingle().Subject;
        noSource.HasSource.Should().BeFalse();
        noSource.Source.Should().BeEmpty();
        TextOf(b, noSource.Cue).Should().Be("according to");
        TextOf(b, noSource.Content).Should().Be("Officials expected turnout to rise");
        b.WarningCount.Should().Be(3);
        corpus.Warnings.Should().HaveCount(3).And.OnlyContain(w => w.StartsWith("b_0b1c.ann:", StringComparison.Ordinal));
        corpus.Warnings.Should().Contain(w => w.Contains("bad offsets")).And.Contain(w => w.Contains("not a brat"))
            .And.Contain(w => w.Contains("E90"));
    }

    [Fact]
    public void Limit_keeps_the_first_documents()
    {
        BratCorpus.Read(_fixture.Path, limit: 1).Documents.Select(d => d.Name).Should().Equal("a.txt");
    }

    [Fact]
    public void Offsets_out_of_range_or_a_text_that_differs_are_warned_about_never_thrown()
    {
        var warnings = new List<string>();
        const string annotation =
            "T1\tContent 0 999\ttoo long\n" +
            "T2\tContent 0 5\tWrong\n" +
            "T3\tCue 6 11\tworld\r\n" +
            "E1\tAttribution-no-source:T3 Content:T2 Cue:T3\n" +
            "E2\tAttribution:T3 Content:T1\n" +
            "T4\tSource\n" +
            "E3\tbroken\n";

        var document = GoldDocument.Parse("x.txt", "Hello world", annotation, warnings);

        // T2's text differs from the text at its offsets: warned, but the offsets are trusted and kept.
        document.Attributions.Should().ContainSingle().Which.Content.Should().Equal(new TextSpan(0, 5));
        document.WarningCount.Should().Be(warnings.Count).And.Be(5);
    }

    [Fact]
    public void A_missing_folder_is_a_DirectoryNotFoundException()
    {
        var act = () => BratCorpus.Read(System.IO.Path.Combine(_fixture.Path, "nope"));

        act.Should().Throw<DirectoryNotFoundException>();
        BratCorpus.IsCorpusFolder(_fixture.Path).Should().BeTrue();
    }
}
