using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// One extractor shared by 16 threads gives, for every document, exactly the result one thread gives
/// (compared as canonical output JSON), whether the threads start together or run as tasks.
/// </summary>
public class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Threads = 16;

    /// <summary>Hand-written documents, the seed article when present, and 200 generated news-like ones.</summary>
    private static string[] Documents()
    {
        var docs = new List<string>(RealWorldShapesTests.Shapes.Select(s => s.Text))
        {
            "“We will not allow it,” Russian President Vladimir Putin said. Kremlin spokesman Dmitry Peskov told reporters that nearly 8,000 people had been detained.",
            "“A,” she said, “B and C and D.”\n\n“E goes on,” Jane Roe added. According to officials, the plan failed.",
            "Sen. Jane Roe called the plan “a reckless gamble.” The company denied that it had misled investors.",
            "",
            "\uD800 lone “surrogates\uDC00,” said \u0000 nobody.",
        };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            docs.Add(File.ReadAllText(file));
        for (int i = 0; i < 200; i++) docs.Add(PropertyRunner.Case(TextGens.NewsSplice, 301, i));
        return [.. docs];
    }

    private static string Canonical(QuoteExtractor extractor, string text) => ResultInvariants.Canonical(extractor.Extract(text));

    [Fact]
    public void Sixteen_threads_sharing_one_extractor_match_one_thread()
    {
        var extractor = new QuoteExtractorBuilder().Build();
        var docs = Documents();
        var expected = docs.Select(d => Canonical(extractor, d)).ToArray();

        // Every thread goes over every document, each from a different starting point, all released at once.
        var differences = new ConcurrentBag<(int Thread, int Doc)>();
        var errors = new ConcurrentBag<Exception>();
        using var start = new ManualResetEventSlim(false);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.Wait();
            try
            {
                for (int k = 0; k < docs.Length; k++)
                {
                    int d = (k + t * 17) % docs.Length;
                    if (!string.Equals(Canonical(extractor, docs[d]), expected[d], StringComparison.Ordinal)) differences.Add((t, d));
                }
            }
            catch (Exception e) { errors.Add(e); }
        })).ToList();
        threads.ForEach(th => th.Start());
        start.Set();
        threads.ForEach(th => th.Join());

        output.WriteLine($"[concurrency] {Threads} threads x {docs.Length} documents = {Threads * docs.Length} shared-extractor extractions; " +
                         $"{differences.Count} differed, {errors.Count} threw");
        errors.Should().BeEmpty();
        differences.Should().BeEmpty("every thread must see the single-thread result (first: doc {0})",
            differences.IsEmpty ? -1 : differences.Min(x => x.Doc));
    }

    [Fact]
    public async Task Parallel_for_and_tasks_on_the_default_extractor_match_one_thread()
    {
        var docs = Documents();
        var expected = docs.Select(d => Canonical(QuoteExtractor.Default, d)).ToArray();

        var viaParallel = new string[docs.Length * 4];
        Parallel.For(0, viaParallel.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads },
            i => viaParallel[i] = Canonical(QuoteExtractor.Default, docs[i % docs.Length]));

        var viaTasks = await Task.WhenAll(Enumerable.Range(0, docs.Length * 2)
            .Select(i => Task.Run(() => Canonical(QuoteExtractor.Default, docs[(i * 31) % docs.Length]))));

        for (int i = 0; i < viaParallel.Length; i++) viaParallel[i].Should().Be(expected[i % docs.Length], $"Parallel.For, document {i % docs.Length}");
        for (int i = 0; i < viaTasks.Length; i++) viaTasks[i].Should().Be(expected[(i * 31) % docs.Length], $"Task.Run, document {(i * 31) % docs.Length}");
        output.WriteLine($"[concurrency] Parallel.For (max {Threads}) {viaParallel.Length} + tasks {viaTasks.Length} extractions over {docs.Length} documents matched one thread");
    }

    [Fact]
    public void Building_extractors_concurrently_gives_identical_extractors()
    {
        var docs = Documents().Take(40).ToArray();
        var expected = docs.Select(d => Canonical(QuoteExtractor.Default, d)).ToArray();
        var results = new string[Threads][];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            var extractor = new QuoteExtractorBuilder().Build();
            results[t] = [.. docs.Select(d => Canonical(extractor, d))];
        });
        for (int t = 0; t < Threads; t++) results[t].Should().Equal(expected, $"extractor built on thread {t}");
        output.WriteLine($"[concurrency] {Threads} extractors built concurrently x {docs.Length} documents matched the default extractor");
    }
}
