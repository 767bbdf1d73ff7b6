using System.Text;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Tests.Cli;

public sealed class Utf8RecordTests
{
    [Fact]
    public void Bytes_written_across_many_chunks_come_out_as_the_same_text_with_characters_split_between_chunks()
    {
        // Odd-sized writes of two-, three- and four-byte characters land on every chunk boundary.
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"a«{i}»“x”😀"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var record = new Utf8Record();
        for (int at = 0, size = 1; at < bytes.Length; at += size, size = size % 997 + 1)
        {
            size = Math.Min(size, bytes.Length - at);
            bytes.AsSpan(at, size).CopyTo(record.GetSpan(size));
            record.Advance(size);
        }

        record.Length.Should().Be(bytes.Length);
        record.ToString().Should().Be(text);
        record.Clear();
        record.Length.Should().Be(0);
        record.ToString().Should().BeEmpty();
    }

    [Fact]
    public void A_large_json_lines_record_allocates_about_its_own_size_not_a_doubling_buffer_and_a_string_of_twice_it()
    {
        var quote = new Quote("q1", QuoteKind.Direct, new string('x', 200), new TextSpan(0, 200), null, null, null, 0.5);
        var result = new ExtractionResult(Enumerable.Range(0, 20_000).Select(i => quote with { Id = $"q{i}" }).ToList(), [], []);
        var writer = new JsonLinesWriter(TextWriter.Null);
        writer.Format("warm", ExtractionResult.Empty, null);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var record = writer.Format("big", result, null);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        record.Length.Should().BeGreaterThan(4_000_000);
        // Measured 1.0 times the record (chunks of at most 1 MB); the string it replaced alone was twice the record.
        allocated.Should().BeLessThan(record.Length * 5 / 4);
    }
}
