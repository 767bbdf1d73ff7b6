using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>
/// Which words head a source in an annotated corpus (tools/QuoteExtract.Training, <c>sources</c>): for each
/// word form, how often it was the last word of a gold source and how often it occurred outside reported
/// content. Loaded once from the embedded resource.
/// </summary>
internal static class LearnedSources
{
    private static readonly Lazy<FrozenDictionary<string, (int Head, int Total)>.AlternateLookup<ReadOnlySpan<char>>> s_lookup =
        new(() => LearnedCues.LoadCounts("QuoteExtract.Lexicon.source-inventory.tsv").GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>How often <paramref name="form"/> headed a source, of how many occurrences (0, 0 when not listed).</summary>
    public static (int Head, int Total) Counts(ReadOnlySpan<char> form) => s_lookup.Value.TryGetValue(form, out var c) ? c : (0, 0);

    /// <summary>The smoothed probability that <paramref name="form"/> heads a source where it occurs.</summary>
    public static double Probability(ReadOnlySpan<char> form, double prior)
    {
        var (head, total) = Counts(form);
        return LearnedCues.Smoothed(head, total, prior);
    }
}
