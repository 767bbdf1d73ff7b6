using System.Globalization;
using QuoteExtract.Claims;

namespace QuoteExtract.Tests.Cli;

public sealed class CheckWorthinessCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Debate =
        "1\tHOLT\tGood evening from Hofstra University.\t0\n" +
        "2\tCLINTON\tWe have created 15 million new jobs since 2010, more than any recovery since the 1990s.\t1\n" +
        "3\tTRUMP\tThank you, Lester.\t0\n";

    private static (int Line, double Score)[] ReadScores(string path) =>
        [.. File.ReadAllLines(path).Select(l =>
        {
            var parts = l.Split('\t');
            parts.Should().HaveCount(2);
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture));
        })];

    [Fact]
    public void Writes_line_and_score_per_sentence_into_a_file_of_the_same_name()
    {
        var a = _temp.Write("in/debate.tsv", Debate);
        var b = _temp.Write("in/speech.tsv", "7\tOBAMA\tUnemployment fell to 4.9 percent.\n8\tOBAMA\tGod bless America.\n");
        var outDir = _temp["out"];

        var run = CliRun.Of("checkworthiness", a, b, "--out", outDir);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        Directory.GetFiles(outDir).Select(Path.GetFileName).Should().BeEquivalentTo(["debate.tsv", "speech.tsv"]);
        var debate = ReadScores(Path.Combine(outDir, "debate.tsv"));
        debate.Select(s => s.Line).Should().Equal(1, 2, 3);
        debate.Should().OnlyContain(s => s.Score >= 0 && s.Score <= 1);
        debate[1].Score.Should().BeGreaterThan(debate[0].Score).And.BeGreaterThan(debate[2].Score);
        // Each sentence is scored in its transcript: after the line before, in its speaker's turn.
        var model = CheckWorthinessModel.Default!;
        var expected = model.ScoreTranscript(["HOLT", "CLINTON", "TRUMP"],
            ["Good evening from Hofstra University.", "We have created 15 million new jobs since 2010, more than any recovery since the 1990s.", "Thank you, Lester."]);
        debate.Select(s => s.Score).Should().Equal(expected, (a, b) => Math.Abs(a - b) < 1e-9);
        debate[1].Score.Should().NotBe(model.Score("We have created 15 million new jobs since 2010, more than any recovery since the 1990s."),
            "the line is read after the moderator's, not alone");
        ReadScores(Path.Combine(outDir, "speech.tsv")).Select(s => s.Line).Should().Equal(7, 8);
        File.ReadAllText(Path.Combine(outDir, "speech.tsv")).Should().NotContain("\r").And.NotContain(",");
    }

    [Fact]
    public void Unlabelled_input_is_scored_too_and_out_may_come_first()
    {
        var a = _temp.Write("test.tsv", "1\tA\tTaxes went up 20 percent.\n2\tA\tHello.\n");

        var run = CliRun.Of("checkworthiness", "--out=" + _temp["o"], a);

        run.ExitCode.Should().Be(0);
        ReadScores(Path.Combine(_temp["o"], "test.tsv")).Should().HaveCount(2);
    }

    [Fact]
    public void A_missing_input_is_named_the_others_are_written_and_the_exit_code_is_1()
    {
        var good = _temp.Write("good.tsv", Debate);
        var missing = _temp["missing.tsv"];

        var run = CliRun.Of("checkworthiness", missing, good, "--out", _temp["out"]);

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("missing.tsv");
        File.Exists(Path.Combine(_temp["out"], "good.tsv")).Should().BeTrue();
        File.Exists(Path.Combine(_temp["out"], "missing.tsv")).Should().BeFalse();
    }

    [Fact]
    public void A_malformed_line_is_skipped_with_a_warning_naming_file_and_line()
    {
        var a = _temp.Write("bad.tsv", "1\tA\tFine sentence.\t0\nthis line has no tabs\n3\tA\tAlso fine.\t1\n\n");

        var run = CliRun.Of("checkworthiness", a, "--out", _temp["out"]);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().Contain("bad.tsv:2").And.Contain("warning");
        ReadScores(Path.Combine(_temp["out"], "bad.tsv")).Select(s => s.Line).Should().Equal(1, 3);
    }

    [Fact]
    public void Missing_out_is_a_usage_error()
    {
        var a = _temp.Write("a.tsv", Debate);

        var run = CliRun.Of("checkworthiness", a);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--out");
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--bogus", "x")]
    public void Bad_options_are_usage_errors(params string[] args) =>
        CliRun.Of(["checkworthiness", .. args]).ExitCode.Should().Be(2);

    [Fact]
    public void No_inputs_is_a_usage_error() =>
        CliRun.Of("checkworthiness", "--out", _temp["out"]).ExitCode.Should().Be(2);

    [Fact]
    public void Output_never_overwrites_its_input()
    {
        var a = _temp.Write("a.tsv", Debate);

        var run = CliRun.Of("checkworthiness", a, "--out", _temp.Path);

        run.ExitCode.Should().Be(1);
        File.ReadAllText(a).Should().Be(Debate);
    }

    [Fact]
    public void Help_mentions_the_command() =>
        CliRun.Of("--help").Stdout.Should().Contain("checkworthiness");
}
