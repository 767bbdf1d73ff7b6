namespace QuoteExtract.Cli.Writers;

/// <summary>
/// Writes document records to the output in one format, each as soon as it is given (streaming):
/// <see cref="Begin"/>, then <see cref="Write"/> per document, then <see cref="End"/>.
/// </summary>
internal abstract class DocumentWriter(TextWriter output)
{
    /// <summary>Where the text goes.</summary>
    protected TextWriter Output { get; } = output;

    /// <summary>The writer for <paramref name="format"/>.</summary>
    public static DocumentWriter Create(OutputFormat format, TextWriter output) => format switch
    {
        OutputFormat.Jsonl => new JsonLinesWriter(output),
        OutputFormat.Json => new JsonArrayWriter(output),
        OutputFormat.Table => new TableWriter(output),
        OutputFormat.Html => new HtmlPageWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Called once before the first document.</summary>
    public virtual void Begin() { }

    /// <summary>Writes one document: its result, or (result null) the error that stopped it.</summary>
    public abstract void Write(string document, ExtractionResult? result, string? error);

    /// <summary>
    /// Writes one document given with its text (null when it could not be read), for writers that show the
    /// text; the others ignore it.
    /// </summary>
    public virtual void Write(string document, string? text, ExtractionResult? result, string? error) => Write(document, result, error);

    /// <summary>
    /// Formats one document's record on the calling (worker) thread, for writers whose records are
    /// independent of each other; null when this writer formats in <see cref="Write(string, string?, ExtractionResult?, string?)"/>.
    /// Must be thread-safe.
    /// </summary>
    public virtual Utf8Record? Format(string document, ExtractionResult? result, string? error) => null;

    /// <summary>Writes a record made by <see cref="Format"/>.</summary>
    public virtual void WriteFormatted(Utf8Record record) => record.WriteTo(Output);

    /// <summary>Pushes what was written to the output (the batch calls it whenever it waits for a document).</summary>
    public virtual void Flush() => Output.Flush();

    /// <summary>Called once after the last document.</summary>
    public virtual void End() { }
}
