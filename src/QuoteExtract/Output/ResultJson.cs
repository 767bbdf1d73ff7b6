using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteExtract.Output;

/// <summary>
/// Writes extraction results in the output format (<c>docs/output-format.md</c>): one JSON object per
/// document, camelCase names and enum values, absent values as <c>null</c>, offsets in UTF-16 code units.
/// </summary>
public static partial class ResultJson
{
    /// <summary>
    /// Writer options for the output format: non-ASCII text kept readable (relaxed escaping) and
    /// <c>\n</c> line ends whatever the platform, so output is byte-identical everywhere.
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
        NewLine = "\n",
    };

    /// <summary>Returns the document object for <paramref name="result"/> as a JSON string.</summary>
    public static string ToJson(string document, ExtractionResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ToJson(document, result, error: null, indented);
    }

    /// <summary>Returns the document object for a document that could not be processed.</summary>
    public static string ErrorToJson(string document, string error, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ToJson(document, result: null, error, indented);
    }

    private static string ToJson(string document, ExtractionResult? result, string? error, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
            Write(writer, document, result, error);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes one document object: <c>document</c>, <c>error</c>, <c>quotes</c>, <c>speakers</c>, <c>claims</c>.
    /// When <paramref name="result"/> is null (the document failed) the three arrays are written empty.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, string document, ExtractionResult? result, string? error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        WriteString(writer, "document"u8, document);
        WriteString(writer, "error"u8, error);

        WriteLists(writer, result);
        writer.WriteEndObject();
    }

    /// <summary>Writes a result as an object of its own: <c>quotes</c>, <c>speakers</c>, <c>claims</c>.</summary>
    internal static void WriteResult(Utf8JsonWriter writer, ExtractionResult result)
    {
        writer.WriteStartObject();
        WriteLists(writer, result);
        writer.WriteEndObject();
    }

    private static void WriteLists(Utf8JsonWriter writer, ExtractionResult? result)
    {
        writer.WriteStartArray("quotes"u8);
        foreach (var quote in result?.Quotes ?? []) WriteQuote(writer, quote);
        writer.WriteEndArray();

        writer.WriteStartArray("speakers"u8);
        foreach (var speaker in result?.Speakers ?? []) WriteSpeaker(writer, speaker);
        writer.WriteEndArray();

        writer.WriteStartArray("claims"u8);
        foreach (var claim in result?.Claims ?? []) WriteClaim(writer, claim);
        writer.WriteEndArray();
    }

    internal static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        WriteString(writer, "id"u8, quote.Id);
        writer.WriteString("kind"u8, quote.Kind.ToJsonName());
        writer.WriteString("type"u8, quote.Type.ToJsonName());
        WriteText(writer, quote.HeldText, quote.Span);
        writer.WriteNumber("start"u8, quote.Span.Start);
        writer.WriteNumber("end"u8, quote.Span.End);
        WriteString(writer, "speakerId"u8, quote.SpeakerId);
        WriteExcerpt(writer, "speakerMention"u8, quote.SpeakerMention);
        WriteExcerpt(writer, "cue"u8, quote.Cue);
        WriteScore(writer, "confidence"u8, quote.Confidence);
        WriteString(writer, "continues"u8, quote.Continues);
        writer.WriteEndObject();
    }

    internal static void WriteSpeaker(Utf8JsonWriter writer, Speaker speaker)
    {
        writer.WriteStartObject();
        WriteString(writer, "id"u8, speaker.Id);
        WriteString(writer, "name"u8, speaker.Name);
        writer.WriteString("kind"u8, speaker.Kind.ToJsonName());
        writer.WriteStartArray("titles"u8);
        foreach (var title in speaker.Titles ?? []) writer.WriteStringValue(WithoutLoneSurrogates(title));
        writer.WriteEndArray();
        writer.WriteStartArray("mentions"u8);
        foreach (var mention in speaker.Mentions ?? []) WriteExcerptValue(writer, mention);
        writer.WriteEndArray();
        writer.WriteStartArray("members"u8);
        foreach (var member in speaker.Members ?? []) writer.WriteStringValue(WithoutLoneSurrogates(member));
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        WriteString(writer, "id"u8, claim.Id);
        WriteText(writer, claim.HeldText, claim.Span);
        writer.WriteNumber("start"u8, claim.Span.Start);
        writer.WriteNumber("end"u8, claim.Span.End);
        WriteString(writer, "claimantId"u8, claim.ClaimantId);
        writer.WriteString("stance"u8, claim.Stance.ToJsonName());
        WriteScore(writer, "checkWorthiness"u8, claim.CheckWorthiness);
        WriteString(writer, "quoteId"u8, claim.QuoteId);
        writer.WriteEndObject();
    }

    private static void WriteExcerpt(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Excerpt? excerpt)
    {
        writer.WritePropertyName(name);
        if (excerpt is null) writer.WriteNullValue();
        else WriteExcerptValue(writer, excerpt);
    }

    internal static void WriteExcerptValue(Utf8JsonWriter writer, Excerpt excerpt)
    {
        writer.WriteStartObject();
        WriteText(writer, excerpt.HeldText, excerpt.Span);
        writer.WriteNumber("start"u8, excerpt.Span.Start);
        writer.WriteNumber("end"u8, excerpt.Span.End);
        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, WithoutLoneSurrogates(value));
    }

    // A record's text, copied from where it is held (most often the document's text: no string is made for it).
    private static void WriteText(Utf8JsonWriter writer, RecordText text, TextSpan span)
    {
        if (text.IsNull)
        {
            writer.WriteNull("text"u8);
            return;
        }
        var chars = text.Chars(span);
        if (IndexOfLoneSurrogate(chars, 0) < 0) writer.WriteString("text"u8, chars);
        else writer.WriteString("text"u8, WithoutLoneSurrogates(chars.ToString()));
    }

    // Scores are rounded to 3 decimals; JSON has no NaN or infinity, so a non-finite score is "absent" (null).
    private static void WriteScore(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double score)
    {
        if (double.IsFinite(score)) writer.WriteNumber(name, Math.Round(score, 3, MidpointRounding.AwayFromZero));
        else writer.WriteNull(name);
    }

    /// <summary>
    /// Replaces unpaired surrogates with U+FFFD: Utf8JsonWriter refuses invalid UTF-16. The length is
    /// unchanged, so offsets computed on the original text still hold.
    /// </summary>
    internal static string WithoutLoneSurrogates(string value)
    {
        var first = IndexOfLoneSurrogate(value.AsSpan(), 0);
        if (first < 0) return value; // the common case: no copy
        return string.Create(value.Length, (value, first), static (chars, state) =>
        {
            state.value.CopyTo(chars);
            for (var i = state.first; i >= 0; i = IndexOfLoneSurrogate(state.value.AsSpan(), i + 1)) chars[i] = '\uFFFD';
        });
    }

    private static int IndexOfLoneSurrogate(ReadOnlySpan<char> value, int from)
    {
        for (var i = from; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}
