using System.Collections.Frozen;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Names compared as their name tokens: each word lower-cased, a possessive <c>’s</c>/<c>'s</c> dropped, split at
/// punctuation into runs of letters and digits (<c>J.</c> → <c>j</c>, <c>Smith-Jones</c> → <c>smith jones</c>), then
/// the <see cref="Honorifics"/> and <see cref="Connectors"/> left out. Gold names and ours go through the same steps,
/// so a word's tokenization or a title in front does not decide whether two names agree.
/// </summary>
internal static class NameTokens
{
    /// <summary>
    /// Honorifics and titles that stand before a name and are not part of it (Mr. Lee, President Lee). Both sides drop
    /// them, so a title that is also a name word (General Motors, Martin Luther King) costs nothing unless it is the
    /// whole name.
    /// </summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "president", "vice", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov",
        "mayor", "minister", "prime", "secretary", "chairman", "director", "dean", "attorney", "judge", "justice",
        "general", "gen", "captain", "capt", "colonel", "col", "chief", "king", "queen", "prince", "princess",
        "emperor", "pope", "sheikh",
    ], StringComparer.Ordinal);

    /// <summary>Small words inside names, tagged as names by some annotators and not by others (University of X, Conservatoire de Y).</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "de", "du", "der", "van", "von"], StringComparer.Ordinal);

    /// <summary>The name tokens of a name written as one string (split at white space).</summary>
    public static IReadOnlyList<string> Of(string name) =>
        Of(name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The name tokens of <paramref name="words"/>, in order.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> words) =>
        [.. words.SelectMany(Runs).Where(t => !Honorifics.Contains(t) && !Connectors.Contains(t))];

    /// <summary>True when <paramref name="word"/> is a title and nothing else (<c>Mr.</c>, <c>Minister</c>).</summary>
    public static bool IsTitle(string word)
    {
        var runs = Runs(word).ToList();
        return runs.Count > 0 && runs.All(Honorifics.Contains);
    }

    // The lower-cased runs of letters and digits of a word, without a possessive ending.
    private static IEnumerable<string> Runs(string word)
    {
        var end = word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? word.Length - 2 : word.Length;
        var i = 0;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(word[i])) { i++; continue; }
            var start = i;
            while (i < end && char.IsLetterOrDigit(word[i])) i++;
            yield return word[start..i].ToLowerInvariant();
        }
    }

    /// <summary>True when the two token lists are the same, in the same order.</summary>
    public static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal);

    /// <summary>True when every token of <paramref name="name"/> is among <paramref name="tokens"/>.</summary>
    public static bool ContainsAll(IReadOnlyList<string> tokens, IReadOnlyList<string> name) =>
        name.All(t => tokens.Contains(t, StringComparer.Ordinal));
}
