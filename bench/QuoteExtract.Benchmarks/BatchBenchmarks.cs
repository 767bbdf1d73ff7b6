using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using QuoteExtract.Cli;
using QuoteExtract.Cli.Batch;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// The batch engine of the CLI in steady state (after start-up and JIT): the benchmark articles as JSON Lines,
/// parsed, extracted and formatted by <see cref="Parallel"/> workers and written in order to a null output.
/// The throughput at 2 workers against 1 is how the batch scales with <c>--parallel</c>.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private string _jsonl = "";

    [Params(1, 2)]
    public int Parallel { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        var texts = Corpus.Articles.Value.Texts;
        for (int i = 0; i < texts.Length; i++)
            sb.Append(JsonSerializer.Serialize(new { id = "d" + i, text = texts[i] })).Append('\n');
        _jsonl = sb.ToString();
    }

    [Benchmark(Description = "batch: JSON Lines in, JSON Lines out")]
    public long Batch()
    {
        var documents = InputSource.JsonLines(new StringReader(_jsonl), "bench");
        var writer = DocumentWriter.Create(OutputFormat.Jsonl, TextWriter.Null);
        var summary = BatchRunner.Run(documents, QuoteExtractor.Default.Extract, writer, Parallel, _ => { });
        return summary.Written;
    }
}
