using System.Text.Json.Serialization;

namespace QuoteExtract;

/// <summary>One attributed utterance: its content, who said it and the cue that reports it.</summary>
/// <param name="Id">Document-local id (<c>q1</c>, <c>q2</c>, …) in text order.</param>
/// <param name="Kind">Direct, indirect, mixed or partial.</param>
/// <param name="Text">The content without its enclosing quote marks.</param>
/// <param name="Span">Where the content stands in the document.</param>
/// <param name="SpeakerId">Id of the resolved <see cref="Speaker"/>, or null when none was found.</param>
/// <param name="SpeakerMention">The local mention of the speaker (may be a pronoun), or null.</param>
/// <param name="Cue">The reporting verb or phrase, or null (a continuation paragraph has none).</param>
/// <param name="Confidence">How sure the extractor is that this quote and its speaker are right, 0..1.</param>
/// <param name="Type">What the source did with it: said or wrote it (speech, the default output), believes, knows or intends it, or an act.</param>
/// <param name="Continues">Id of the quote this one continues (second half of a split quote, a follow-on paragraph), or null.</param>
[JsonConverter(typeof(Output.QuoteJsonConverter))]
public sealed record Quote(
    string Id,
    QuoteKind Kind,
    string Text,
    TextSpan Span,
    string? SpeakerId,
    Excerpt? SpeakerMention,
    Excerpt? Cue,
    double Confidence,
    string? Continues = null,
    AttributionType Type = AttributionType.Speech);
