using System.Text.Json;

namespace QuoteExtract.Output;

public static partial class ResultJson
{
    /// <summary>Reads one document object of the output format (for evaluation tools and round-trip tests).</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="FormatException">The JSON is not a document object of the output format.</exception>
    public static ResultDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var parsed = JsonDocument.Parse(json);
        return Read(parsed.RootElement);
    }

    /// <summary>Reads one document object of the output format.</summary>
    /// <exception cref="FormatException">The element is not a document object of the output format.</exception>
    public static ResultDocument Read(JsonElement element)
    {
        try
        {
            return ReadDocument(element);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            // GetProperty/GetString throw these on a missing property or a wrong value kind.
            throw new FormatException("Not a document object of the QuoteExtract output format: " + e.Message, e);
        }
    }

    internal static ResultDocument ReadDocument(JsonElement element) =>
        new(element.GetProperty("document").GetString()!, element.GetProperty("error").GetString(), ReadResult(element));

    internal static ExtractionResult ReadResult(JsonElement element) => new(
        [.. element.GetProperty("quotes").EnumerateArray().Select(ReadQuote)],
        [.. element.GetProperty("speakers").EnumerateArray().Select(ReadSpeaker)],
        [.. element.GetProperty("claims").EnumerateArray().Select(ReadClaim)]);

    internal static Quote ReadQuote(JsonElement e) => new(
        e.GetProperty("id").GetString()!,
        JsonNames.Parse<QuoteKind>(e.GetProperty("kind").GetString()!),
        e.GetProperty("text").GetString()!,
        ReadSpan(e),
        e.GetProperty("speakerId").GetString(),
        ReadExcerptOrNull(e.GetProperty("speakerMention")),
        ReadExcerptOrNull(e.GetProperty("cue")),
        ReadScore(e.GetProperty("confidence")),
        e.GetProperty("continues").GetString(),
        // (Output written before attributions were typed has no "type": all of it was speech.)
        e.TryGetProperty("type", out var type) ? JsonNames.Parse<AttributionType>(type.GetString()!) : AttributionType.Speech);

    internal static Speaker ReadSpeaker(JsonElement e) => new(
        e.GetProperty("id").GetString()!,
        e.GetProperty("name").GetString()!,
        JsonNames.Parse<SpeakerKind>(e.GetProperty("kind").GetString()!),
        [.. e.GetProperty("titles").EnumerateArray().Select(t => t.GetString()!)],
        [.. e.GetProperty("mentions").EnumerateArray().Select(ReadExcerpt)])
    {
        // (Output written before groups listed their members has no "members".)
        Members = e.TryGetProperty("members", out var members) ? [.. members.EnumerateArray().Select(m => m.GetString()!)] : [],
    };

    internal static Claim ReadClaim(JsonElement e) => new(
        e.GetProperty("id").GetString()!,
        e.GetProperty("text").GetString()!,
        ReadSpan(e),
        e.GetProperty("claimantId").GetString(),
        JsonNames.Parse<ClaimStance>(e.GetProperty("stance").GetString()!),
        ReadScore(e.GetProperty("checkWorthiness")),
        e.GetProperty("quoteId").GetString());

    private static TextSpan ReadSpan(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());

    internal static Excerpt ReadExcerpt(JsonElement e) => new(e.GetProperty("text").GetString()!, ReadSpan(e));

    private static Excerpt? ReadExcerptOrNull(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : ReadExcerpt(e);

    // The writer turns a non-finite score into null; read it back as NaN.
    private static double ReadScore(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();
}
