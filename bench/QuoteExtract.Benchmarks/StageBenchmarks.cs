using BenchmarkDotNet.Attributes;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// The default pipeline (rules only) cut after each built-in stage, on the ~1.24 MB batch of news. A stage cannot be run twice
/// on one document (it adds its layer to it), so each case runs the stages up to and including <see cref="Through"/> on fresh
/// documents made as <see cref="QuoteExtractor.Extract"/> makes them (per-token arrays rented and given back); a stage's own
/// cost is its case minus the case before it (time: a difference of means, so noisy; allocation: exact). "result" is the
/// whole <see cref="QuoteExtractor.Extract"/>, which adds the result builder to "claims".
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string[] _texts = [];
    private QuoteExtractor _extractor = QuoteExtractor.Default;

    /// <summary>The last stage run (<see cref="PipelineStageNames"/>), or "result" for the whole extraction.</summary>
    [Params(PipelineStageNames.Text, PipelineStageNames.QuotedSpeech, PipelineStageNames.ReportedSpeech,
        PipelineStageNames.AttributionTypes, PipelineStageNames.Speakers, PipelineStageNames.Claims, "result")]
    public string Through { get; set; } = "result";

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Articles.Value.Texts;
        var builder = new QuoteExtractorBuilder();
        if (Through != "result")
        {
            var names = builder.Stages.Select(s => s.Name).ToArray();
            foreach (var later in names.SkipWhile(n => n != Through).Skip(1)) builder.Remove(later);
        }
        _extractor = builder.Build();
        GcTime.Start();
    }

    [GlobalCleanup]
    public void Cleanup() => GcTime.Stop(nameof(StageBenchmarks), Through);

    [Benchmark(Description = "default pipeline through a stage")]
    public int Run()
    {
        int n = 0;
        if (Through == "result")
            foreach (var t in _texts) n += _extractor.Extract(t).Quotes.Count;
        else
            foreach (var t in _texts) n += _extractor.RunAsExtract(t); // (as Extract runs them: pooled per-token arrays)
        return n;
    }
}
