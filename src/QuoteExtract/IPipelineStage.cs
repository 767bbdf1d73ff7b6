using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>
/// One step of the extraction pipeline. A stage reads what earlier stages put on the
/// <see cref="Document"/> and adds its own layer. Stages are shared by every call of a built
/// extractor, across threads, so they keep no per-document state of their own.
/// </summary>
public interface IPipelineStage
{
    /// <summary>
    /// The stage's name in the pipeline, by which a builder places other stages before or after it
    /// (<see cref="PipelineStageNames"/> for the built-in ones). Defaults to the type's name.
    /// </summary>
    string Name => GetType().Name;

    /// <summary>Adds this stage's findings to <paramref name="document"/>.</summary>
    void Process(Document document);
}
