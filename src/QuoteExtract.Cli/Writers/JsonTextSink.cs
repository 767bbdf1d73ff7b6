using System.Text.Json;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>A Utf8JsonWriter whose bytes go on to a TextWriter as its buffer fills and on <see cref="Drain"/>, so JSON streams out.</summary>
internal sealed class JsonTextSink
{
    private readonly Utf8TextStream _buffer;

    public JsonTextSink(TextWriter output, bool indented)
    {
        _buffer = new Utf8TextStream(output);
        Json = new Utf8JsonWriter(_buffer, ResultJson.WriterOptions(indented));
    }

    /// <summary>The writer to write JSON with.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Moves everything written so far to the output (the caller flushes the output).</summary>
    public void Drain()
    {
        Json.Flush();
        _buffer.Flush();
    }
}
