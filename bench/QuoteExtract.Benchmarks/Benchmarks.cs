using System.Text;
using BenchmarkDotNet.Attributes;
using QuoteExtract.Text;

namespace QuoteExtract.Benchmarks;

/// <summary>Single-thread throughput of each stage and of the whole pipeline, over the same ~1 MB of news text.</summary>
[MemoryDiagnoser]
public class Benchmarks
{
    private string[] _texts = [];
    private Paragraph[][] _paragraphs = [];
    private Token[][] _tokens = [];
    private readonly QuoteExtractor _withModel = new QuoteExtractorBuilder().UseModel().Build();
    private readonly QuoteExtractor _rulesOnly = new QuoteExtractorBuilder().RulesOnly().Build();

    /// <summary>UTF-8 bytes of the benchmarked batch (for the MB/s column).</summary>
    public static long Utf8Bytes { get; private set; } = Corpus.Articles.Value.Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Articles.Value.Texts;
        _paragraphs = _texts.Select(ParagraphSplitter.Split).ToArray();
        _tokens = _texts.Select(Tokenizer.Tokenize).ToArray();
    }

    [Benchmark(Description = "tokenizer + sentences")]
    public int TokenizeAndSplit()
    {
        int n = 0;
        for (int i = 0; i < _texts.Length; i++)
            n += SentenceSplitter.Split(_texts[i], Tokenizer.Tokenize(_texts[i]), _paragraphs[i], []).Length;
        return n;
    }

    [Benchmark(Description = "quote marks")]
    public int QuoteMarks()
    {
        int n = 0;
        for (int i = 0; i < _texts.Length; i++) n += QuoteMarkScanner.Scan(_texts[i], _paragraphs[i], QuoteMarkStyles.All).Length;
        return n;
    }

    [Benchmark(Description = "full pipeline, rules only")]
    public int RulesOnly()
    {
        int n = 0;
        foreach (var t in _texts) n += _rulesOnly.Extract(t).Quotes.Count;
        return n;
    }

    [Benchmark(Baseline = true, Description = "full pipeline with model")]
    public int WithModel()
    {
        int n = 0;
        foreach (var t in _texts) n += _withModel.Extract(t).Quotes.Count;
        return n;
    }
}
