using System.Text.Json;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>
/// JSON Lines: one compact document object per line, formatted on the worker that extracted it, or, for a document the
/// batch leaves to the writer (a large one), streamed straight to the output.
/// </summary>
internal sealed class JsonLinesWriter(TextWriter output) : DocumentWriter(output)
{
    private static readonly JsonWriterOptions s_options = ResultJson.WriterOptions(indented: false);

    // The records' bytes go to the output stream as they are, where the output allows it.
    private readonly Utf8Bytes? _bytes = Utf8Bytes.Under(output);

    public override Utf8Record Format(string document, ExtractionResult? result, string? error)
    {
        var record = new Utf8Record();
        // A writer per record (a small object): a writer kept for reuse would keep its last record alive.
        using (var json = new Utf8JsonWriter(record, s_options))
            ResultJson.Write(json, document, result, error);
        record.GetSpan(1)[0] = (byte)'\n';
        record.Advance(1);
        return record;
    }

    public override void WriteFormatted(Utf8Record record)
    {
        if (_bytes is null) record.WriteTo(Output);
        else record.WriteTo(_bytes);
    }

    public override void Flush()
    {
        _bytes?.Drain();
        Output.Flush();
    }

    public override void End() => _bytes?.Drain();

    public override void Write(string document, ExtractionResult? result, string? error)
    {
        _bytes?.Drain(); // (the records before it go first)
        var stream = new Utf8TextStream(Output);
        using (var json = new Utf8JsonWriter(stream, s_options))
            ResultJson.Write(json, document, result, error);
        stream.GetSpan(1)[0] = (byte)'\n';
        stream.Advance(1);
        stream.Flush();
    }
}
