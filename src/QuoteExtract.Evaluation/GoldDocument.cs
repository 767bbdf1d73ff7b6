namespace QuoteExtract.Evaluation;

/// <summary>One gold document: its text and its annotated attributions in text order.</summary>
/// <param name="Name">The text file's name (<c>NAME.txt</c>), or a GUM document's id (<c>GUM_bio_x</c>).</param>
/// <param name="Text">The text exactly as the annotation offsets count it (UTF-8 decoded, nothing normalised; for GUM, rebuilt from the tokens).</param>
/// <param name="Attributions">The attributions, ordered by where their content begins.</param>
/// <param name="AnnotationFile">The annotation file used (<c>NAME_xxxx.ann</c>; for GUM <c>NAME.rs4</c>, or <c>NAME.conllu</c> without a tree), or null when the document has none.</param>
/// <param name="WarningCount">Annotation lines skipped as malformed or unusable, or whose text differs from the text at their offsets (see <see cref="GoldCorpus.Warnings"/>).</param>
public sealed record GoldDocument(
    string Name,
    string Text,
    IReadOnlyList<GoldAttribution> Attributions,
    string? AnnotationFile,
    int WarningCount)
{
    /// <summary>How many other annotators' files exist for this text (they are not used).</summary>
    public int OtherAnnotationFiles { get; init; }

    /// <summary>
    /// Reads the brat standoff <paramref name="annotation"/> of <paramref name="text"/>. Malformed lines are
    /// skipped, each with a message added to <paramref name="warnings"/>; this never throws on bad input.
    /// </summary>
    /// <param name="name">The document's name.</param>
    /// <param name="text">The document text the offsets point into.</param>
    /// <param name="annotation">The content of the <c>.ann</c> file.</param>
    /// <param name="warnings">Receives one message per skipped line, prefixed with <paramref name="name"/> and the line number.</param>
    /// <param name="annotationFile">The annotation file's name, recorded in the result.</param>
    public static GoldDocument Parse(string name, string text, string annotation, ICollection<string> warnings, string? annotationFile = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentNullException.ThrowIfNull(warnings);
        var before = warnings.Count;
        var attributions = BratAnnotationParser.Parse(annotationFile ?? name, text, annotation, warnings);
        return new GoldDocument(name, text, attributions, annotationFile, warnings.Count - before);
    }
}
