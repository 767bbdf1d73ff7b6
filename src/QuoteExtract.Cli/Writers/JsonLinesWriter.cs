using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>JSON Lines: one compact document object per line.</summary>
internal sealed class JsonLinesWriter(TextWriter output) : DocumentWriter(output)
{
    private readonly JsonTextSink _sink = new(output, indented: false);

    public override void Write(string document, ExtractionResult? result, string? error)
    {
        ResultJson.Write(_sink.Json, document, result, error);
        _sink.Drain();
        _sink.Json.Reset(); // each line is a separate JSON value
        Output.Write('\n');
        Output.Flush();
    }
}
