using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project bench/QuoteExtract.Benchmarks [-- --filter *]   (or -- --stage-cuts [PASSES])
    public static void Main(string[] args)
    {
        var (texts, chars, source) = Corpus.Articles.Value;
        Console.WriteLine($"Benchmark input: {source}, {texts.Length} documents, {chars:N0} characters, {Benchmarks.Utf8Bytes:N0} UTF-8 bytes per operation.");
        if (args.Length > 0 && args[0] == "--stage-cuts")
        {
            StageCuts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60);
            return;
        }
        // The GC % of this run only: every benchmark process that records it writes its file anew.
        if (Directory.Exists(GcTime.Directory)) Directory.Delete(GcTime.Directory, recursive: true);
        var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(), new AllocatedPerByteColumn(), new GcPercentColumn())
            // Building the benchmark's own project takes over the default two minutes on this shared two-core machine.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
    }
}
