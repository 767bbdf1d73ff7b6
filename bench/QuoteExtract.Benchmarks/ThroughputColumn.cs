using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks;

/// <summary>MB of text (UTF-8, as read from disk) processed per second, from the mean time of one operation.</summary>
internal sealed class ThroughputColumn() : CustomColumn("MBps", "MB/s", 0,
    "Megabytes (10^6 bytes of UTF-8 text) processed per second, single thread")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "-";
        double bytes = InputBytes.Of(benchmarkCase);
        return (bytes / 1e6 / (stats.Mean / 1e9)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
