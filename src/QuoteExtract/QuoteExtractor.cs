using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>
/// Extracts quotes, speakers and claims from article text. Built once, shared freely: every method
/// is thread-safe. <c>QuoteExtractor.Default.Extract(text)</c> is the one-liner.
/// </summary>
public sealed partial class QuoteExtractor
{
    private static readonly Lazy<QuoteExtractor> s_default = new(() => new QuoteExtractorBuilder().Build());
    private readonly IPipelineStage[] _stages;

    internal QuoteExtractor(ExtractorOptions options, IPipelineStage[] stages)
    {
        Options = options;
        _stages = stages;
    }

    /// <summary>The extractor with default options and the built-in pipeline.</summary>
    public static QuoteExtractor Default => s_default.Value;

    /// <summary>The options this extractor was built with.</summary>
    public ExtractorOptions Options { get; }

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Extracts everything from <paramref name="text"/>. Empty text gives an empty result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ExtractionResult Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return ExtractionResult.Empty;
        // Nobody sees this document once the result is made (a stage that keeps it finds its tokens gone), so its
        // per-token arrays are rented and given back.
        var document = new Document(text, Options, pooledLayers: true);
        try
        {
            Run(document);
        }
        finally
        {
            // The result is made from the attributions, entities and claims alone; the per-token layers (about half of
            // what a quote-dense document holds) can go before it is.
            document.ReleaseTextLayers();
        }
        return ResultBuilder.Build(document, consume: true);
    }

    /// <summary>Runs the pipeline and returns the document with every layer the stages added (for custom tooling and debugging).</summary>
    public Document Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document(text, Options);
        Run(document);
        return document;
    }

    /// <summary>
    /// For the stage benchmarks: runs the stages on a document made as <see cref="Extract"/> makes it (per-token arrays
    /// rented and given back) and returns how many attributions they found, so a pipeline cut after a stage costs what
    /// that part of <see cref="Extract"/> costs.
    /// </summary>
    internal int RunAsExtract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document(text, Options, pooledLayers: true);
        try
        {
            Run(document);
            return document.Attributions.Count;
        }
        finally
        {
            document.ReleaseTextLayers();
        }
    }

    private void Run(Document document)
    {
        foreach (var stage in _stages) stage.Process(document);
    }
}
