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
    AttributionType Type = AttributionType.Speech)
{
    private RecordText _text = new(Text);

    /// <summary>The content without its enclosing quote marks.</summary>
    public string Text { get => _text.Get(Span); init => _text = new(value); }

    /// <summary>Where the content stands in the document.</summary>
    public TextSpan Span { get; init { _text.Keep(field); field = value; } } = Span;

    /// <summary>The result builder's quote: its text stays in <paramref name="document"/>'s until it is read.</summary>
    internal static Quote InDocument(SourceText document, string id, QuoteKind kind, TextSpan span, string? speakerId, Excerpt? speakerMention,
        Excerpt? cue, double confidence, string? continues, AttributionType type) =>
        new(id, kind, null!, span, speakerId, speakerMention, cue, confidence, continues, type) { _text = RecordText.InDocument(document) };

    /// <summary>The text as it is held, for a writer that copies its characters (<see cref="RecordText.Chars"/>).</summary>
    internal RecordText HeldText => _text;

    /// <summary>True when every field is equal.</summary>
    public bool Equals(Quote? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            Id == other.Id && Kind == other.Kind && Span == other.Span && RecordText.Equals(_text, Span, other._text, other.Span)
            && SpeakerId == other.SpeakerId && Equals(SpeakerMention, other.SpeakerMention) && Equals(Cue, other.Cue)
            && Confidence.Equals(other.Confidence) && Continues == other.Continues && Type == other.Type);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Kind);
        hash.Add(_text.Hash(Span));
        hash.Add(Span);
        hash.Add(SpeakerId);
        hash.Add(SpeakerMention);
        hash.Add(Cue);
        hash.Add(Confidence);
        hash.Add(Continues);
        hash.Add(Type);
        return hash.ToHashCode();
    }
}
