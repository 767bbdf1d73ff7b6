using System.Text;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Tests.Cli;

public sealed class Utf8TextStreamTests
{
    [Fact]
    public void Bytes_written_in_odd_pieces_come_out_as_the_same_text_with_characters_split_between_buffers()
    {
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"a«{i}»“x”😀"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var output = new StringWriter();
        var stream = new Utf8TextStream(output);
        for (int at = 0, size = 1; at < bytes.Length; at += size, size = size % 997 + 1)
        {
            size = Math.Min(size, bytes.Length - at);
            bytes.AsSpan(at, size).CopyTo(stream.GetSpan(size));
            stream.Advance(size);
        }
        stream.Flush();

        output.ToString().Should().Be(text);
    }

    [Fact]
    public void A_request_larger_than_the_buffer_is_served_and_the_text_stays_whole()
    {
        var output = new StringWriter();
        var stream = new Utf8TextStream(output);
        "ab"u8.CopyTo(stream.GetSpan(2));
        stream.Advance(2);
        var big = stream.GetSpan(200_000);
        big.Length.Should().BeGreaterThanOrEqualTo(200_000);
        big[..200_000].Fill((byte)'x');
        stream.Advance(200_000);
        "é"u8.CopyTo(stream.GetSpan(2));
        stream.Advance(2);
        stream.Flush();

        output.ToString().Should().Be("ab" + new string('x', 200_000) + "é");
    }

    [Fact]
    public void A_large_json_lines_record_written_by_the_writer_thread_streams_it_and_equals_the_workers_record()
    {
        var quote = new Quote("q1", QuoteKind.Direct, new string('x', 200), new TextSpan(0, 200), null, null, null, 0.5);
        var result = new ExtractionResult(Enumerable.Range(0, 20_000).Select(i => quote with { Id = $"q{i}" }).ToList(), [], []);
        var formatted = new JsonLinesWriter(TextWriter.Null).Format("big", result, null);
        var streamed = new StringWriter();
        var writer = new JsonLinesWriter(streamed);
        writer.Write("warm", ExtractionResult.Empty, null);
        streamed.GetStringBuilder().Clear();
        streamed.GetStringBuilder().EnsureCapacity((int)formatted.Length + 16);

        long before = GC.GetAllocatedBytesForCurrentThread();
        writer.Write("big", result, null);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        streamed.ToString().Should().Be(formatted.ToString());
        // Its buffers only (about 200 KB measured): the 4 MB record is never held, as a worker's record is.
        formatted.Length.Should().BeGreaterThan(4_000_000);
        allocated.Should().BeLessThan(1_000_000);
    }
}
