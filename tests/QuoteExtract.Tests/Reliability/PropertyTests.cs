using CsCheck;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// Property-based tests (CsCheck): for every generated text, extraction does not throw, every span maps back
/// to the text exactly, quotes are disjoint or nested, every reference resolves, ids are unique, scores are
/// finite and in 0..1, and the output (canonical JSON) is identical across two runs and across threads.
/// Fixed seeds: CI sees the same cases every run (see <see cref="PropertyRunner"/>); each test prints the
/// number of cases it ran.
/// </summary>
public class PropertyTests(ITestOutputHelper output)
{
    /// <summary>Cases per property (times QUOTEEXTRACT_PROP_SCALE).</summary>
    public const int Cases = 2000;

    private static readonly QuoteExtractor Extractor = QuoteExtractor.Default;

    private static string Print(string s) => ResultInvariants.Escape(s);

    private int Run(string name, Gen<string> gen, uint stream, int cases = Cases, Invariants which = Invariants.All) =>
        PropertyRunner.Run(output, name, gen, t => ResultInvariants.CheckExtraction(Extractor, t, which), cases, stream, Print);

    // The quote-nesting invariant fails on some generated texts (see QuoteNestingBugTests): the properties
    // below check every other invariant on every case, and the *_quote_nesting variants — skipped until the
    // bug is fixed — check all of them, nesting included, on exactly the same cases.
    private const Invariants AllButNesting = Invariants.All & ~Invariants.QuoteNesting;

    private const string NestingBug =
        "BUG: quotes overlap without nesting (a stray » reverses guillemet pairing; a reported clause runs past " +
        "a sentence end with no space after the period) — see QuoteNestingBugTests";

    [Fact]
    public void Random_unicode_with_lone_surrogates_and_controls()
        => Run("random Unicode (lone surrogates, controls, quote marks, line endings)", TextGens.UnicodeNoise, 101);

    [Fact]
    public void Every_quote_mark_balanced_or_not()
        => Run("quote-mark heavy text (all invariants but quote nesting)", TextGens.QuoteHeavy, 102, which: AllButNesting);

    [Fact]
    public void Every_quote_mark_balanced_or_not_quote_nesting()
        => Run("quote-mark heavy text", TextGens.QuoteHeavy, 102);

    [Fact]
    public void Mixed_line_endings()
        => Run("mixed line endings (all invariants but quote nesting)", TextGens.MixedLineEndings, 103, which: AllButNesting);

    [Fact]
    public void Mixed_line_endings_quote_nesting()
        => Run("mixed line endings (LF, CRLF, CR, U+2028, U+2029, U+0085)", TextGens.MixedLineEndings, 103);

    [Fact]
    public void Very_long_tokens()
        => Run("very long tokens", TextGens.LongTokens, 104, cases: 500);

    [Fact]
    public void News_fragments_spliced_with_noise()
        => Run("news-like fragments spliced with noise (all invariants but quote nesting)", TextGens.NewsSplice, 105, which: AllButNesting);

    [Fact]
    public void News_fragments_spliced_with_noise_quote_nesting()
        => Run("news-like fragments spliced with noise", TextGens.NewsSplice, 105);

    [Fact]
    public void Well_spaced_news_fragments()
        => Run("well-spaced news fragments (all invariants but quote nesting)", TextGens.WellSpacedNews, 107, which: AllButNesting);

    [Fact]
    public void Well_spaced_news_fragments_quote_nesting()
        => Run("well-spaced news fragments", TextGens.WellSpacedNews, 107);

    [Fact]
    public void Same_output_on_16_threads_as_on_one()
    {
        // One batch of generated documents: extracted on one thread, then by 16 threads at once, twice over.
        var gen = Gen.Frequency((3, TextGens.NewsSplice), (1, TextGens.UnicodeNoise), (1, TextGens.QuoteHeavy));
        int n = Math.Max(16, (int)(400 * PropertyRunner.Scale));
        var docs = Enumerable.Range(0, n).Select(i => PropertyRunner.Case(gen, 106, i)).ToArray();
        var expected = docs.Select(d => ResultInvariants.Canonical(Extractor.Extract(d))).ToArray();
        int compared = 0;
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<int>();
        for (int round = 0; round < 2; round++)
        {
            Parallel.For(0, n * 2, new ParallelOptions { MaxDegreeOfParallelism = 16 }, k =>
            {
                int i = (k * 7919 + round) % n; // a different interleaving each round; every doc twice per round
                var got = ResultInvariants.Canonical(Extractor.Extract(docs[i]));
                if (!string.Equals(got, expected[i], StringComparison.Ordinal)) mismatches.Add(i);
                Interlocked.Increment(ref compared);
            });
        }
        output.WriteLine($"[property] same output on 16 threads: {n} generated documents, {compared} threaded extractions compared; {mismatches.Count} differed");
        if (!mismatches.IsEmpty)
        {
            int i = mismatches.Min();
            throw new InvariantViolation("determinism",
                $"document #{i} (CsCheck seed \"{PropertyRunner.SeedString(106, i)}\") gives another result on 16 threads: {Print(docs[i])}");
        }
    }
}
