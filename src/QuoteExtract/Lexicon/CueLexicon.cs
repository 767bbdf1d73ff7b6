using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>What a reporting cue does to its content.</summary>
[Flags]
public enum CueFlags
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>Verbs of saying (say, tell, add, write, tweet).</summary>
    Speech = 1,
    /// <summary>Verbs of belief, intention and feeling (believe, want, hope, fear, think).</summary>
    Belief = 2,
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
public sealed record CueEntry(string Lemma, CueFlags Flags);

/// <summary>
/// Reporting verbs with all their inflections. Lookups are case-insensitive on a span, allocation-free.
/// </summary>
public static class CueLexicon
{
    // lemma, irregular forms (past, participle), flags. Regular forms are generated.
    private static readonly (string Lemma, string[] Irregular, CueFlags Flags)[] s_verbs =
    [
        ("say", ["said"], CueFlags.Speech | CueFlags.Invertible),
        ("tell", ["told"], CueFlags.Speech | CueFlags.Invertible),
        ("add", [], CueFlags.Speech | CueFlags.Invertible),
        ("state", [], CueFlags.Speech | CueFlags.Invertible),
        ("stress", [], CueFlags.Speech | CueFlags.Invertible),
        ("note", [], CueFlags.Speech | CueFlags.Invertible),
        ("warn", [], CueFlags.Speech | CueFlags.Invertible),
        ("insist", [], CueFlags.Speech | CueFlags.Invertible),
        ("claim", [], CueFlags.Speech | CueFlags.Invertible),
        ("argue", [], CueFlags.Speech | CueFlags.Invertible),
        ("explain", [], CueFlags.Speech | CueFlags.Invertible),
        ("write", ["wrote", "written"], CueFlags.Speech | CueFlags.Invertible),
        ("tweet", [], CueFlags.Speech | CueFlags.Invertible),
        ("post", [], CueFlags.Speech),
        ("reply", [], CueFlags.Speech | CueFlags.Invertible),
        ("respond", [], CueFlags.Speech | CueFlags.Invertible),
        ("answer", [], CueFlags.Speech | CueFlags.Invertible),
        ("announce", [], CueFlags.Speech | CueFlags.Invertible),
        ("declare", [], CueFlags.Speech | CueFlags.Invertible),
        ("report", [], CueFlags.Speech | CueFlags.Invertible),
        ("confirm", [], CueFlags.Speech | CueFlags.Invertible),
        ("acknowledge", [], CueFlags.Speech | CueFlags.Invertible),
        ("admit", [], CueFlags.Speech | CueFlags.Invertible),
        ("concede", [], CueFlags.Speech | CueFlags.Invertible),
        ("continue", [], CueFlags.Speech | CueFlags.Invertible),
        ("recall", [], CueFlags.Speech | CueFlags.Invertible),
        ("remark", [], CueFlags.Speech | CueFlags.Invertible),
        ("comment", [], CueFlags.Speech | CueFlags.Invertible),
        ("observe", [], CueFlags.Speech | CueFlags.Invertible),
        ("emphasize", [], CueFlags.Speech | CueFlags.Invertible),
        ("emphasise", [], CueFlags.Speech | CueFlags.Invertible),
        ("suggest", [], CueFlags.Speech | CueFlags.Invertible),
        ("predict", [], CueFlags.Speech | CueFlags.Invertible),
        ("promise", [], CueFlags.Speech | CueFlags.Invertible),
        ("vow", [], CueFlags.Speech | CueFlags.Invertible),
        ("pledge", [], CueFlags.Speech | CueFlags.Invertible),
        ("assert", [], CueFlags.Speech | CueFlags.Invertible),
        ("contend", [], CueFlags.Speech | CueFlags.Invertible),
        ("maintain", [], CueFlags.Speech),
        ("allege", [], CueFlags.Speech | CueFlags.Invertible),
        ("charge", [], CueFlags.Speech),
        ("complain", [], CueFlags.Speech | CueFlags.Invertible),
        ("joke", [], CueFlags.Speech | CueFlags.Invertible),
        ("quip", ["quipped"], CueFlags.Speech | CueFlags.Invertible),
        ("boast", [], CueFlags.Speech | CueFlags.Invertible),
        ("shout", [], CueFlags.Speech | CueFlags.Invertible),
        ("yell", [], CueFlags.Speech | CueFlags.Invertible),
        ("scream", [], CueFlags.Speech | CueFlags.Invertible),
        ("whisper", [], CueFlags.Speech | CueFlags.Invertible),
        ("cry", ["cried", "cries"], CueFlags.Speech | CueFlags.Invertible),
        ("exclaim", [], CueFlags.Speech | CueFlags.Invertible),
        ("mutter", [], CueFlags.Speech | CueFlags.Invertible),
        ("chant", [], CueFlags.Speech | CueFlags.Invertible),
        ("testify", ["testified", "testifies"], CueFlags.Speech | CueFlags.Invertible),
        ("recount", [], CueFlags.Speech | CueFlags.Invertible),
        ("reveal", [], CueFlags.Speech | CueFlags.Invertible),
        ("disclose", [], CueFlags.Speech | CueFlags.Invertible),
        // Verbs of saying that English news uses, too rare in the training articles for their counts to speak:
        // "…,” she retorted", "Lee scoffed at the idea that …", "the minister reiterated that …".
        ("retort", [], CueFlags.Speech | CueFlags.Invertible),
        ("scoff", [], CueFlags.Speech | CueFlags.Invertible),
        ("gripe", [], CueFlags.Speech | CueFlags.Invertible),
        ("grouse", [], CueFlags.Speech | CueFlags.Invertible),
        ("grumble", [], CueFlags.Speech | CueFlags.Invertible),
        ("muse", [], CueFlags.Speech | CueFlags.Invertible),
        ("opine", [], CueFlags.Speech | CueFlags.Invertible),
        ("affirm", [], CueFlags.Speech | CueFlags.Invertible),
        ("reiterate", [], CueFlags.Speech | CueFlags.Invertible),
        ("reassure", [], CueFlags.Speech | CueFlags.Invertible),
        ("confide", [], CueFlags.Speech | CueFlags.Invertible),
        ("inquire", [], CueFlags.Speech | CueFlags.Question | CueFlags.Invertible),
        ("enquire", [], CueFlags.Speech | CueFlags.Question | CueFlags.Invertible),
        ("implore", [], CueFlags.Speech | CueFlags.Invertible),
        ("beg", ["begged"], CueFlags.Speech | CueFlags.Invertible),
        ("plead", ["pleaded", "pled"], CueFlags.Speech | CueFlags.Invertible),
        ("proclaim", [], CueFlags.Speech | CueFlags.Invertible),
        ("theorize", [], CueFlags.Speech | CueFlags.Invertible),
        ("clarify", ["clarified", "clarifies"], CueFlags.Speech | CueFlags.Invertible),
        ("underscore", [], CueFlags.Speech | CueFlags.Invertible),
        ("disagree", [], CueFlags.Speech),
        ("concur", ["concurred", "concurring"], CueFlags.Speech | CueFlags.Invertible),
        ("confess", [], CueFlags.Speech | CueFlags.Invertible),
        ("divulge", [], CueFlags.Speech | CueFlags.Invertible),
        ("relay", [], CueFlags.Speech),
        ("lament", [], CueFlags.Speech | CueFlags.Invertible),
        ("bemoan", [], CueFlags.Speech | CueFlags.Invertible),
        ("deplore", [], CueFlags.Speech),
        ("decry", ["decried", "decries"], CueFlags.Speech),
        ("marvel", ["marvelled", "marvelling"], CueFlags.Speech | CueFlags.Invertible),
        ("sigh", [], CueFlags.Speech | CueFlags.Invertible),
        ("gush", [], CueFlags.Speech | CueFlags.Invertible),
        ("laud", [], CueFlags.Speech | CueFlags.Naming),
        ("commend", [], CueFlags.Speech),
        ("congratulate", [], CueFlags.Speech),
        ("ridicule", [], CueFlags.Speech),
        ("describe", [], CueFlags.Speech | CueFlags.Naming),
        ("call", [], CueFlags.Speech | CueFlags.Naming),
        ("dub", ["dubbed"], CueFlags.Speech | CueFlags.Naming),
        ("label", ["labelled", "labeled"], CueFlags.Speech | CueFlags.Naming),
        ("term", [], CueFlags.Speech | CueFlags.Naming),
        ("brand", [], CueFlags.Speech | CueFlags.Naming),
        ("characterize", [], CueFlags.Speech | CueFlags.Naming),
        ("characterise", [], CueFlags.Speech | CueFlags.Naming),
        ("praise", [], CueFlags.Speech | CueFlags.Naming),
        ("hail", [], CueFlags.Speech | CueFlags.Naming),
        ("accuse", [], CueFlags.Speech | CueFlags.ObjectThenContent),
        ("blame", [], CueFlags.Speech | CueFlags.ObjectThenContent),
        ("criticize", [], CueFlags.Speech | CueFlags.ObjectThenContent),
        ("criticise", [], CueFlags.Speech | CueFlags.ObjectThenContent),
        ("condemn", [], CueFlags.Speech | CueFlags.ObjectThenContent),
        ("urge", [], CueFlags.Speech | CueFlags.Invertible),
        ("ask", [], CueFlags.Speech | CueFlags.Question | CueFlags.Invertible),
        ("question", [], CueFlags.Speech | CueFlags.Question),
        ("wonder", [], CueFlags.Belief | CueFlags.Question | CueFlags.Invertible),
        ("doubt", [], CueFlags.Belief | CueFlags.Question),
        ("deny", ["denied", "denies"], CueFlags.Speech | CueFlags.Denial | CueFlags.Invertible),
        ("dismiss", [], CueFlags.Speech | CueFlags.Denial),
        ("reject", [], CueFlags.Speech | CueFlags.Denial),
        ("refute", [], CueFlags.Speech | CueFlags.Denial),
        ("dispute", [], CueFlags.Speech | CueFlags.Denial),
        ("rebut", ["rebutted"], CueFlags.Speech | CueFlags.Denial),
        ("believe", [], CueFlags.Belief),
        ("think", ["thought"], CueFlags.Belief),
        ("hope", [], CueFlags.Belief),
        ("fear", [], CueFlags.Belief),
        ("want", [], CueFlags.Belief),
        ("expect", [], CueFlags.Belief),
        ("feel", ["felt"], CueFlags.Belief),
        ("worry", ["worried", "worries"], CueFlags.Belief),
        // Stances ("three-quarters support a ban", "most voters oppose it"): what a poll or a person is for or against.
        ("support", [], CueFlags.Belief),
        ("oppose", [], CueFlags.Belief),
        ("favor", [], CueFlags.Belief),
        ("estimate", [], CueFlags.Speech),
        ("agree", [], CueFlags.Speech),
        ("show", ["shown"], CueFlags.Speech),
        ("find", ["found"], CueFlags.Speech),
        ("indicate", [], CueFlags.Speech),
        ("conclude", [], CueFlags.Speech | CueFlags.Invertible),
        ("learn", ["learnt"], CueFlags.Speech),
        ("hear", ["heard"], CueFlags.Speech),
        ("signal", ["signalled", "signaled"], CueFlags.Speech),
        ("speak", ["spoke", "spoken"], CueFlags.Speech),
    ];

    private static readonly FrozenDictionary<string, CueEntry> s_forms = BuildForms();
    private static readonly FrozenDictionary<string, CueEntry>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue entry for a word form (case-insensitive), or null.</summary>
    public static CueEntry? Lookup(ReadOnlySpan<char> word) =>
        s_lookup.TryGetValue(word, out var entry) ? entry : null;

    /// <summary>All known forms (for diagnostics and tests).</summary>
    public static IEnumerable<string> Forms => s_forms.Keys;

    private static FrozenDictionary<string, CueEntry> BuildForms()
    {
        var forms = new Dictionary<string, CueEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lemma, irregular, flags) in s_verbs)
        {
            var entry = new CueEntry(lemma, flags);
            forms.TryAdd(lemma, entry);
            foreach (var f in irregular) forms.TryAdd(f, entry);
            foreach (var f in RegularForms(lemma, irregular.Length > 0)) forms.TryAdd(f, entry);
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
