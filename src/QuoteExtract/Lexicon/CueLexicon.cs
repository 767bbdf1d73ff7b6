using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>What a reporting cue does to its content, as the attribution rules read it.</summary>
[Flags]
internal enum CueFlags
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>Reports a proposition: verbs of saying, finding and showing (say, tell, add, write, show); learned cues too.</summary>
    Reporting = 1,
    /// <summary>Holds a stance on its content: belief, intention and feeling (believe, want, hope, fear, think).</summary>
    Stance = 2,
    /// <summary>The content is denied (deny, dismiss, reject, refute).</summary>
    Denial = 4,
    /// <summary>The content is questioned (ask, question, wonder, doubt).</summary>
    Question = 8,
    /// <summary>The quoted complement names something (call X "Y", describe X as "Y").</summary>
    Naming = 16,
    /// <summary>The cue takes an object and a preposition before what is claimed (accuse X of Y, blame X for Y); the content keeps both, as the proposition is about X.</summary>
    ObjectThenContent = 32,
    /// <summary>Can stand after the quote with the speaker inverted ("…," said Smith).</summary>
    Invertible = 64,
}

/// <summary>A reporting cue lemma and its behaviour.</summary>
internal sealed record CueEntry(string Lemma, CueFlags Flags);

/// <summary>
/// The hand cues (the cue lexicon's rows marked "cue": verbs of saying, stance and finding) with all their
/// inflections. Lookups are case-insensitive on a span, allocation-free.
/// </summary>
internal static class CueLexicon
{
    private static readonly FrozenDictionary<string, CueEntry> s_forms = BuildForms();
    private static readonly AsciiLookup<CueEntry> s_lookup = new(s_forms);

    /// <summary>The cue entry for a word form (case-insensitive), or null.</summary>
    public static CueEntry? Lookup(ReadOnlySpan<char> word) =>
        s_lookup.TryGetValue(word, out var entry) ? entry : null;

    /// <summary>All known forms (for diagnostics and tests).</summary>
    public static IEnumerable<string> Forms => s_forms.Keys;

    // The hand cues: the rows of the cue lexicon marked "cue", with their forms and rule flags; the first row that
    // lists a form owns it.
    private static FrozenDictionary<string, CueEntry> BuildForms()
    {
        var forms = new Dictionary<string, CueEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LexiconTable.Rows)
        {
            if ((row.Frames & CueFrames.Cue) == 0) continue;
            var entry = new CueEntry(row.Lemma, row.RuleFlags);
            foreach (var form in row.Forms) forms.TryAdd(form, entry);
        }
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // Third person, -ing, and (when no irregular past is given) -ed forms. (Also the training tool's, for the
    // inflections of learned cue verbs that the training articles never show.)
    internal static IEnumerable<string> RegularForms(string lemma, bool hasIrregularPast)
    {
        var last = lemma[^1];
        var stem = lemma[..^1];
        bool sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh") || lemma.EndsWith("ch");
        bool consonantY = last == 'y' && lemma.Length > 1 && !"aeiou".Contains(lemma[^2]);
        yield return sibilant ? lemma + "es" : consonantY ? stem + "ies" : lemma + "s";
        yield return last == 'e' && !lemma.EndsWith("ee") ? stem + "ing" : lemma + "ing";
        if (!hasIrregularPast)
            yield return last == 'e' ? lemma + "d" : consonantY ? stem + "ied" : lemma + "ed";
        // Short CVC verbs double the consonant (dub → dubbing); the irregular list covers the pasts.
        if (lemma.Length == 3 && !"aeiouwy".Contains(last) && "aeiou".Contains(lemma[1]))
            yield return lemma + last + "ing";
    }
}
