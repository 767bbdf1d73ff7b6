using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// The share of a benchmark process's time spent in GC pauses (<see cref="GC.GetTotalPauseDuration"/>), which
/// BenchmarkDotNet does not report: a benchmark calls <see cref="Start"/> at the end of its global setup and
/// <see cref="Stop"/> in its global cleanup (in the benchmark's own process), and the "GC %" column reads what it wrote.
/// The span covers the pilot, warm-up and measured iterations alike, all of which run the same operation.
/// </summary>
internal static class GcTime
{
    private static long s_startTicks;
    private static TimeSpan s_startPause;

    public static string Directory => Path.Combine(Corpus.Root, "BenchmarkDotNet.Artifacts", "gc-time");

    public static void Start()
    {
        s_startPause = GC.GetTotalPauseDuration();
        s_startTicks = Stopwatch.GetTimestamp();
    }

    public static void Stop(string benchmark, params object[] parameters)
    {
        var elapsed = Stopwatch.GetElapsedTime(s_startTicks);
        var paused = GC.GetTotalPauseDuration() - s_startPause;
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(PathOf(benchmark, parameters),
            (100.0 * paused.TotalMilliseconds / elapsed.TotalMilliseconds).ToString("0.0", CultureInfo.InvariantCulture));
    }

    public static string PathOf(string benchmark, IEnumerable<object> parameters) =>
        Path.Combine(Directory, benchmark + string.Concat(parameters.Select(p => "-" + p)) + ".txt");
}

/// <summary>Percent of the benchmark process's time in GC pauses, for the benchmarks that record it (<see cref="GcTime"/>).</summary>
internal sealed class GcPercentColumn() : CustomColumn("GcPercent", "GC %", 2,
    "Percent of the benchmark process's time in GC pauses (GC.GetTotalPauseDuration), where recorded")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var path = GcTime.PathOf(benchmarkCase.Descriptor.Type.Name, benchmarkCase.Parameters.Items.Select(p => p.Value));
        return File.Exists(path) ? File.ReadAllText(path) : "-";
    }
}
