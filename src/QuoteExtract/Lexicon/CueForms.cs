using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>
/// Every word form that may cue an attribution: the hand-written lexicon's forms and the learned inventory's,
/// with their corpus counts, each with a small integer id so a document can look a token up once.
/// </summary>
internal static class CueForms
{
    /// <summary>
    /// Learned forms with no hand-written entry: cues by corpus evidence alone (at least 2 uses as a cue, 40% of all
    /// uses). Chosen with inventories learned on six sevenths of train and the rules alone scored on the seventh left
    /// out: whole F1@0.3 67.75 with the former 5 uses and half, 68.28 at 2 and 60%, 68.21 at 2 and 40% (content F1
    /// 76.00, 76.75, 77.35; 2 and 30% fell to 67.63); within a tenth of the best the better content F1 decides.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, CueEntry>> s_learnedOnly = new(() =>
    {
        var entries = new Dictionary<string, CueEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in LearnedCueForms())
        {
            var (cue, total) = LearnedCues.Counts(form);
            // Adverbs ride along inside annotated cues ("aggressively pushed") but never cue on their own.
            if (cue >= 2 && cue >= 0.4 * total && CueLexicon.Lookup(form) is null && form.Length >= 4 && form.All(char.IsLetter) && !form.EndsWith("ly")
                && !WordLists.SpeakerCueFillers.Contains(form) && !WordLists.NotNames.Contains(form) && !WordLists.Determiners.Contains(form))
                entries[form] = new CueEntry(form, CueFlags.Reporting);
        }
        return entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>
    /// Weaker learned forms (at least 3 uses as a cue, 5% of all uses) that may propose candidates when a
    /// model decides: the model, not the form, tells whether "offered" or "signed" reports anything here.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, CueEntry>> s_learnedWeak = new(() =>
    {
        var entries = new Dictionary<string, CueEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in LearnedCueForms())
        {
            var (cue, total) = LearnedCues.Counts(form);
            // Verb forms only (past, participle, third person): the weak forms' nouns ("care", "message", "nothing") cue nothing.
            bool verbForm = form.EndsWith("ed") || (form.EndsWith("ing") && !form.EndsWith("thing")) || (form.EndsWith('s') && !form.EndsWith("ss") && !form.EndsWith("ous") && !form.EndsWith("ics"));
            if (cue >= 3 && cue >= 0.05 * total && verbForm && CueLexicon.Lookup(form) is null && form.Length >= 3 && form.All(char.IsLetter) && !form.EndsWith("ly")
                && !WordLists.SpeakerCueFillers.Contains(form) && !WordLists.NotNames.Contains(form) && !WordLists.Determiners.Contains(form)
                && !WordLists.Pronouns.Contains(form))
                entries[form] = new CueEntry(form, CueFlags.None);
        }
        return entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    });

    private static IEnumerable<string> LearnedCueForms() => LearnedCues.Forms;

    /// <summary>What the lexicon and the corpus know of one word form, found with a single lookup.</summary>
    /// <param name="Hand">The hand-written lexicon's entry.</param>
    /// <param name="Learned">The entry of a form the corpus shows as a cue most of the time.</param>
    /// <param name="Weak">The entry of a form the corpus shows as a cue now and then (used when a model decides).</param>
    /// <param name="Cue">How often the form stood in an annotated cue.</param>
    /// <param name="Total">How often the form occurred.</param>
    public readonly record struct Info(CueEntry? Hand, CueEntry? Learned, CueEntry? Weak, int Cue, int Total)
    {
        /// <summary>Whether the form has an entry at all: a form known only by its counts ("a", "the") is never a cue.</summary>
        public bool HasEntry => Hand is not null || Learned is not null || Weak is not null;

        /// <summary>The smoothed probability that the form is a cue (see <see cref="LearnedCues.Probability"/>).</summary>
        public double Probability(double prior) => LearnedCues.Smoothed(Cue, Total, prior);
    }

    // Every form of the hand lexicon and of the learned inventory, merged: the rules ask about almost every
    // token, and one hash lookup instead of four is much of the cost of finding cues.
    private static readonly Lazy<(Info[] Table, FrozenDictionary<string, int> Forms, AsciiLookup<int> Ids)> s_table = new(() =>
    {
        var forms = new SortedSet<string>(CueLexicon.Forms, StringComparer.OrdinalIgnoreCase);
        forms.UnionWith(LearnedCues.Forms);
        var table = new List<Info>();
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in forms)
        {
            var (cue, total) = LearnedCues.Counts(form);
            ids[form] = table.Count;
            table.Add(new Info(CueLexicon.Lookup(form), s_learnedOnly.Value.GetValueOrDefault(form), s_learnedWeak.Value.GetValueOrDefault(form), cue, total));
        }
        // (A document keeps a form's id in 15 bits per token: WordClassTable.CueIdOf.)
        if (table.Count > WordClassTable.MaxCueForms) throw new InvalidOperationException($"{table.Count} cue forms; a token holds the id of at most {WordClassTable.MaxCueForms}.");
        var frozen = ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        return ([.. table], frozen, new AsciiLookup<int>(frozen));
    });

    /// <summary>Every listed form.</summary>
    internal static IEnumerable<string> Forms => s_table.Value.Forms.Keys;

    /// <summary>The id of <paramref name="word"/>'s entry, or -1 for a word never listed.</summary>
    public static int IdOf(ReadOnlySpan<char> word) => s_table.Value.Ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The entry with id <paramref name="id"/> (from <see cref="IdOf"/>).</summary>
    public static Info ById(int id) => s_table.Value.Table[id];

    /// <summary>What is known of <paramref name="word"/> as a cue (all empty for a word never listed).</summary>
    public static Info Of(ReadOnlySpan<char> word) => IdOf(word) is var id and >= 0 ? ById(id) : default;

}
