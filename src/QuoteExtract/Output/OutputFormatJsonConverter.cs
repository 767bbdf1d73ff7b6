using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteExtract.Output;

/// <summary>
/// Makes <see cref="JsonSerializer"/> write and read the records exactly as the output format has them
/// (docs/output-format.md: <c>start</c>/<c>end</c> for a span, camelCase enum names, absent values as null), with or
/// without <see cref="QuoteExtractJsonContext"/>: one writer and one reader, those of <see cref="ResultJson"/>.
/// </summary>
internal abstract class OutputFormatJsonConverter<T>(Func<JsonElement, T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var parsed = JsonDocument.ParseValue(ref reader);
        try
        {
            return read(parsed.RootElement);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // GetProperty/GetString throw these on a missing property or a wrong value kind; the serializer's callers expect JsonException.
            throw new JsonException($"Not a {typeof(T).Name} of the QuoteExtract output format: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
}

internal sealed class QuoteJsonConverter() : OutputFormatJsonConverter<Quote>(ResultJson.ReadQuote, ResultJson.WriteQuote);

internal sealed class SpeakerJsonConverter() : OutputFormatJsonConverter<Speaker>(ResultJson.ReadSpeaker, ResultJson.WriteSpeaker);

internal sealed class ClaimJsonConverter() : OutputFormatJsonConverter<Claim>(ResultJson.ReadClaim, ResultJson.WriteClaim);

internal sealed class ExcerptJsonConverter() : OutputFormatJsonConverter<Excerpt>(ResultJson.ReadExcerpt, ResultJson.WriteExcerptValue);

internal sealed class ExtractionResultJsonConverter() : OutputFormatJsonConverter<ExtractionResult>(ResultJson.ReadResult, ResultJson.WriteResult);

internal sealed class ResultDocumentJsonConverter() : OutputFormatJsonConverter<ResultDocument>(
    ResultJson.ReadDocument, static (writer, d) => ResultJson.Write(writer, d.Document, d.Result, d.Error));
