using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks;

/// <summary>Bytes allocated per byte of input (UTF-8), from the memory diagnoser's allocation per operation (issue #19).</summary>
internal sealed class AllocatedPerByteColumn() : CustomColumn("AllocPerByte", "Alloc/byte", 1,
    "Bytes allocated per byte of UTF-8 input, one operation")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report is null || report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is not long allocated) return "-";
        return (allocated / InputBytes.Of(benchmarkCase)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
