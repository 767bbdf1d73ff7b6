using QuoteExtract.Cli;
using QuoteExtract.Cli.Eval;
using QuoteExtract.Evaluation;
using QuoteExtract.Tests.Cli;

namespace QuoteExtract.Tests.Evaluation;

/// <summary><c>quote-extract eval GUM_DIR --speakers</c> on invented CoNLL-U (<see cref="SpeakerFixture"/>).</summary>
public sealed class SpeakerEvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public SpeakerEvalCommandTests() => _folder.Write("conllu/test_minister.conllu", SpeakerFixture.Minister);

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(["eval", .. args], TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Prints_a_row_per_class_and_the_speaker_rows()
    {
        var (code, stdout, stderr) = Run(_folder.Path, "--speakers");

        code.Should().Be(ExitCodes.Ok);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("documents          1").And.Contain("scored chains      1")
            .And.Contain("types returned     speech,belief,knowledge (the rules alone)")
            .And.Contain("every mention of the scored chains:").And.Contain("the speaker mentions of returned quotes:");
        stdout.Should().MatchRegex(@"full name\s+1\s+1\s+1\s+100\.0%").And.MatchRegex(@"other\s+0\s+0\s+0\s+0\.0%").And.MatchRegex(@"all\s+5\s");
    }

    [Fact]
    public void Errors_file_lists_the_wrong_mentions()
    {
        var errors = _folder["errors.tsv"];

        var (code, _, _) = Run(_folder.Path, "--speakers", "--errors", errors, "--limit", "1");

        code.Should().Be(ExitCodes.Ok);
        var lines = File.ReadAllLines(errors);
        lines[0].Should().Be("document\tstart\tend\tclass\tspeaker\tmention\tfullest name\tours");
        // As many lines as the scorer finds wrong (the resolver changes; the file follows it).
        var wrong = SpeakerResolutionScorer.Score(_folder.Path, new QuoteExtractorBuilder()
            .WithAttributionTypes(EvalCommand.GumTypes).Build()).Outcomes.Where(o => !o.Right).ToList();
        lines.Should().HaveCount(1 + wrong.Count);
        lines.Skip(1).Should().OnlyContain(l => l.StartsWith("test_minister\t", StringComparison.Ordinal) && l.Contains("\tAnn Lee\t", StringComparison.Ordinal));
        if (wrong.FirstOrDefault(o => o.Class == MentionClass.OtherNominal) is { } woman)
            lines.Should().Contain($"test_minister\t{woman.Span.Start}\t{woman.Span.End}\tother nominal\tno\tThe woman\tAnn Lee\t{woman.Resolved ?? "-"}");
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--agreement")]
    public void Does_not_combine_with_other_reports(string option)
    {
        var (code, _, stderr) = Run(_folder.Path, "--speakers", option);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain("--speakers prints its own table");
    }

    [Fact]
    public void A_brat_folder_is_a_usage_error()
    {
        using var brat = new TempFolder();
        brat.Write("text/a.txt", "Ann said hi.");
        brat.Write("attributions/a_x.ann", "");

        var (code, _, stderr) = Run(brat.Path, "--speakers");

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain("--speakers reads GUM's entity mentions");
    }
}
