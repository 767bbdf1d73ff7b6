using System.Globalization;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Reads the token lists of GUM's discourse signals: <c>38,39</c> in rs4, <c>759-760,770</c> in CoNLL-U, each a
/// 1-based word index counted over the whole document (multi-word token lines and empty nodes not counted).
/// </summary>
internal static class SignalTokens
{
    private const string SourcePrefix = "sem-atsrc-";

    // A longer range is a typo, not a source: refusing it keeps a bad file from allocating millions of indices.
    private const int MaxRange = 10_000;

    /// <summary>The indices of <paramref name="spec"/>, sorted and distinct; empty for <c>_</c> or nothing; null when malformed.</summary>
    public static IReadOnlyList<int>? Parse(string spec)
    {
        var tokens = new SortedSet<int>();
        foreach (var item in spec.Split(',', StringSplitOptions.TrimEntries))
        {
            if (item is "" or "_") continue;
            var dash = item.IndexOf('-', 1);
            if (dash < 0)
            {
                if (!TryIndex(item, out var single)) return null;
                tokens.Add(single);
                continue;
            }
            if (!TryIndex(item[..dash], out var first) || !TryIndex(item[(dash + 1)..], out var last)
                || last < first || last - first > MaxRange) return null;
            for (var t = first; t <= last; t++) tokens.Add(t);
        }
        return [.. tokens];
    }

    /// <summary>
    /// The source tokens of a CoNLL-U relation's signal list (<c>sem-atsrc-12-46-gold+lex-indwd-50-_</c>: signals
    /// joined by <c>+</c>, each <c>type-subtype-tokens-status</c>); null when there is no readable <c>sem-atsrc</c> signal.
    /// </summary>
    public static IReadOnlyList<int>? SourceInSignals(string signals)
    {
        foreach (var signal in signals.Split('+'))
        {
            if (!signal.StartsWith(SourcePrefix, StringComparison.Ordinal)) continue;
            var rest = signal[SourcePrefix.Length..];
            var status = rest.LastIndexOf('-');
            return status <= 0 ? null : Parse(rest[..status]);
        }
        return null;
    }

    private static bool TryIndex(string s, out int index) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index > 0;
}
