using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks;

/// <summary>Bytes allocated per byte of input (UTF-8), from the memory diagnoser's allocation per operation (issue #19).</summary>
internal sealed class AllocatedPerByteColumn : IColumn
{
    public string Id => "AllocPerByte";
    public string ColumnName => "Alloc/byte";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Bytes allocated per byte of UTF-8 input, one operation";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report is null || report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is not long allocated) return "-";
        return (allocated / InputBytes.Of(benchmarkCase)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}
