using Parquet;
using Parquet.Schema;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Tests.Cli;

public sealed class BatchParquetTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>One row of the flat Parquet output.</summary>
    internal sealed record Row(string Document, string? Error, string? QuoteId, string? Kind, string? Text, int? Start, int? End,
        string? SpeakerId, string? SpeakerName, string? SpeakerKind, string? SpeakerMention, string? Cue, double? Confidence, string? Continues);

    /// <summary>Reads every row of a file written by <c>--format parquet</c>, with Parquet.Net.</summary>
    internal static async Task<List<Row>> ReadRowsAsync(string path)
    {
        var rows = new List<Row>();
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            async Task<string?[]> Strings(string name)
            {
                var values = new string?[n];
                await group.ReadAsync(fields[name], values.AsMemory());
                return values;
            }
            async Task<T?[]> Values<T>(string name) where T : struct
            {
                var values = new T?[n];
                await group.ReadAsync<T>(fields[name], values.AsMemory());
                return values;
            }
            var document = await Strings("document");
            var error = await Strings("error");
            var quoteId = await Strings("quote_id");
            var kind = await Strings("kind");
            var text = await Strings("text");
            var start = await Values<int>("start");
            var end = await Values<int>("end");
            var speakerId = await Strings("speaker_id");
            var speakerName = await Strings("speaker_name");
            var speakerKind = await Strings("speaker_kind");
            var mention = await Strings("speaker_mention");
            var cue = await Strings("cue");
            var confidence = await Values<double>("confidence");
            var continues = await Strings("continues");
            for (var i = 0; i < n; i++)
                rows.Add(new Row(document[i]!, error[i], quoteId[i], kind[i], text[i], start[i], end[i], speakerId[i],
                    speakerName[i], speakerKind[i], mention[i], cue[i], confidence[i], continues[i]));
        }
        return rows;
    }

    [Fact]
    public async Task Parquet_file_has_the_flat_columns_and_one_row_per_quote()
    {
        var a = _temp.Write("a.txt", "Alpha said so");
        var lines = _temp.Write("l.jsonl", BatchRun.Lines([("j1", "Juliet said so"), ("bad", "boom")]));
        var outPath = _temp["out.parquet"];

        var run = CliRun.Of(a, _temp["missing.txt"], lines, "--format", "parquet", "--out", outPath, "--parallel", "2");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        var schema = await ParquetReader.ReadSchemaAsync(outPath);
        schema.GetDataFields().Select(f => f.Name).Should().Equal("document", "error", "quote_id", "kind", "type", "text", "start", "end",
            "speaker_id", "speaker_name", "speaker_kind", "speaker_mention", "cue", "confidence", "continues");

        var rows = await ReadRowsAsync(outPath);
        rows.Select(r => r.Document).Should().Equal("a.txt", _temp["missing.txt"], "j1", "bad");
        rows[0].Should().Be(new Row("a.txt", null, "q1", "direct", "Alpha said so", 0, 13, "s1", "Speaker Alpha", "person",
            null, null, 0.9, null));
        rows[1].Error.Should().Contain("missing.txt");
        rows[1].QuoteId.Should().BeNull();
        rows[1].Start.Should().BeNull();
        rows[1].Confidence.Should().BeNull();
        rows[3].Error.Should().Contain("kaboom");
    }

    [Fact]
    public async Task Parquet_with_the_real_extractor_has_cues_mentions_and_a_row_for_a_document_without_quotes()
    {
        var lines = _temp.Write("news.jsonl", BatchRun.Lines([
            ("n1", "\"We will not give up,\" said Prime Minister Jane Doe. \"Never,\" she added."),
            ("n2", "The weather was mild."),
        ]));
        var outPath = _temp["news.parquet"];

        var stdout = new StringWriter();
        var code = QuoteExtract.Cli.Program.Run([lines, "-f", "parquet", "-o", outPath], new StringReader(""), stdout, TextWriter.Null);

        code.Should().Be(0);
        var rows = await ReadRowsAsync(outPath);
        var n1 = rows.Where(r => r.Document == "n1").ToList();
        n1.Should().HaveCountGreaterThanOrEqualTo(1);
        n1.Should().Contain(r => r.Text!.Contains("We will not give up") && r.Cue == "said" && r.SpeakerName!.Contains("Jane Doe"));
        n1.Should().OnlyContain(r => r.Error == null && r.QuoteId != null && r.Confidence > 0);
        rows.Where(r => r.Document == "n2").Should().ContainSingle().Which.QuoteId.Should().BeNull("a document without quotes still has its row");
    }

    [Fact]
    public async Task Parquet_rows_are_written_in_row_groups()
    {
        var outPath = _temp["groups.parquet"];
        using (var file = File.Create(outPath))
        {
            var writer = new ParquetRowsWriter(file, rowGroupSize: 3);
            writer.Begin();
            for (var i = 0; i < 10; i++) writer.Write($"d{i}", CliRun.FakeExtract($"D{i} said"), null);
            writer.End();
        }

        await using (var reader = await ParquetReader.CreateAsync(outPath))
            reader.RowGroupCount.Should().Be(4);
        (await ReadRowsAsync(outPath)).Select(r => r.Document).Should().Equal(Enumerable.Range(0, 10).Select(i => $"d{i}"));
    }

    [Fact]
    public async Task Empty_input_gives_an_empty_but_valid_parquet_file()
    {
        var empty = _temp.Write("empty.jsonl", "");
        var outPath = _temp["empty.parquet"];

        CliRun.Of(empty, "--format", "parquet", "--out", outPath).ExitCode.Should().Be(0);

        (await ReadRowsAsync(outPath)).Should().BeEmpty();
    }
}
