using System.Diagnostics;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// <c>--stage-cuts [PASSES]</c>: the pipeline cut after each built-in stage, each cut run PASSES times (default 60: with 25 the first cut, run cold, had not reached the runtime's optimised code) over the
/// benchmark batch in this one process, printing the best pass and the stage alone (its cut's best minus the cut before).
/// BenchmarkDotNet's <see cref="StageBenchmarks"/> runs each cut in its own process, where the runtime's tiering and PGO
/// moved a cut by up to 25 ms between two runs on this machine; the best of many passes in one process is steadier for
/// the per-stage table (times only: allocation is <see cref="StageBenchmarks"/>'s).
/// </summary>
internal static class StageCuts
{
    public static void Run(int passes)
    {
        var texts = Corpus.Articles.Value.Texts;
        long bytes = Benchmarks.Utf8Bytes;
        var names = new QuoteExtractorBuilder().Stages.Select(s => s.Name).ToArray();
        Console.WriteLine($"{"through",-20} {"best ms",9} {"MB/s",8} {"the stage alone",16}");
        double before = 0;
        foreach (var through in names.Append("result"))
        {
            var builder = new QuoteExtractorBuilder();
            if (through != "result")
                foreach (var later in names.SkipWhile(n => n != through).Skip(1)) builder.Remove(later);
            var extractor = builder.Build();
            double best = double.MaxValue;
            for (int p = 0; p < passes; p++)
            {
                var clock = Stopwatch.StartNew();
                int n = 0;
                if (through == "result") foreach (var t in texts) n += extractor.Extract(t).Quotes.Count;
                else foreach (var t in texts) n += extractor.RunAsExtract(t);
                clock.Stop();
                GC.KeepAlive(n);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{through,-20} {best,9:F1} {bytes / best / 1000,8:F1} {best - before,13:F1} ms");
            before = best;
        }
    }
}
