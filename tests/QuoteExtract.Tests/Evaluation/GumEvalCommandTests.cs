using System.Text.Json;
using QuoteExtract.Cli;
using QuoteExtract.Tests.Cli;

namespace QuoteExtract.Tests.Evaluation;

/// <summary><c>quote-extract eval</c> on a GUM folder (<see cref="GumFixture"/>).</summary>
public sealed class GumEvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = GumFixture.Folder();

    public void Dispose() => _folder.Dispose();

    /// <summary>A fake extractor: every “…” stretch is a direct quote.</summary>
    private static ExtractionResult QuoteMarksOnly(string text)
    {
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

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(["eval", .. args], TextReader.Null, stdout, stderr, QuoteMarksOnly);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Prints_the_table_for_a_GUM_folder()
    {
        var (code, stdout, stderr) = Run(_folder.Path);

        code.Should().Be(ExitCodes.Ok);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("documents          1").And.Contain("gold attributions  4 (direct 1, indirect 3, mixed 0; 0 without source)")
            .And.Contain("predictions        1").And.Contain("P  @0.3                   100.0%   1 / 1").And.Contain("R  @0.3                    25.0%   1 / 4");
    }

    [Fact]
    public void Reads_the_conllu_folder_itself_and_keeps_json_and_limit()
    {
        var (code, stdout, _) = Run(_folder["conllu"], "--json", "--limit", "1");

        code.Should().Be(ExitCodes.Ok);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("documents").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("goldAttributions").GetInt32().Should().Be(4);
        json.RootElement.GetProperty("perDocument")[0].GetProperty("document").GetString().Should().Be(GumFixture.Name);
    }

    [Fact]
    public void Errors_file_lists_the_missed_gold_by_relation()
    {
        var errors = Path.Combine(_folder.Path, "errors.txt");

        var (code, _, _) = Run(_folder.Path, "--errors", errors);

        code.Should().Be(ExitCodes.Ok);
        File.ReadAllText(errors).Should().Contain($"== {GumFixture.Name}").And.Contain("[indirect] attribution-negative:9->10")
            .And.Contain("source: She | cue: never claimed").And.Contain("content: that the numbers were final");
    }

    [Fact]
    public void Agreement_is_refused_for_GUM()
    {
        var (code, stdout, stderr) = Run(_folder.Path, "--agreement");

        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--agreement needs a brat corpus");
    }

    [Fact]
    public void A_folder_that_is_neither_layout_exits_with_2_naming_both()
    {
        using var empty = new TempFolder();

        var (code, _, stderr) = Run(empty.Path);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain("not a gold corpus folder").And.Contain("text/ and attributions/").And.Contain("conllu/ or *.conllu");
    }

    [Fact]
    public void Help_describes_both_layouts()
    {
        var (code, stdout, _) = Run("--help");

        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("GOLD_DIR/attributions/NAME_xxxx.ann").And.Contain("GOLD_DIR/conllu/NAME.conllu").And.Contain("GOLD_DIR/rst/NAME.rs4");
    }
}
