using Xunit.Abstractions;

namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// Memory on quote-dense documents (issue #19): the bytes one extraction allocates per byte of UTF-8 input stay below a
/// bound per shape, and four times the input allocates at most <see cref="MaxGrowth"/> times as much (linear, with room
/// for the fixed part). No clock is read: allocation is counted, so a busy machine cannot fail these.
/// </summary>
/// <remarks>
/// Allocated bytes are counted on the calling thread (<see cref="GC.GetAllocatedBytesForCurrentThread"/>): extraction
/// runs on it alone, so nothing another test allocates meanwhile is counted. Everything allocated is an upper bound
/// of what can be live at once. The bounds are about 1.3 times what was measured after the fix, which allocated 9–77
/// bytes per byte (docs/memory.md has the numbers and the peak memory of real processes on 16 MB documents); before
/// it the same shapes allocated 15–165 bytes per byte and all but the article broke their bounds here.
/// </remarks>
[Collection(TimingCollection.Name)]
public class QuoteDenseMemoryTests(ITestOutputHelper output)
{
    /// <summary>Four times the input may allocate at most this many times as much.</summary>
    public const double MaxGrowth = 6;

    // Bytes allocated per UTF-8 input byte, at most, per shape.
    private static readonly Dictionary<string, double> s_bounds = new()
    {
        ["straight marks"] = 90,
        ["curly marks"] = 12,
        ["alternating"] = 65,
        ["unclosed"] = 12,
        ["guillemets"] = 45,
        ["apostrophes"] = 34,
        ["speaker line"] = 100,
        ["short lines"] = 105,
        ["one open quote"] = 15,
        ["article"] = 32,
    };

    public static TheoryData<string> Shapes() => [.. QuoteDenseShapes.Names];

    private static readonly string s_article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_329f24a8b1ceea21.txt"));

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Allocation_per_input_byte_is_bounded_and_grows_linearly(string shape)
    {
        var extractor = QuoteExtractor.Default;
        extractor.Extract(QuoteDenseShapes.Make(shape, 64 << 10, s_article)); // warm-up: lexicons, model, JIT

        long small = Allocated(extractor, shape, 1 << 20);
        long large = Allocated(extractor, shape, 4 << 20);
        double perByte = (double)large / (4 << 20), growth = (double)large / small;
        output.WriteLine($"[memory] {shape}: 1 MB allocates {small / 1048576.0:N1} MiB ({(double)small / (1 << 20):N1} bytes a byte), " +
            $"4 MB {large / 1048576.0:N1} MiB ({perByte:N1} a byte): {growth:N2}x for 4x the input");

        perByte.Should().BeLessThan(s_bounds[shape], $"{shape} must allocate less than {s_bounds[shape]} bytes per input byte");
        growth.Should().BeLessThan(MaxGrowth, $"{shape}: four times the input must allocate less than {MaxGrowth} times as much");
    }

    private static long Allocated(QuoteExtractor extractor, string shape, int utf8Bytes)
    {
        var text = QuoteDenseShapes.Make(shape, utf8Bytes, s_article);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = extractor.Extract(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        ResultInvariants.Check(text, result);
        return allocated;
    }
}
