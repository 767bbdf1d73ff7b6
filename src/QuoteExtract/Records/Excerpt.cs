using System.Text.Json.Serialization;

namespace QuoteExtract;

/// <summary>A piece of the document: its text and where it stands (a speaker mention, a cue).</summary>
[JsonConverter(typeof(Output.ExcerptJsonConverter))]
public sealed record Excerpt(string Text, TextSpan Span)
{
    private RecordText _text = new(Text);

    /// <summary>The result builder's excerpt: its text stays in <paramref name="document"/>'s until it is read.</summary>
    internal static Excerpt InDocument(SourceText document, TextSpan span) => new(null!, span) { _text = RecordText.InDocument(document) };

    /// <summary>Makes an excerpt of <paramref name="text"/> at <paramref name="span"/>.</summary>
    public static Excerpt Of(string text, TextSpan span) => new(text.Substring(span.Start, span.Length), span);

    /// <summary>The excerpt's text.</summary>
    public string Text { get => _text.Get(Span); init => _text = new(value); }

    /// <summary>Where it stands in the document.</summary>
    public TextSpan Span { get; init { _text.Keep(field); field = value; } } = Span;

    /// <summary>The text as it is held, for a writer that copies its characters (<see cref="RecordText.Chars"/>).</summary>
    internal RecordText HeldText => _text;

    /// <summary>True when the text and the span are equal.</summary>
    public bool Equals(Excerpt? other) =>
        other is not null && (ReferenceEquals(this, other) || Span == other.Span && RecordText.Equals(_text, Span, other._text, other.Span));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_text.Hash(Span), Span);
}
