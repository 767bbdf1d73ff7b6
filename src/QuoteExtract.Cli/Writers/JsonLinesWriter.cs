using System.Buffers;
using System.Text;
using System.Text.Json;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>JSON Lines: one compact document object per line, formatted on the worker that extracted it.</summary>
internal sealed class JsonLinesWriter(TextWriter output) : DocumentWriter(output)
{
    // One buffer and JSON writer per worker thread, reused from document to document.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    public override string Format(string document, ExtractionResult? result, string? error)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 14);
        var json = t_json ??= new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: false));
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        ResultJson.Write(json, document, result, error);
        json.Flush();
        // Large documents must not pin a large buffer to the thread for ever.
        if (buffer.Capacity > 1 << 22) { t_buffer = null; t_json = null; }
        return string.Create(Encoding.UTF8.GetCharCount(buffer.WrittenSpan) + 1, buffer, static (chars, b) =>
        {
            int n = Encoding.UTF8.GetChars(b.WrittenSpan, chars);
            chars[n] = '\n';
        });
    }

    public override void Write(string document, ExtractionResult? result, string? error) => Output.Write(Format(document, result, error));
}
