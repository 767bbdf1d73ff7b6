using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using QuoteExtract.Tests.Reliability;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// One quote-dense document of 4 MB per shape (issue #19: memory on any single document at most 30 times its size):
/// time (MB/s) and allocation per input byte (Alloc/byte) of the full pipeline. The shapes are the memory tests' own.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class QuoteDenseBenchmarks
{
    private string _text = "";

    public static IEnumerable<string> ShapeNames => QuoteDenseShapes.Names;

    [ParamsSource(nameof(ShapeNames))]
    public string Shape { get; set; } = "";

    [Params(4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _text = QuoteDenseShapes.Make(Shape, Megabytes * 1_000_000, string.Join("\n\n", Corpus.Articles.Value.Texts.Take(84)));

    [Benchmark(Description = "one quote-dense document, full pipeline")]
    public int Extract() => QuoteExtractor.Default.Extract(_text).Quotes.Count;
}
