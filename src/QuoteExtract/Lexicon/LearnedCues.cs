using System.Collections.Frozen;
using System.Globalization;

namespace QuoteExtract.Lexicon;

/// <summary>
/// The reporting-cue inventory learned from an annotated corpus (tools/QuoteExtract.Training, <c>cues</c>):
/// for each word form, how often it stood inside an annotated cue and how often it occurred at all.
/// Loaded once from the embedded resource.
/// </summary>
internal static class LearnedCues
{
    private static readonly Lazy<FrozenDictionary<string, (int Cue, int Total)>> s_counts = new(Load);
    private static readonly Lazy<AsciiLookup<(int Cue, int Total)>> s_lookup = new(() => new(s_counts.Value));

    /// <summary>How often <paramref name="form"/> was a cue, of how many occurrences (0, 0 when unseen).</summary>
    public static (int Cue, int Total) Counts(ReadOnlySpan<char> form)
    {
        return s_lookup.Value.TryGetValue(form, out var c) ? c : (0, 0);
    }

    /// <summary>
    /// The smoothed probability that <paramref name="form"/> is a cue where it occurs; <paramref name="prior"/>
    /// for forms the corpus never showed as cues often enough to be listed.
    /// </summary>
    public static double Probability(ReadOnlySpan<char> form, double prior)
    {
        var (cue, total) = Counts(form);
        return Smoothed(cue, total, prior);
    }

    /// <summary><paramref name="count"/> of <paramref name="total"/> with two pseudo-observations at <paramref name="prior"/> (the prior alone when unseen).</summary>
    internal static double Smoothed(int count, int total, double prior) => total == 0 ? prior : (count + prior * 2) / (total + 2.0);

    /// <summary>Every form in the inventory.</summary>
    public static IEnumerable<string> Forms => s_counts.Value.Keys;

    /// <summary>Number of forms in the inventory.</summary>
    public static int Count => s_counts.Value.Count;

    // The embedded inventory (the embedded model was trained with it). Another inventory (learned on other annotations,
    // or on part of train: tools/cross-validate-cues.sh) is built into a copy of the library, never read from the
    // environment: a library takes no settings from outside its options.
    private static FrozenDictionary<string, (int, int)> Load() => LoadCounts("QuoteExtract.Lexicon.cue-inventory.tsv");

    /// <summary>Reads an embedded TSV of <c>form, count, total</c> rows (comments start with #).</summary>
    internal static FrozenDictionary<string, (int, int)> LoadCounts(string resource) =>
        LoadCounts(typeof(LearnedCues).Assembly.GetManifestResourceStream(resource));

    private static FrozenDictionary<string, (int, int)> LoadCounts(Stream? source)
    {
        var result = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        using var stream = source;
        if (stream is null) return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 3) continue;
            if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var total))
                result[parts[0]] = (count, total);
        }
        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
