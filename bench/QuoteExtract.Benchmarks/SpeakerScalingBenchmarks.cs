using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// The speaker stage's worst case for lookups: one document where thousands of distinct people share a surname and as
/// many role phrases refer back ("Abcd Lee, the deputy mayor, said … Lee added … The deputy mayor said …"). 2,500 and
/// 10,000 people: four times the text must take at most about four times the time (every candidate search goes
/// through an index and reads a bounded window).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SpeakerScalingBenchmarks
{
    private string _text = "";

    [Params(2_500, 10_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Build(People);

    /// <summary>The document for <paramref name="people"/> people.</summary>
    public static string Build(int people)
    {
        var sb = new StringBuilder(people * 200);
        for (int i = 0; i < people; i++)
        {
            var first = FirstName(i);
            sb.Append(first).Append(" Lee, the deputy mayor of district ").Append(i).Append(", said the plan \"is fine.\" ")
              .Append("Lee added that \"it works.\" The deputy mayor said she \"will vote for it.\"\n\n");
        }
        return sb.ToString();
    }

    [Benchmark(Description = "people sharing a surname, with role phrases")]
    public int Extract() => QuoteExtractor.Default.Extract(_text).Speakers.Count;

    // "Abcd", "Abce", …: distinct capitalised first names.
    private static string FirstName(int i)
    {
        var chars = new char[5];
        for (int k = 4; k >= 1; k--) { chars[k] = (char)('a' + i % 26); i /= 26; }
        chars[0] = 'Z';
        return new string(chars);
    }
}
