using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>
/// One step of the extraction pipeline. A stage reads what earlier stages put on the
/// <see cref="Document"/> and adds its own layer. Stages are shared by every call of a built
/// extractor, across threads, so they keep no per-document state of their own.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Adds this stage's findings to <paramref name="document"/>.</summary>
    void Process(Document document);
}
