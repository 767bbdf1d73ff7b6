using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace QuoteExtract.EmbeddingProbe;

/// <summary>
/// Times the encoder one sentence at a time, as a pipeline would call it per claim, to put a cost beside the small
/// gain embeddings bring to the check-worthiness model.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Sentences encoded before timing, so the first calls' one-off costs (allocation, JIT) are not counted.</summary>
    private const int WarmUpSentences = 64;

    public static int Run(string[] files, int? threads, long minimumBytes)
    {
        var corpus = Program.ReadSentences(files);
        if (corpus.Count == 0) { Console.Error.WriteLine("no sentences in the transcripts"); return 2; }

        // The corpus in file order, repeated until it reaches the requested size.
        var texts = new List<string>();
        long bytes = 0;
        for (int i = 0; bytes < minimumBytes; i = (i + 1) % corpus.Count)
        {
            texts.Add(corpus[i].Text);
            bytes += Encoding.UTF8.GetByteCount(corpus[i].Text);
        }

        using var encoder = Program.LoadEncoder(threads, out var loadTime);
        for (int i = 0; i < WarmUpSentences; i++) encoder.Encode([texts[i % texts.Count]]);

        var clock = Stopwatch.StartNew();
        foreach (var text in texts) encoder.Encode([text]);
        double seconds = clock.Elapsed.TotalSeconds;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threads: {(threads is int n ? n.ToString(CultureInfo.InvariantCulture) : "runtime default")}, batch size: 1\n" +
            $"model load: {loadTime.TotalMilliseconds:F0} ms\n" +
            $"encoded: {texts.Count} sentences, {bytes} UTF-8 bytes in {seconds:F2} s (after {WarmUpSentences} warm-up sentences)\n" +
            $"throughput: {bytes / 1e6 / seconds:F4} MB/s (10^6 UTF-8 bytes per second)\n" +
            $"per sentence: {seconds * 1000 / texts.Count:F3} ms"));
        return 0;
    }
}
