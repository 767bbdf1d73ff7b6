using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>An indented JSON array of document objects, written element by element.</summary>
internal sealed class JsonArrayWriter(TextWriter output) : DocumentWriter(output)
{
    private readonly JsonTextSink _sink = new(output, indented: true);

    public override void Begin() => _sink.Json.WriteStartArray();

    public override void Write(string document, ExtractionResult? result, string? error)
    {
        ResultJson.Write(_sink.Json, document, result, error);
        _sink.Drain();
        Output.Flush();
    }

    public override void End()
    {
        _sink.Json.WriteEndArray();
        _sink.Drain();
        Output.Write('\n');
        Output.Flush();
    }
}
