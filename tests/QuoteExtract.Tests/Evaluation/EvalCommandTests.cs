using System.Text.Json;
using QuoteExtract.Cli;

namespace QuoteExtract.Tests.Evaluation;

public sealed class EvalCommandTests : IDisposable
{
    private readonly BratFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    /// <summary>A fake extractor: every “…” stretch is a direct quote; text with "storm" in it throws.</summary>
    private static ExtractionResult QuoteMarksOnly(string text)
    {
        if (text.Contains("storm", StringComparison.Ordinal)) throw new InvalidOperationException("the storm broke it");
        var quotes = new List<Quote>();
        for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            var close = text.IndexOf('”', open);
            if (close < 0) break;
            var span = new TextSpan(open, close + 1);
            quotes.Add(new Quote($"q{quotes.Count + 1}", QuoteKind.Direct, text[open..(close + 1)], span, null, null, null, 0.5));
        }
        return new ExtractionResult(quotes, [], []);
    }

    private static ExtractionResult Nothing(string text) => ExtractionResult.Empty;

    private static (int Code, string Stdout, string Stderr) Run(Func<string, ExtractionResult> extract, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(["eval", .. args], TextReader.Null, stdout, stderr, extract);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Prints_a_table_with_every_metric_row_and_the_counts()
    {
        var (code, stdout, _) = Run(Nothing, _fixture.Path);

        code.Should().Be(ExitCodes.Ok);
        foreach (var row in new[]
        {
            "F1 @0.3", "P  @0.3", "R  @0.3", "F1 @0.8", "P  @0.8", "R  @0.8", "speaker match", "cue match",
            "recall direct @0.3", "recall indirect @0.3", "recall mixed @0.3",
            "recall direct @0.8", "recall indirect @0.8", "recall mixed @0.8",
            "documents          2", "gold attributions  4", "predictions        0", "MB/s",
        })
            stdout.Should().Contain(row);
        stdout.Should().Contain("0.0%").And.Contain("0 / 4");
    }

    [Fact]
    public void Json_prints_the_report_as_parseable_json()
    {
        var (code, stdout, _) = Run(Nothing, _fixture.Path, "--json", "--limit", "1");

        code.Should().Be(ExitCodes.Ok);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("documents").GetInt32().Should().Be(1);
        root.GetProperty("goldAttributions").GetInt32().Should().Be(3);
        root.GetProperty("lenient").GetProperty("threshold").GetDouble().Should().Be(0.3);
        root.GetProperty("strict").GetProperty("recallByKind").GetProperty("direct").GetProperty("gold").GetInt32().Should().Be(1);
        root.GetProperty("perDocument").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void A_failing_document_is_reported_and_the_run_goes_on_with_exit_1()
    {
        var (code, stdout, stderr) = Run(QuoteMarksOnly, _fixture.Path, "--json");

        code.Should().Be(ExitCodes.SomeFailed);
        stderr.Should().Contain("b.txt").And.Contain("the storm broke it").And.Contain("1 document(s) failed");
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("failedDocuments").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("documents").GetInt32().Should().Be(2);
        // a.txt's split direct quote is found (each half covers enough at 0.3).
        json.RootElement.GetProperty("lenient").GetProperty("matched").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Errors_file_lists_missed_gold_and_unmatched_predictions()
    {
        var errors = Path.Combine(_fixture.Path, "errors.txt");

        var (code, _, _) = Run(QuoteMarksOnly, _fixture.Path, "--errors", errors);

        code.Should().Be(ExitCodes.SomeFailed);
        var text = File.ReadAllText(errors);
        text.Should().Contain("== a.txt").And.Contain("-- MISSED").And.Contain("[indirect] E1")
            .And.Contain("source: The mayor | cue: said").And.Contain("content: the bridge would reopen in May");
        text.Should().Contain("-- UNMATCHED").And.Contain("EXTRACTION FAILED").And.Contain("== annotation warnings (3)");
    }

    [Fact]
    public void A_missing_folder_exits_with_2_and_says_so()
    {
        var missing = Path.Combine(_fixture.Path, "no-such-folder");

        var (code, stdout, stderr) = Run(Nothing, missing);

        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("gold folder not found").And.Contain(missing);
    }

    [Fact]
    public void Agreement_scores_the_second_annotator_then_the_extractor_on_the_same_texts()
    {
        var (code, stdout, _) = Run(QuoteMarksOnly, _fixture.Path, "--agreement");

        code.Should().Be(ExitCodes.Ok); // b.txt, which makes the fake extractor throw, has one annotator: not run
        var humans = stdout.IndexOf("second annotator against the first, on the 1 texts annotated twice", StringComparison.Ordinal);
        var reverse = stdout.IndexOf("first annotator against the second, on the same 1 texts", StringComparison.Ordinal);
        var extractor = stdout.IndexOf("the extractor against the first annotator, on the same 1 texts", StringComparison.Ordinal);
        humans.Should().BeGreaterThanOrEqualTo(0);
        reverse.Should().BeGreaterThan(humans);
        extractor.Should().BeGreaterThan(reverse);
        stdout[humans..reverse].Should().Contain("F1 @0.3                    50.0%").And.Contain("1 / 3");
        // The other way round, the one attribution of the second annotator is the gold: "the plan" lies wholly inside
        // the first annotator's longer content, so it is found at both coverages.
        stdout[reverse..extractor].Should().Contain("R  @0.8                   100.0%").And.Contain("1 / 3");
        stdout[extractor..].Should().Contain("documents          1").And.Contain("MB/s");
    }

    [Fact]
    public void Agreement_on_a_corpus_without_texts_annotated_twice_exits_with_2()
    {
        using var folder = new QuoteExtract.Tests.Cli.TempFolder();
        folder.Write("text/b.txt", BratFixture.TextB);
        folder.Write("attributions/b_0b1c.ann", "");

        var (code, stdout, stderr) = Run(Nothing, folder.Path, "--agreement");

        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("no text").And.Contain("two annotators");
    }

    [Theory]
    [InlineData]
    [InlineData("--limit", "many")]
    [InlineData("--frobnicate")]
    [InlineData("one", "two")]
    [InlineData("gold", "--agreement", "--json")]
    [InlineData("gold", "--agreement", "--limit", "3")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        Run(Nothing, args).Code.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Help_shows_the_eval_usage()
    {
        var (code, stdout, _) = Run(Nothing, "--help");

        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("quote-extract eval <GOLD_DIR>").And.Contain("--errors");
    }
}
