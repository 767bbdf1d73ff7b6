using QuoteExtract.Cli.Writers;
using QuoteExtract.Tests.Output;

namespace QuoteExtract.Tests.Cli;

/// <summary><c>--format html --out DIR</c>: one page per document and an index.</summary>
public sealed class HtmlViewCliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Html_format_writes_a_page_per_document_and_an_index_listing_failures()
    {
        _temp.Write("in/a.txt", "Alpha <b>said</b> so");
        _temp.Write("in/sub/b c.txt", "Bravo said so");
        _temp.Write("in/boom.txt", "boom");
        var outDir = _temp["pages"];

        var run = CliRun.Of(_temp["in"], _temp["missing.txt"], "--format", "html", "--out", outDir, "-p", "2");

        run.ExitCode.Should().Be(1, "two documents failed");
        run.Stdout.Should().BeEmpty();
        Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal("a.html", "index.html", "sub_b_c.html");

        var page = File.ReadAllText(Path.Combine(outDir, "a.html"));
        HtmlTree.Article(page).Text.Should().Be("Alpha <b>said</b> so");
        page.Should().Contain("Speaker Alpha").And.Contain("data-quote-id=\"q1\"");

        var index = File.ReadAllText(Path.Combine(outDir, "index.html"));
        index.Should().Contain("<a href=\"a.html\">a.txt</a>").And.Contain("<a href=\"sub_b_c.html\">sub/b c.txt</a>");
        index.Should().Contain("error: extraction failed for boom.txt").And.Contain("file not found");
        index.Should().Contain("<td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td>");
    }

    [Fact]
    public void Html_format_without_out_writes_the_page_of_the_one_document_to_standard_output()
    {
        var run = CliRun.Of(_temp.Write("a.txt", "Alpha <b>said</b> so"), "--format", "html");

        run.ExitCode.Should().Be(0);
        HtmlTree.Article(run.Stdout).Text.Should().Be("Alpha <b>said</b> so");
        run.Stdout.Should().Contain("Speaker Alpha");
    }

    [Theory]
    [InlineData("two inputs")]
    [InlineData("a folder")]
    [InlineData("JSON Lines")]
    public void Html_format_without_out_for_several_documents_is_a_usage_error_and_writes_nothing(string inputs)
    {
        string[] args = inputs switch
        {
            "two inputs" => [_temp.Write("a.txt", "Alpha said so"), _temp.Write("b.txt", "Bravo said so")],
            "a folder" => [Path.GetDirectoryName(_temp.Write("in/a.txt", "Alpha said so"))!],
            _ => [_temp.Write("ab.jsonl", "{\"id\":\"a\",\"text\":\"Alpha said so\"}\n{\"id\":\"b\",\"text\":\"Bravo said so\"}\n")],
        };

        var run = CliRun.Of([.. args, "--format", "html"]);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("--format html without --out").And.Contain("--out DIR");
    }

    [Fact]
    public void Html_out_that_cannot_be_a_folder_is_an_error()
    {
        var file = _temp.Write("taken", "a file where the folder should go");

        var run = CliRun.Of(_temp.Write("a.txt", "Alpha said so"), "--format", "html", "--out", file);

        run.ExitCode.Should().Be(3, "an output that cannot be written is exit code 3");
        run.Stderr.Should().Contain("cannot write");
    }

    [Fact]
    public void A_page_that_cannot_be_written_is_named_in_the_error_not_the_index()
    {
        var outDir = _temp["pages"];
        // Folders where the page and the index should go: both writes fail.
        Directory.CreateDirectory(Path.Combine(outDir, "a.html"));
        Directory.CreateDirectory(Path.Combine(outDir, HtmlPagesWriter.IndexFile));

        var run = CliRun.Of(_temp.Write("a.txt", "Alpha said so"), "--format", "html", "--out", outDir);

        run.ExitCode.Should().Be(3, "an output that cannot be written is exit code 3");
        run.Stderr.Should().Contain("a.html").And.Contain("a.txt").And.NotContain(HtmlPagesWriter.IndexFile);
    }

    [Fact]
    public void Page_names_are_safe_and_unique()
    {
        HtmlPagesWriter.SafeStem("news/2024/a b.txt").Should().Be("news_2024_a_b");
        HtmlPagesWriter.SafeStem("../../etc/passwd").Should().Be("_.._etc_passwd");
        HtmlPagesWriter.SafeStem("..").Should().Be("document");
        HtmlPagesWriter.SafeStem("CON.txt").Should().Be("_CON");
        HtmlPagesWriter.SafeStem("Новости.txt").Should().Be("_______");
        HtmlPagesWriter.SafeStem(new string('x', 300)).Should().HaveLength(100);

        var outDir = _temp["pages"];
        var writer = HtmlPagesWriter.Open(outDir, out _)!;
        writer.Begin();
        foreach (var name in new[] { "a.txt", "a", "A.txt", "index.txt", "x/y.txt", "x_y.txt" })
            writer.Write(name, "text", ExtractionResult.Empty, null);
        writer.End();
        Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(
            "A-3.html", "a-2.html", "a.html", "index-2.html", "index.html", "x_y-2.html", "x_y.html");
    }
}
