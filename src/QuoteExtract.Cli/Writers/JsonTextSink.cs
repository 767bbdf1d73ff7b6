using System.Text.Json;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>A Utf8JsonWriter whose bytes are moved to a TextWriter on <see cref="Drain"/>, so JSON streams out document by document.</summary>
internal sealed class JsonTextSink
{
    private readonly Utf8Record _buffer = new();
    private readonly TextWriter _output;

    public JsonTextSink(TextWriter output, bool indented)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, ResultJson.WriterOptions(indented));
    }

    /// <summary>The writer to write JSON with.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Moves everything written so far to the output (the caller flushes the output).</summary>
    public void Drain()
    {
        Json.Flush();
        _buffer.WriteTo(_output);
        _buffer.Clear();
    }
}
