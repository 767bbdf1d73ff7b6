namespace QuoteExtract.Evaluation;

/// <summary>
/// One annotated attribution of a gold corpus: what was said (content), the reporting cue and who said it.
/// Every span list is in text order; a discontinuous annotation has several spans.
/// </summary>
/// <param name="Content">Where the attributed content stands; never empty.</param>
/// <param name="Cue">Where the cue (reporting verb or phrase) stands; empty when the annotation has none.</param>
/// <param name="Source">Where the source (the speaker) stands; empty for an attribution without source.</param>
/// <param name="Kind">Direct, indirect or mixed, from the quote marks in the content (see <see cref="GoldKind"/>).</param>
public sealed record GoldAttribution(
    IReadOnlyList<TextSpan> Content,
    IReadOnlyList<TextSpan> Cue,
    IReadOnlyList<TextSpan> Source,
    QuoteKind Kind)
{
    /// <summary>The annotation's own id (the brat <c>E</c> line, e.g. <c>E3</c>; GUM's relation, e.g. <c>attribution-positive:4-&gt;119</c>), for tracing back to the file.</summary>
    public string Id { get; init; } = "";

    /// <summary>True when the attribution names a source.</summary>
    public bool HasSource => Source.Count > 0;

    /// <summary>True when the content is made of more than one span.</summary>
    public bool IsDiscontinuous => Content.Count > 1;

    /// <summary>Where the content begins: the gold attributions of a document are ordered by it.</summary>
    public int Start => Content.Count == 0 ? 0 : Content[0].Start;

    /// <summary>The text of <paramref name="spans"/> in <paramref name="text"/>, pieces joined by a space (as brat shows them).</summary>
    public static string TextOf(string text, IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        return string.Join(' ', spans.Select(span => text.Substring(span.Start, span.Length)));
    }
}
