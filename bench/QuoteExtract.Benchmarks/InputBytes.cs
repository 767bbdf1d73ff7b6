using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks;

/// <summary>The UTF-8 bytes of text one operation of a benchmark case processes (for the per-byte columns).</summary>
internal static class InputBytes
{
    public static double Of(BenchmarkCase benchmarkCase)
    {
        // The scaling and quote-dense benchmarks' operation is one document of Megabytes MB; the speaker scaling
        // benchmark's is its generated document; the others process the ~1 MB batch.
        var parameters = benchmarkCase.Parameters.Items;
        if (parameters.FirstOrDefault(p => p.Name == "Megabytes")?.Value is int mb) return mb * 1_000_000.0;
        if (parameters.FirstOrDefault(p => p.Name == "People")?.Value is int people)
            return System.Text.Encoding.UTF8.GetByteCount(SpeakerScalingBenchmarks.Build(people));
        return Benchmarks.Utf8Bytes;
    }
}
