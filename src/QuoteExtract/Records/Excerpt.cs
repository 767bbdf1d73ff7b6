using System.Text.Json.Serialization;

namespace QuoteExtract;

/// <summary>A piece of the document: its text and where it stands (a speaker mention, a cue).</summary>
[JsonConverter(typeof(Output.ExcerptJsonConverter))]
public sealed record Excerpt(string Text, TextSpan Span)
{
    /// <summary>Makes an excerpt of <paramref name="text"/> at <paramref name="span"/>.</summary>
    public static Excerpt Of(string text, TextSpan span) => new(text.Substring(span.Start, span.Length), span);
}
