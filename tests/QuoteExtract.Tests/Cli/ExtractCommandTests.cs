using System.Text.Json;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Jsonl_writes_one_line_per_document_in_input_order()
    {
        var b = _temp.Write("b.txt", "Bravo said so");
        var a = _temp.Write("a.txt", "Alpha said so");

        var run = CliRun.Of(b, a);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.Lines.Should().HaveCount(2);
        var documents = run.Lines.Select(ResultJson.Read).ToList();
        documents.Select(d => d.Document).Should().Equal("b.txt", "a.txt");
        documents[0].Result.Quotes.Single().Id.Should().Be("q1");
        documents[0].Result.Quotes.Single().Text.Should().Be("Bravo said so");
        documents[0].Result.Speakers.Single().Name.Should().Be("Speaker Bravo");
        documents[1].Result.Speakers.Single().Name.Should().Be("Speaker Alpha");
    }

    [Fact]
    public void Explicit_extract_subcommand_is_the_same_as_the_default()
    {
        var a = _temp.Write("a.txt", "Alpha said so");

        CliRun.Of("extract", a).Stdout.Should().Be(CliRun.Of(a).Stdout);
    }

    [Fact]
    public void Json_format_writes_an_indented_array_of_documents()
    {
        var a = _temp.Write("a.txt", "Alpha said so");
        var b = _temp.Write("b.txt", "Bravo said so");

        var run = CliRun.Of("--format", "json", a, b);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("[\n  {\n    \"document\": \"a.txt\"").And.EndWith("]\n");
        using var parsed = JsonDocument.Parse(run.Stdout);
        parsed.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        parsed.RootElement.EnumerateArray().Select(e => ResultJson.Read(e).Document).Should().Equal("a.txt", "b.txt");
    }

    [Fact]
    public void Json_format_with_only_failures_is_still_a_valid_array()
    {
        var run = CliRun.Of("--format=json", _temp["nope.txt"]);

        run.ExitCode.Should().Be(1);
        using var parsed = JsonDocument.Parse(run.Stdout);
        parsed.RootElement.GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Table_format_shows_the_speaker_and_the_text()
    {
        var a = _temp.Write("a.txt", "Alpha said so and a lot more words follow here, more than any table column could ever hold in one line");

        var run = CliRun.Of("-f", "table", a);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("a.txt: 1 quote, 1 speaker, 0 claims");
        run.Stdout.Should().Contain("Speaker Alpha").And.Contain("Alpha said so and a lot").And.Contain("…");
        run.Stdout.Should().Contain("speakers:").And.Contain("s1");
        run.Stdout.Should().NotContain("ever hold in one line", "text is cut to the column width");
    }

    [Fact]
    public void Table_cells_are_cut_and_padded_to_their_width()
    {
        QuoteExtract.Cli.Writers.TableWriter.Fit("a\n b", 5).Should().Be("a b  ");
        QuoteExtract.Cli.Writers.TableWriter.Fit("abcdefgh", 5).Should().Be("abcd…");
    }

    [Fact]
    public void Missing_file_gives_an_error_record_and_a_message_and_the_others_still_run()
    {
        var a = _temp.Write("a.txt", "Alpha said so");
        var missing = _temp["missing.txt"];
        var c = _temp.Write("c.txt", "Charlie said so");

        var run = CliRun.Of(a, missing, c);

        run.ExitCode.Should().Be(1);
        var documents = run.Lines.Select(ResultJson.Read).ToList();
        documents.Select(d => d.Document).Should().Equal("a.txt", missing, "c.txt");
        documents[1].Error.Should().Contain("missing.txt");
        documents[1].Result.Quotes.Should().BeEmpty();
        documents[0].Error.Should().BeNull();
        documents[2].Result.Speakers.Single().Name.Should().Be("Speaker Charlie");
        run.Stderr.Should().Contain("missing.txt");
    }

    [Fact]
    public void Extractor_exception_becomes_that_documents_error_record()
    {
        var bad = _temp.Write("bad.txt", "boom goes the extractor");
        var good = _temp.Write("good.txt", "Golf said so");

        var run = CliRun.Of(bad, good);

        run.ExitCode.Should().Be(1);
        var documents = run.Lines.Select(ResultJson.Read).ToList();
        documents[0].Error.Should().Contain("bad.txt").And.Contain("kaboom");
        documents[1].Error.Should().BeNull();
        run.Stderr.Should().Contain("bad.txt").And.Contain("kaboom");
    }

    [Fact]
    public void Folder_is_read_recursively_for_txt_files_in_ordinal_order()
    {
        _temp.Write("corpus/b.txt", "Bravo");
        _temp.Write("corpus/B.txt", "Upper");
        _temp.Write("corpus/sub/a.txt", "Alpha");
        _temp.Write("corpus/a.txt", "Alpha2");
        _temp.Write("corpus/notes.md", "Markdown");
        _temp.Write("corpus/data.json", "{}");

        var run = CliRun.Of(_temp["corpus"]);

        run.ExitCode.Should().Be(0);
        run.Lines.Select(l => ResultJson.Read(l).Document).Should().Equal("B.txt", "a.txt", "b.txt", "sub/a.txt");
    }

    [Fact]
    public void Documents_are_read_as_utf8_without_bom()
    {
        var path = _temp["bom.txt"];
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Zoë said"u8]);

        var document = ResultJson.Read(CliRun.Of(path).Lines.Single());

        document.Result.Quotes.Single().Text.Should().Be("Zoë said");
        document.Result.Quotes.Single().Span.End.Should().Be(8);
    }

    [Fact]
    public void Dash_reads_one_document_from_stdin()
    {
        var run = CliRun.WithStdin("Sierra said so", "-");

        ResultJson.Read(run.Lines.Single()).Should().Match<ResultDocument>(d =>
            d.Document == "stdin" && d.Result.Speakers[0].Name == "Speaker Sierra");
    }

    [Fact]
    public void Out_option_writes_the_output_to_a_file()
    {
        var a = _temp.Write("a.txt", "Alpha said so");
        var outPath = _temp["out/result.jsonl"];
        Directory.CreateDirectory(_temp["out"]);

        var run = CliRun.Of(a, "--out", outPath);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().BeEmpty();
        var lines = File.ReadAllLines(outPath);
        lines.Should().ContainSingle();
        ResultJson.Read(lines[0]).Document.Should().Be("a.txt");
    }

    [Fact]
    public void Out_option_into_a_missing_folder_fails_with_a_message()
    {
        var a = _temp.Write("a.txt", "Alpha said so");

        var run = CliRun.Of(a, "-o", _temp["no/such/folder/out.jsonl"]);

        run.ExitCode.Should().Be(3, "an output that cannot be written is exit code 3, not a failed document");
        run.Stderr.Should().Contain("out.jsonl");
    }

    [Theory]
    [InlineData()]
    [InlineData("extract")]
    [InlineData("--format", "xml", "a.txt")]
    [InlineData("--format")]
    [InlineData("--verbose", "a.txt")]
    [InlineData("--format", "json")]
    public void Usage_errors_exit_with_2_and_say_why(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("quote-extract: ");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("extract", "--help")]
    public void Help_prints_usage(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("Usage:").And.Contain("--format").And.Contain("--out");
    }

    [Fact]
    public void Double_dash_ends_options_so_a_file_may_start_with_a_dash()
    {
        var odd = _temp.Write("-odd.txt", "Oscar said so");

        var run = CliRun.Of("--", odd);

        run.ExitCode.Should().Be(0);
        ResultJson.Read(run.Lines.Single()).Document.Should().Be("-odd.txt");
    }
}
