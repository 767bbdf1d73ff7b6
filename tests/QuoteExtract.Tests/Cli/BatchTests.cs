using System.Text;
using QuoteExtract.Cli;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Cli;

public sealed class BatchTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<ResultDocument> Documents(CliRun run) => [.. run.Lines.Select(ResultJson.Read)];

    [Fact]
    public void Jsonl_file_keeps_ids_and_order_under_parallel_4_when_documents_finish_out_of_order()
    {
        var input = Enumerable.Range(0, 60).Select(i => (Id: $"doc-{i:000}", Text: $"Speaker{i} said thing number {i}")).ToList();
        var path = _temp.Write("corpus.jsonl", BatchRun.Lines(input));

        var run = BatchRun.Of(BatchRun.Sleepy(maxMs: 15), path, "--parallel", "4");

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        var documents = Documents(run);
        documents.Select(d => d.Document).Should().Equal(input.Select(d => d.Id));
        documents.Select(d => d.Result.Quotes.Single().Text).Should().Equal(input.Select(d => d.Text));
    }

    [Fact]
    public void Invalid_jsonl_lines_give_an_error_record_each_and_the_batch_goes_on()
    {
        var path = _temp.Write("mixed.jsonl", string.Join('\n',
            BatchRun.Line("a", "Alpha said so"),
            """{"id": "b", "text": "Bravo said""",   // cut off: the id was readable
            "not json at all",                      // nothing readable: file:line
            """{"id": "d", "title": "no text"}""",  // no text
            """{"id": "e", "text": 42}""",          // text not a string
            "",                                     // blank lines are no documents
            """{"text": "Foxtrot said so", "source": {"x": [1, 2]}}""", // no id: file:line; other properties ignored
            BatchRun.Line("g", "Golf said so")));

        var run = BatchRun.Of(CliRun.FakeExtract, path, "-p", "3");

        run.ExitCode.Should().Be(1);
        var documents = Documents(run);
        documents.Select(d => d.Document).Should().Equal("a", "b", "mixed.jsonl:3", "d", "e", "mixed.jsonl:7", "g");
        documents.Select(d => d.Error is null).Should().Equal(true, false, false, false, false, true, true);
        documents[1].Error.Should().Contain("mixed.jsonl:2").And.Contain("invalid JSON");
        documents[3].Error.Should().Contain("mixed.jsonl:4").And.Contain("text");
        documents[1].Result.Quotes.Should().BeEmpty();
        documents[5].Result.Speakers.Single().Name.Should().Be("Speaker Foxtrot");
        run.Stderr.Should().Contain("mixed.jsonl:2").And.Contain("mixed.jsonl:3").And.Contain("4 document(s) failed");
    }

    [Fact]
    public void Every_input_document_gets_exactly_one_record_whatever_goes_wrong()
    {
        var a = _temp.Write("a.txt", "Alpha said so");
        var boom = _temp.Write("boom.txt", "boom goes the extractor");
        var lines = _temp.Write("lines.jsonl", BatchRun.Lines([("j1", "Juliet said so"), ("j2", "boom again")]) + "{oops\n");
        _temp.Write("dir/x.txt", "Xray said so");
        _temp.Write("dir/y/z.txt", "boom in a folder");

        var run = BatchRun.Of(BatchRun.Sleepy(maxMs: 5), a, _temp["missing.txt"], boom, lines, _temp["dir"], "--parallel", "3");

        run.ExitCode.Should().Be(1);
        Documents(run).Select(d => (d.Document, Failed: d.Error is not null)).Should().Equal(
            ("a.txt", false), (_temp["missing.txt"], true), ("boom.txt", true), ("j1", false), ("j2", true),
            ("lines.jsonl:3", true), ("x.txt", false), ("y/z.txt", true));
    }

    [Fact]
    public void Exit_code_is_0_when_no_document_failed()
    {
        var path = _temp.Write("ok.jsonl", BatchRun.Lines([("1", "One said so"), ("2", "Two said so")]));

        BatchRun.Of(CliRun.FakeExtract, path).ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("-", "--input-format", "jsonl")]
    [InlineData("-", "--input-format=jsonl", "--parallel", "4")]
    public void Stdin_mapper_writes_one_line_per_input_line_with_ids_in_order(params string[] args)
    {
        var input = Enumerable.Range(1, 25).Select(i => (Id: i.ToString(System.Globalization.CultureInfo.InvariantCulture), Text: $"Person{i} said hello")).ToList();
        var stdin = "\n  " + BatchRun.Lines(input); // leading white space does not hide the JSON

        var run = BatchRun.Of(BatchRun.Sleepy(maxMs: 3), new StringReader(stdin), CancellationToken.None, args);

        run.ExitCode.Should().Be(0);
        run.Stdout.Split('\n').Should().HaveCount(26).And.EndWith("", "the output ends with a line end");
        Documents(run).Select(d => d.Document).Should().Equal(input.Select(d => d.Id));
        Documents(run)[0].Result.Speakers.Single().Name.Should().Be("Speaker Person1");
    }

    [Fact]
    public void Stdin_numeric_ids_are_kept_as_written()
    {
        var run = BatchRun.WithStdin("{\"id\": 12, \"text\": \"Twelve said\"}\n{\"id\": 1.5e3, \"text\": \"x\"}", "-");

        Documents(run).Select(d => d.Document).Should().Equal("12", "1.5e3");
    }

    [Fact]
    public void Stdin_text_that_does_not_start_with_a_brace_is_one_document_with_its_white_space_kept()
    {
        var run = BatchRun.WithStdin("\n  Sierra said so", "-");

        var document = Documents(run).Single();
        document.Document.Should().Be("stdin");
        document.Result.Quotes.Single().Text.Should().Be("\n  Sierra said so");
        document.Result.Quotes.Single().Span.End.Should().Be(17);
    }

    [Fact]
    public void Stdin_as_text_is_forced_by_input_format_text()
    {
        var run = BatchRun.WithStdin("{\"id\": 1, \"text\": \"x\"}", "-", "--input-format", "text");

        Documents(run).Single().Document.Should().Be("stdin");
    }

    [Fact]
    public void Stdin_closed_early_still_gets_every_line_it_gave_processed_and_written()
    {
        // The last line has no line end, and the one before it was cut off mid-object.
        var stdin = BatchRun.Line("a", "Alpha said") + "\n{\"id\": \"b\", \"te\n" + BatchRun.Line("c", "Charlie said");

        var run = BatchRun.WithStdin(stdin, "-", "--input-format", "jsonl", "-p", "2");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().EndWith("\n");
        Documents(run).Select(d => (d.Document, d.Error is null)).Should().Equal(("a", true), ("b", false), ("c", true));
    }

    [Fact]
    public void Stdin_mapper_writes_each_record_before_the_next_line_arrives()
    {
        // A pipe consumer must see the answer to line 1 while the producer still holds line 2 back.
        var output = new SignallingWriter();
        var stdin = new GatedReader(BatchRun.Line("first", "One said"), BatchRun.Line("second", "Two said"), output.FirstLine);

        var code = Program.Run(["-", "--input-format", "jsonl"], stdin, output, TextWriter.Null, CliRun.FakeExtract);

        code.Should().Be(0);
        stdin.SawFirstLineInTime.Should().BeTrue("the first record is written (and flushed) before the second line is read");
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => ResultJson.Read(l).Document)
            .Should().Equal("first", "second");
    }

    [Fact]
    public void Real_extractor_on_jsonl_finds_quotes_and_speakers()
    {
        var path = _temp.Write("news.jsonl", BatchRun.Lines([
            ("n1", "\"We will not give up,\" said Prime Minister Jane Doe on Monday."),
            ("n2", "The weather was mild."),
            ("n3", "John Smith, the company's chief executive, said the results were disappointing."),
        ]));

        var stdout = new StringWriter { NewLine = "\n" };
        var code = Program.Run([path, "--parallel", "2"], new StringReader(""), stdout, TextWriter.Null);

        code.Should().Be(0);
        var documents = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ResultJson.Read).ToList();
        documents.Select(d => d.Document).Should().Equal("n1", "n2", "n3");
        documents[0].Result.Quotes.Should().Contain(q => q.Text.Contains("We will not give up"));
        documents[0].Result.Speakers.Should().Contain(s => s.Name.Contains("Jane Doe"));
        documents[1].Result.Quotes.Should().BeEmpty();
        documents[2].Result.Speakers.Should().Contain(s => s.Name.Contains("John Smith"));
    }

    [Fact]
    public void Cancellation_mid_batch_stops_early_and_leaves_complete_lines_only()
    {
        using var cancel = new CancellationTokenSource();
        var input = Enumerable.Range(0, 2000).Select(i => ($"d{i}", $"Doc{i} said {new string('x', 200)}"));
        var path = _temp.Write("big.jsonl", BatchRun.Lines(input));
        ExtractionResult Extract(string text)
        {
            if (text.StartsWith("Doc50 ", StringComparison.Ordinal)) cancel.Cancel(); // Ctrl-C arrives here
            Thread.Sleep(1);
            return CliRun.FakeExtract(text);
        }

        var run = BatchRun.Of(Extract, new StringReader(""), cancel.Token, path, "--parallel", "4");

        run.ExitCode.Should().Be(ExitCodes.Interrupted);
        run.Stderr.Should().Contain("interrupted");
        run.Stdout.Should().EndWith("\n");
        var documents = Documents(run); // every line parses: no half line
        documents.Count.Should().BeInRange(1, 200);
        documents.Select(d => d.Document).Should().Equal(Enumerable.Range(0, documents.Count).Select(i => $"d{i}"),
            "what was written is the start of the input, in order");
    }

    [Fact]
    public async Task Cancelled_parquet_output_is_still_a_readable_file()
    {
        using var cancel = new CancellationTokenSource();
        var path = _temp.Write("big.jsonl", BatchRun.Lines(Enumerable.Range(0, 500).Select(i => ($"d{i}", $"Doc{i} said so"))));
        var outPath = _temp["out.parquet"];
        ExtractionResult Extract(string text)
        {
            if (text.StartsWith("Doc20 ", StringComparison.Ordinal)) cancel.Cancel();
            return CliRun.FakeExtract(text);
        }

        var run = BatchRun.Of(Extract, new StringReader(""), cancel.Token, path, "--format", "parquet", "--out", outPath, "-p", "2");

        run.ExitCode.Should().Be(ExitCodes.Interrupted);
        var rows = await BatchParquetTests.ReadRowsAsync(outPath);
        rows.Count.Should().BeInRange(1, 100);
        rows.Select(r => r.Document).Should().Equal(Enumerable.Range(0, rows.Count).Select(i => $"d{i}"));
    }

    [Theory]
    [InlineData("a.txt", "--format", "parquet")]
    [InlineData("a.txt", "--parallel", "0")]
    [InlineData("a.txt", "--parallel", "many")]
    [InlineData("a.txt", "--input-format", "xml")]
    public void Batch_usage_errors_exit_with_2(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("quote-extract: ");
    }

    [Fact]
    public void Help_describes_the_batch_options()
    {
        CliRun.Of("--help").Stdout.Should().Contain("--parallel").And.Contain("--input-format").And.Contain("parquet").And.Contain("130");
    }

    [Fact]
    public void Progress_text_has_documents_size_rate_and_eta()
    {
        var text = QuoteExtract.Cli.Batch.BatchProgress.Format(1234, 3 * 1024 * 1024, 2.0, 12L * 1024 * 1024);

        text.Should().Be("1,234 documents, 3.0 MB, 1.5 MB/s, 25%, ETA 0:00:06");
        QuoteExtract.Cli.Batch.BatchProgress.Format(1, 0, 0, null).Should().Be("1 documents, 0.0 MB, 0.0 MB/s");
    }

    [Fact]
    public void Progress_is_off_in_process_so_stderr_stays_clean()
    {
        var path = _temp.Write("ok.jsonl", BatchRun.Lines([("1", "One said so")]));

        BatchRun.Of(CliRun.FakeExtract, path).Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Folder_with_jsonl_input_format_reads_its_jsonl_files()
    {
        _temp.Write("c/b.jsonl", BatchRun.Lines([("b1", "B said")]));
        _temp.Write("c/a.jsonl", BatchRun.Lines([("a1", "A said"), ("a2", "A2 said")]));
        _temp.Write("c/t.txt", "not read");

        var run = BatchRun.Of(CliRun.FakeExtract, _temp["c"], "--input-format", "jsonl");

        Documents(run).Select(d => d.Document).Should().Equal("a1", "a2", "b1");
    }

    /// <summary>A StringWriter that signals when the first full line has been written.</summary>
    private sealed class SignallingWriter : StringWriter
    {
        public SignallingWriter() => NewLine = "\n";

        public ManualResetEventSlim FirstLine { get; } = new();

        public override void Write(char value)
        {
            base.Write(value);
            if (value == '\n') FirstLine.Set();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            if (value?.Contains('\n') == true) FirstLine.Set();
        }

        public override void Write(ReadOnlySpan<char> buffer) // (records are written in pieces of a char buffer)
        {
            base.Write(buffer);
            if (buffer.Contains('\n')) FirstLine.Set();
        }
    }

    /// <summary>Gives one line, then holds the second back until the first record was written (or two minutes passed: liveness, not speed).</summary>
    private sealed class GatedReader(string first, string second, ManualResetEventSlim gate) : TextReader
    {
        private int _read;

        public bool SawFirstLineInTime { get; private set; }

        public override string? ReadLine()
        {
            switch (_read++)
            {
                case 0: return first;
                case 1:
                    SawFirstLineInTime = gate.Wait(TimeSpan.FromSeconds(120)); // (a liveness wait, not a speed bound)
                    return second;
                default: return null;
            }
        }
    }

    /// <summary>Counts output lines without keeping them, and samples the live heap now and then.</summary>
    internal sealed class CountingWriter(int sampleEvery) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => Encoding.UTF8;

        public int Lines { get; private set; }

        public string? LastDocument { get; private set; }

        public List<long> HeapSamples { get; } = [];

        public override void Write(char value)
        {
            if (value != '\n')
            {
                _line.Append(value);
                return;
            }
            Lines++;
            if (Lines % sampleEvery == 0 || Lines == 1)
            {
                LastDocument = ResultJson.Read(_line.ToString()).Document;
                HeapSamples.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
            _line.Clear();
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "") Write(c);
        }
    }

    /// <summary>A read-only stream of <c>count</c> JSON Lines records, made as it is read (never all in memory).</summary>
    internal sealed class GeneratedJsonl(int documents, int textLength) : Stream
    {
        private readonly string _filler = new('z', textLength);
        private byte[] _current = [];
        private int _at, _next;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_at == _current.Length)
            {
                if (_next == documents) return 0;
                _current = Encoding.UTF8.GetBytes(BatchRun.Line($"g{_next}", $"Gen{_next} said {_filler}") + "\n");
                _next++;
                _at = 0;
            }
            var n = Math.Min(count, _current.Length - _at);
            Array.Copy(_current, _at, buffer, offset, n);
            _at += n;
            return n;
        }
    }
}

/// <summary>Heap measurements are process-wide, so this runs alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(SerialMemoryTests), DisableParallelization = true)]
public sealed class SerialMemoryTests;

[Collection(nameof(SerialMemoryTests))]
public sealed class BatchMemoryTests
{
    [Fact]
    public void Twenty_thousand_jsonl_lines_stream_through_with_bounded_memory()
    {
        const int Count = 20_000;
        var output = new BatchTests.CountingWriter(sampleEvery: 4_000);
        using var stdin = new StreamReader(new BatchTests.GeneratedJsonl(Count, textLength: 2_000), Encoding.UTF8);

        var code = Program.Run(["-", "--input-format", "jsonl", "--parallel", "4"], stdin, output, TextWriter.Null, CliRun.FakeExtract);

        code.Should().Be(0);
        output.Lines.Should().Be(Count);
        output.LastDocument.Should().Be($"g{Count - 1}");
        // ~40 MB of input text (80 MB as strings) and more output went through; held in memory it would show here.
        // Growth is a rise over an earlier low: garbage other tests left behind may shrink the heap, which is fine.
        long low = long.MaxValue, growth = 0;
        foreach (var sample in output.HeapSamples) { low = Math.Min(low, sample); growth = Math.Max(growth, sample - low); }
        growth.Should().BeLessThan(32L * 1024 * 1024, "memory must not grow with the corpus (samples: {0})",
            string.Join(", ", output.HeapSamples));
    }

}
