using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>The part of speech of a cue lexicon entry.</summary>
internal enum PartOfSpeech
{
    Verb,
    Noun,
    Adjective,
    Adverb,
    Phrase,
    /// <summary>A verb and its particle ("shoot back", "double down").</summary>
    Phrasal,
}

/// <summary>The frames a cue lexicon entry takes (docs/attribution-types.md), which decide its sense in a clause.</summary>
[Flags]
internal enum CueFrames
{
    None = 0,
    /// <summary>A hand cue: proposes attributions on its own, with its <see cref="LexiconEntry.RuleFlags"/>.</summary>
    Cue = 1,
    /// <summary>Takes a that-clause ("said that …").</summary>
    That = 2,
    /// <summary>Takes an infinitive as its content ("plans to …", "urged them to …").</summary>
    Infinitive = 4,
    /// <summary>Takes an object before the content ("told reporters that …").</summary>
    Audience = 8,
    /// <summary>A plain verb of saying.</summary>
    Plain = 16,
    /// <summary>Its object is what was judged ("criticized the role of social media").</summary>
    Judgment = 32,
    /// <summary>Its object is what was denied ("denied any wrongdoing"), unless something is denied to someone ("denied visas to the team").</summary>
    Denial = 64,
    /// <summary>Change of possession: an object is content only as a noun of content ("offered condolences", not "offered discounts").</summary>
    Give = 128,
    /// <summary>Names its object ("called it a coup", "described him as").</summary>
    Naming = 256,
    /// <summary>Any object is what was said ("said something strange", "said the same thing").</summary>
    Object = 512,
    /// <summary>A plain object is made, not said ("wrote two novels", "spoke German", "posted a video"): no attribution.</summary>
    Deed = 1024,
    /// <summary>A light verb: a noun object of content gives its own type ("maintains a fondness for": belief).</summary>
    Light = 2048,
    /// <summary>With a law, a court or a ruling as its source, a legal effect: an act ("the law ordered", "a judge ordered").</summary>
    Legal = 4096,
}

/// <summary>
/// One row of the cue lexicon: a lemma with its part of speech, attribution type (null: no attribution by itself), frames,
/// rule flags (for hand cues) and every form.
/// </summary>
internal sealed record LexiconEntry(string Lemma, PartOfSpeech Pos, AttributionType? Type, CueFrames Frames, CueFlags RuleFlags, IReadOnlyList<string> Forms)
{
    /// <summary>The type before an infinitive when it differs ("hopes to": intention), else null.</summary>
    public AttributionType? InfinitiveType { get; init; }

    /// <summary>The type before a that-clause when it differs ("decided that": belief), else null.</summary>
    public AttributionType? ThatType { get; init; }

    /// <summary>The type of the passive participle when it differs ("is convinced that": belief), else null.</summary>
    public AttributionType? PassiveType { get; init; }

    /// <summary>The type with a poll, study or data as subject when it differs ("the poll suggests": knowledge), else null.</summary>
    public AttributionType? EvidenceType { get; init; }

    /// <summary>The type with an object and "as" ("sees the campaign as unfair": belief), else null.</summary>
    public AttributionType? AsType { get; init; }

    /// <summary>True for a hand-written entry; false for one typed by its VerbNet class alone.</summary>
    public bool Hand { get; init; }

    /// <summary>True when the entry takes the frame.</summary>
    public bool Has(CueFrames frame) => (Frames & frame) != 0;
}

/// <summary>
/// The cue lexicon (the embedded <c>cue-lexicon.tsv</c>, built by <c>quote-extract-training lexicon</c> from hand entries
/// and VerbNet 3.4): every word form that may cue an attribution, with its lemma, type and frames. Loaded once.
/// </summary>
internal static class LexiconTable
{
    private static readonly Lazy<(IReadOnlyList<LexiconEntry> Rows, AsciiLookup<LexiconEntry[]> Forms)> s_table =
        new(() => Index(Parse(OpenResource())));

    /// <summary>Every row, in file order.</summary>
    public static IReadOnlyList<LexiconEntry> Rows => s_table.Value.Rows;

    /// <summary>The entries that list <paramref name="form"/> (case-insensitive): hand entries first, each group verbs first, then nouns, adjectives, phrases; empty when none.</summary>
    public static ReadOnlySpan<LexiconEntry> Senses(ReadOnlySpan<char> form) =>
        s_table.Value.Forms.TryGetValue(form, out var entries) ? entries : [];

    private static TextReader OpenResource() =>
        new StreamReader(typeof(LexiconTable).Assembly.GetManifestResourceStream("QuoteExtract.Lexicon.cue-lexicon.tsv")
            ?? throw new InvalidOperationException("The embedded cue lexicon (cue-lexicon.tsv) is missing from the assembly."));

    private static (IReadOnlyList<LexiconEntry>, AsciiLookup<LexiconEntry[]>) Index(IReadOnlyList<LexiconEntry> rows)
    {
        var byForm = new Dictionary<string, List<LexiconEntry>>(StringComparer.OrdinalIgnoreCase);
        // Hand entries first: a VerbNet class's rare sense ("will": to bequeath) never hides a hand entry's ("willing").
        foreach (var row in rows.OrderBy(r => r.Hand ? 0 : 1).ThenBy(r => r.Pos))
            foreach (var form in row.Forms)
            {
                if (!byForm.TryGetValue(form, out var list)) byForm[form] = list = [];
                if (!list.Contains(row)) list.Add(row);
            }
        var frozen = byForm.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        return (rows, new AsciiLookup<LexiconEntry[]>(frozen));
    }

    /// <summary>Reads the table: <c>lemma, pos, type, frames, forms[, origin]</c> rows; # starts a comment. Malformed rows are errors.</summary>
    internal static IReadOnlyList<LexiconEntry> Parse(TextReader reader)
    {
        var rows = new List<LexiconEntry>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var p = line.Split('\t');
            if (p.Length < 5) throw new FormatException($"cue lexicon line {number}: expected lemma, pos, type, frames, forms");
            var pos = p[1] switch
            {
                "verb" => PartOfSpeech.Verb,
                "noun" => PartOfSpeech.Noun,
                "adj" => PartOfSpeech.Adjective,
                "adv" => PartOfSpeech.Adverb,
                "phrase" => PartOfSpeech.Phrase,
                "phrasal" => PartOfSpeech.Phrasal,
                _ => throw new FormatException($"cue lexicon line {number}: unknown part of speech '{p[1]}'"),
            };
            var type = ParseType(p[2], number);
            var frames = CueFrames.None;
            var flags = CueFlags.None;
            AttributionType? infinitive = null, that = null, passive = null, evidence = null, seenAs = null;
            foreach (var frame in p[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = frame.IndexOf('=');
                if (eq > 0)
                {
                    var t = ParseType(frame[(eq + 1)..], number);
                    switch (frame[..eq])
                    {
                        case "to": infinitive = t; break;
                        case "that": that = t; break;
                        case "passive": passive = t; break;
                        case "evidence": evidence = t; break;
                        case "as": seenAs = t; break;
                        default: throw new FormatException($"cue lexicon line {number}: unknown frame '{frame}'");
                    }
                    if (frame[..eq] == "to") frames |= CueFrames.Infinitive;
                    if (frame[..eq] == "that") frames |= CueFrames.That;
                    continue;
                }
                switch (frame)
                {
                    case "cue": frames |= CueFrames.Cue; break;
                    case "that": frames |= CueFrames.That; break;
                    case "to": frames |= CueFrames.Infinitive; break;
                    case "audience": frames |= CueFrames.Audience; break;
                    case "plain": frames |= CueFrames.Plain; break;
                    case "judgment": frames |= CueFrames.Judgment; break;
                    case "denial": frames |= CueFrames.Denial; flags |= CueFlags.Denial; break;
                    case "give": frames |= CueFrames.Give; break;
                    case "naming": frames |= CueFrames.Naming; flags |= CueFlags.Naming; break;
                    case "object": frames |= CueFrames.Object; break;
                    case "deed": frames |= CueFrames.Deed; break;
                    case "light": frames |= CueFrames.Light; break;
                    case "legal": frames |= CueFrames.Legal; break;
                    case "reporting": flags |= CueFlags.Reporting; break;
                    case "stance": flags |= CueFlags.Stance; break;
                    case "question": flags |= CueFlags.Question; break;
                    case "object-content": flags |= CueFlags.ObjectThenContent; break;
                    case "invertible": flags |= CueFlags.Invertible; break;
                    default: throw new FormatException($"cue lexicon line {number}: unknown frame '{frame}'");
                }
            }
            var forms = p[4].Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (forms.Length == 0) throw new FormatException($"cue lexicon line {number}: no forms");
            rows.Add(new LexiconEntry(p[0], pos, type, frames, flags, forms)
            {
                InfinitiveType = infinitive, ThatType = that, PassiveType = passive, EvidenceType = evidence, AsType = seenAs,
                Hand = p.Length < 6 || p[5].StartsWith("hand", StringComparison.Ordinal),
            });
        }
        return rows;
    }

    private static AttributionType? ParseType(string name, int line) => name switch
    {
        "speech" => AttributionType.Speech,
        "belief" => AttributionType.Belief,
        "knowledge" => AttributionType.Knowledge,
        "intention" => AttributionType.Intention,
        "act" => AttributionType.Act,
        "none" => null,
        _ => throw new FormatException($"cue lexicon line {line}: unknown type '{name}'"),
    };
}
