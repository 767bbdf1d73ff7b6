namespace QuoteExtract.Cli;

/// <summary>How the output is laid out.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON document object per line.</summary>
    Jsonl,
    /// <summary>An indented JSON array of document objects.</summary>
    Json,
    /// <summary>A readable fixed-width table per document.</summary>
    Table,
    /// <summary>A flat Parquet file, one row per quote (needs <c>--out</c>).</summary>
    Parquet,
    /// <summary>One HTML page per document and an <c>index.html</c>, in the folder given by <c>--out</c>; without it the page of the one document, on the output.</summary>
    Html,
}

/// <summary>The parsed arguments of the extract command.</summary>
internal sealed record ExtractOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? OutPath)
{
    /// <summary>How the inputs are read (<c>--input-format</c>).</summary>
    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    /// <summary>The largest document read, in bytes (<c>--max-document-size</c>): a larger one is an error record and the batch goes on.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>64 MB: far above any article, far below what would exhaust memory.</summary>
    public const long DefaultMaxDocumentBytes = 64L << 20;

    /// <summary>How many documents are extracted at once (<c>--parallel</c>).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
