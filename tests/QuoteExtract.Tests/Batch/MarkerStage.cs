using QuoteExtract.Text;

namespace QuoteExtract.Tests.Batch;

/// <summary>
/// A pipeline stage that records every text it sees and runs <c>onText</c> on it (to throw on a marker, cancel,
/// or wait); counts the documents in progress, so a test can tell that no extraction runs any more.
/// </summary>
internal sealed class MarkerStage(Action<string>? onText = null) : IPipelineStage
{
    private int _inProgress;

    public System.Collections.Concurrent.ConcurrentBag<string> Seen { get; } = [];

    public int InProgress => Volatile.Read(ref _inProgress);

    public void Process(Document document)
    {
        Interlocked.Increment(ref _inProgress);
        try
        {
            Seen.Add(document.Text);
            onText?.Invoke(document.Text);
        }
        finally
        {
            Interlocked.Decrement(ref _inProgress);
        }
    }

    /// <summary>An extractor whose only stage is <paramref name="stage"/> (quick: no quote is found).</summary>
    public static QuoteExtractor Alone(MarkerStage stage)
    {
        var builder = new QuoteExtractorBuilder();
        foreach (var name in builder.Stages.Select(s => s.Name).ToList()) builder.Remove(name);
        return builder.Use(stage).Build();
    }

    /// <summary>The full pipeline, then <paramref name="stage"/>.</summary>
    public static QuoteExtractor After(MarkerStage stage) => new QuoteExtractorBuilder().Use(stage).Build();
}
