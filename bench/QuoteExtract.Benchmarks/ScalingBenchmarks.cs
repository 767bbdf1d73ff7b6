using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// One document of 1, 10 and 50 MB (news paragraphs repeated without end): the time per MB must stay flat,
/// i.e. extraction is linear in the input size.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScalingBenchmarks
{
    private string _text = "";

    [Params(1, 10, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var source = string.Join("\n\n", Corpus.Articles.Value.Texts.Take(84));
        var sb = new StringBuilder(Megabytes * 1_000_000 + source.Length);
        while (sb.Length < Megabytes * 1_000_000)
            sb.Append(source).Append("\n\n");
        _text = sb.ToString();
    }

    [Benchmark(Description = "one document, full pipeline")]
    public int Extract() => QuoteExtractor.Default.Extract(_text).Quotes.Count;
}
