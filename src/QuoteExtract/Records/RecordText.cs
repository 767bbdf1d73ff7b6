namespace QuoteExtract;

/// <summary>
/// The text of a result record (a quote's, a claim's, an excerpt's): a string, or, as the result builder makes it, the
/// document's text and the record's span, cut into a string when first read. Most results are written out, not read
/// (the JSON writer copies the characters from the document), so the copy is not made at all; when it is, once.
/// </summary>
/// <remarks>
/// One reference a record: the string, or the <see cref="SourceText"/> all records of a result share (eight bytes a record
/// less than the two fields it took, on ten thousand records an article set). Two threads reading at once may both cut the
/// string: equal strings, either kept. The text never changes, so the record stays immutable to every reader.
/// </remarks>
internal struct RecordText
{
    private object? _held; // null (made with no text), the string, or the SourceText to cut it from

    /// <summary>A text given as a string (null when the record was made with none).</summary>
    public RecordText(string? value) => _held = value;

    private RecordText(SourceText source) => _held = source;

    /// <summary>The text at a record's span of <paramref name="source"/>, cut when first read.</summary>
    public static RecordText InDocument(SourceText source) => new(source);

    /// <summary>The text as a string: the one given, or the document's characters at <paramref name="span"/>, cut once.</summary>
    public string Get(TextSpan span) => _held switch
    {
        string value => value,
        SourceText source => (string)(_held = source.Text.Substring(span.Start, span.Length)),
        _ => null!,
    };

    /// <summary>The characters, without making a string.</summary>
    public readonly ReadOnlySpan<char> Chars(TextSpan span) =>
        _held is SourceText source ? source.Text.AsSpan(span.Start, span.Length) : (string?)_held;

    /// <summary>
    /// Cuts the text before the record's span changes (a <c>with</c> that moves the span keeps the text it had).
    /// </summary>
    public void Keep(TextSpan span) => Get(span);

    /// <summary>True when the record was made with no text (null).</summary>
    public readonly bool IsNull => _held is null;

    /// <summary>Whether two records' texts are equal (ordinal), without making either a string.</summary>
    public static bool Equals(in RecordText a, TextSpan aSpan, in RecordText b, TextSpan bSpan) =>
        a.IsNull || b.IsNull ? a.IsNull && b.IsNull : a.Chars(aSpan).SequenceEqual(b.Chars(bSpan));

    /// <summary>A hash of the text, the same whether it is a string yet or not.</summary>
    public readonly int Hash(TextSpan span) => IsNull ? 0 : string.GetHashCode(Chars(span));
}

/// <summary>The document text the records of one result are cut from (one for all of them).</summary>
internal sealed class SourceText(string text)
{
    /// <summary>The document's text.</summary>
    public string Text { get; } = text;
}
