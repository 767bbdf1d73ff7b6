using QuoteExtract.Cli;
using System.Text;
using System.Text.Json;

namespace QuoteExtract.Tests.Cli;

/// <summary>Broken inputs give that document an error record and the exit code 1; no other document is lost.</summary>
public sealed class CliFaultTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static (string Document, string? Error)[] Records(CliRun run) =>
        run.Lines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return (json.RootElement.GetProperty("document").GetString()!, json.RootElement.GetProperty("error").GetString());
        }).ToArray();

    [Fact]
    public void Invalid_utf8_is_an_error_record_naming_the_byte_and_the_rest_goes_on()
    {
        File.WriteAllBytes(_temp["a.txt"], [.. "Bad "u8, 0xFF, 0xFE, .. " bytes here."u8]);
        _temp.Write("b.txt", "Ann said so");
        var run = CliRun.Of(_temp.Path);
        run.ExitCode.Should().Be(1);
        var records = Records(run);
        records.Select(r => r.Document).Should().Equal("a.txt", "b.txt");
        records[0].Error.Should().Contain("not valid UTF-8").And.Contain("0xFF").And.Contain("offset 4");
        records[1].Error.Should().BeNull();
        run.Stderr.Should().Contain("a.txt");
    }

    [Fact]
    public void Invalid_utf8_in_a_json_lines_line_is_an_error_record_like_in_a_text_file_not_replaced_silently()
    {
        File.WriteAllBytes(_temp["a.jsonl"], [
            .. "{\"id\":\"ok1\",\"text\":\"Ann said so\"}\n"u8,
            .. "{\"id\":\"bad\",\"text\":\"Bad "u8, 0xFF, .. " bytes\"}\n"u8,
            .. "{\"text\":\"Bad "u8, 0xC3, .. "\"}\n"u8,
            .. "{\"id\":\"ok2\",\"text\":\"Bob said so \uFFFD\"}\n"u8,
        ]);
        var run = CliRun.Of(_temp["a.jsonl"]);
        run.ExitCode.Should().Be(1);
        var records = Records(run);
        records.Select(r => r.Document).Should().Equal("ok1", "bad", "a.jsonl:3", "ok2");
        records[1].Error.Should().Contain("a.jsonl:2").And.Contain("not valid UTF-8").And.Contain("0xFF");
        records[2].Error.Should().Contain("a.jsonl:3").And.Contain("not valid UTF-8").And.Contain("0xC3");
        records[3].Error.Should().BeNull("a U+FFFD written in the file as UTF-8 is the text's own character");
        run.Stderr.Should().Contain("a.jsonl:2").And.Contain("a.jsonl:3");
    }

    [Fact]
    public void A_binary_file_in_a_folder_is_an_error_record()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[100] = 0;
        File.WriteAllBytes(_temp["image.txt"], bytes);
        _temp.Write("note.txt", "Ann said so");
        var run = CliRun.Of(_temp.Path);
        run.ExitCode.Should().Be(1);
        var records = Records(run);
        records.Should().HaveCount(2);
        records.Single(r => r.Document == "image.txt").Error.Should().Contain("binary");
        records.Single(r => r.Document == "note.txt").Error.Should().BeNull();
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read_as_text()
    {
        File.WriteAllBytes(_temp["u16.txt"], [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Ann said so")]);
        var run = CliRun.Of(_temp["u16.txt"]);
        run.ExitCode.Should().Be(0);
        Records(run).Single().Error.Should().BeNull();
        run.Stdout.Should().Contain("Speaker Ann");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_dropped_so_offsets_count_from_the_text()
    {
        File.WriteAllBytes(_temp["bom.txt"], [0xEF, 0xBB, 0xBF, .. "Ann said so"u8]);
        var run = CliRun.Of(_temp["bom.txt"]);
        using var json = JsonDocument.Parse(run.Lines.Single());
        json.RootElement.GetProperty("quotes")[0].GetProperty("start").GetInt32().Should().Be(0);
    }

    // Text files are read in 64 KB blocks, twice (check and count, then decode): what falls on a block's edge must
    // come out whole, and an error's offset counts from the file's start.
    [Fact]
    public void A_text_file_read_in_blocks_keeps_characters_split_across_blocks_and_names_late_errors_by_file_offset()
    {
        var text = new string('a', 65_535) + "é“x”😀" + string.Concat(Enumerable.Repeat("Ann said “yes.” ", 20_000));
        File.WriteAllBytes(_temp["long.txt"], [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var bad = Encoding.UTF8.GetBytes(new string('b', 200_000));
        bad[150_000] = 0xC3; // a lead byte with no continuation
        File.WriteAllBytes(_temp["late.txt"], bad);
        var binary = Encoding.UTF8.GetBytes(new string('c', 100_000));
        binary[70_000] = 0;
        File.WriteAllBytes(_temp["binary.txt"], binary);
        var cut = Encoding.UTF8.GetBytes("Ends in the middle of é");
        File.WriteAllBytes(_temp["cut.txt"], cut[..^1]);

        var echoed = new StringWriter();
        var code = Program.Run([_temp.Path], new StringReader(""), echoed, new StringWriter(), t => Output.SampleResults.OneQuote(t, "Ann"));

        code.Should().Be(1);
        var records = echoed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(r => r.GetProperty("document").GetString()!);
        records["long.txt"].GetProperty("quotes")[0].GetProperty("text").GetString().Should().Be(text, "the whole file, its byte order mark dropped");
        records["late.txt"].GetProperty("error").GetString().Should().Contain("not valid UTF-8").And.Contain("0xC3").And.Contain("offset 150000");
        records["binary.txt"].GetProperty("error").GetString().Should().Contain("binary").And.Contain("offset 70000");
        records["cut.txt"].GetProperty("error").GetString().Should().Contain("not valid UTF-8").And.Contain("offset 22", "the lead byte whose sequence the file cuts");
    }
}
