using BenchmarkDotNet.Attributes;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// The library's batch API, <see cref="QuoteExtractor.ExtractMany"/>, over the benchmark articles (the ~1 MB batch)
/// with 1 and 2 workers: the throughput at 2 against 1 is how the batch scales, and 1 against the single-thread
/// "full pipeline" benchmark is what the batch itself costs.
/// </summary>
[MemoryDiagnoser]
public class ExtractManyBenchmarks
{
    private (string Id, string Text)[] _documents = [];

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup() => _documents = Corpus.Articles.Value.Texts.Select((text, i) => ("d" + i, text)).ToArray();

    [Benchmark(Description = "ExtractMany, full pipeline")]
    public int ExtractMany()
    {
        int quotes = 0;
        foreach (var document in QuoteExtractor.Default.ExtractMany(_documents, new BatchOptions { MaxDegreeOfParallelism = Workers }))
            quotes += document.Result!.Quotes.Count;
        return quotes;
    }
}
