using System.Diagnostics;
using System.Runtime.InteropServices;

namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// How much longer a run on ten times the input takes, for linear-time checks that hold on a busy machine: the
/// CPU time of the test's own thread where the platform tells it (Linux: other tests and processes running beside it
/// do not count), and the fastest of three runs of each size, so one burst of load does not decide.
/// </summary>
internal static class GrowthCheck
{
    /// <summary>The fastest of three runs of <paramref name="large"/> over the fastest of three of <paramref name="small"/>.</summary>
    public static double Ratio(Action small, Action large, double floorMilliseconds = 25)
    {
        small(); // warm-up: compiled and tiered before anything is timed
        return Fastest(large) / Math.Max(Fastest(small), floorMilliseconds);
    }

    private static double Fastest(Action run)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var start = Now();
            run();
            best = Math.Min(best, Now() - start);
        }
        return best;
    }

    private static double Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var t) == 0) return t.Seconds * 1e3 + t.Nanoseconds / 1e6;
        return Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;
    }

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
