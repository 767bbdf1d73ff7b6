using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// Runs a property over a fixed, reproducible set of generated cases, then — only when a case fails —
/// hands the failing seed to CsCheck's <c>Sample</c> to shrink it to a smaller example.
/// </summary>
/// <remarks>
/// CsCheck's <c>Sample(seed: …)</c> uses the seed for the first iteration only and random seeds after it,
/// so CI would see different cases on every run. Here case <c>i</c> of a property is always generated from
/// <c>new PCG(stream, SeedOf(i))</c>: the same cases on every machine and every run, in any thread order.
/// Each failure message carries the CsCheck seed string of the failing case (reproduce it with
/// <c>gen.Sample(check, seed: "…")</c> or <c>CsCheck_Seed=…</c>) and CsCheck's shrunk example.
/// Set <c>QUOTEEXTRACT_PROP_SCALE</c> (e.g. 10) to multiply the number of cases for a deeper run.
/// </remarks>
public static class PropertyRunner
{
    /// <summary>The case counts are multiplied by this (environment variable <c>QUOTEEXTRACT_PROP_SCALE</c>, default 1).</summary>
    public static double Scale { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("QUOTEEXTRACT_PROP_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;

    /// <summary>The PCG seed of case <paramref name="i"/> (spread over the 64-bit range).</summary>
    public static ulong SeedOf(int i) => unchecked((ulong)(i + 1) * 0x9E3779B97F4A7C15UL);

    /// <summary>The CsCheck seed string that regenerates case <paramref name="i"/> of stream <paramref name="stream"/>.</summary>
    public static string SeedString(uint stream, int i) => new PCG(stream, SeedOf(i)).ToString();

    /// <summary>Case <paramref name="i"/> of <paramref name="gen"/> in stream <paramref name="stream"/>.</summary>
    public static T Case<T>(Gen<T> gen, uint stream, int i) => gen.Generate(new PCG(stream, SeedOf(i)), null!, out _);

    /// <summary>
    /// Checks <paramref name="check"/> on <paramref name="cases"/> generated cases (times <see cref="Scale"/>),
    /// prints how many ran, and fails with the smallest failing case (shrunk by CsCheck) if any fails.
    /// </summary>
    /// <returns>The number of cases that ran.</returns>
    public static int Run<T>(ITestOutputHelper output, string name, Gen<T> gen, Action<T> check, int cases, uint stream,
        Func<T, string> print)
    {
        int total = Math.Max(1, (int)Math.Round(cases * Scale));
        var failures = new ConcurrentBag<(int Index, T Value, Exception Error)>();
        int ran = 0;
        long chars = 0;
        var sw = Stopwatch.StartNew();
        Parallel.For(0, total, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var value = Case(gen, stream, i);
            if (value is string s) Interlocked.Add(ref chars, s.Length);
            try { check(value); }
            catch (Exception e) { failures.Add((i, value, e)); }
            Interlocked.Increment(ref ran);
        });
        sw.Stop();
        output.WriteLine(
            $"[property] {name}: {ran} generated cases ran ({chars:N0} chars in all; CsCheck stream {stream}, seeds of cases 0..{total - 1}) " +
            $"in {sw.Elapsed.TotalSeconds:F2} s; {failures.Count} failed");
        if (failures.IsEmpty) return ran;

        var first = failures.OrderBy(f => f.Index).First();
        var seed = SeedString(stream, first.Index);
        var message = new System.Text.StringBuilder(
            $"Property '{name}' failed on {failures.Count} of {ran} cases. First failing case #{first.Index}, " +
            $"CsCheck seed \"{seed}\":\n  input: {print(first.Value)}\n  error: {Describe(first.Error)}\n");

        // 1. CsCheck shrinks from the failing seed (its choices: fewer pieces, smaller values).
        T smallest = first.Value;
        var shrinkTime = Stopwatch.StartNew();
        try
        {
            gen.Sample(check, seed: seed, iter: 3000, threads: Environment.ProcessorCount, print: print);
            message.Append("CsCheck did not reproduce the failure from the seed (a nondeterministic failure?)\n");
        }
        catch (Exception e)
        {
            message.Append($"CsCheck shrinking from that seed ({shrinkTime.Elapsed.TotalSeconds:F1} s): {e.Message}\n");
            var m = System.Text.RegularExpressions.Regex.Match(e.Message, "Set seed: \"([^\"]+)\"");
            if (m.Success)
            {
                smallest = gen.Generate(PCG.Parse(m.Groups[1].Value), null!, out _);
                try { check(smallest); } catch (Exception shrunkError) { message.Append($"  error on the shrunk case: {Describe(shrunkError)}\n"); }
            }
        }

        // 2. For text, delta debugging over the chars of the shrunk case, keeping the kind of failure.
        if (smallest is string text && check is Action<string> checkText
            && Minimizer.MinimizeFailure(text, checkText) is { } minimal)
            message.Append($"Minimal input (ddmin over words and chars): {ResultInvariants.Escape(minimal.Text)}\n  error: {Describe(minimal.Error)}\n");

        var report = message.ToString();
        output.WriteLine(report);
        throw new InvariantViolation("property", report);
    }

    private static string Describe(Exception e) =>
        e is InvariantViolation v ? $"[{v.Kind}] {v.Message}" : $"{e.GetType().FullName}: {e.Message}\n{e.StackTrace}";
}
