using QuoteExtract.Evaluation;
using QuoteExtract.Text;

namespace QuoteExtract.Training;

/// <summary>
/// Learns the reporting-cue inventory from an annotated corpus: for every word form, how often it
/// stands inside a gold cue span against how often it occurs at all. The library reads the result
/// (an embedded TSV of counts, no corpus text) to decide which words can cue an attribution.
/// </summary>
internal static class CueInventoryTrainer
{
    public static int Run(string trainDir, string outFile)
    {
        var corpus = BratCorpus.Read(trainDir);
        var cue = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            var tokens = Tokenizer.Tokenize(doc.Text);
            var inCue = new bool[doc.Text.Length + 1];
            var inContent = InventoryFile.ContentMask(doc);
            foreach (var a in doc.Attributions)
                foreach (var s in a.Cue)
                    for (int i = s.Start; i < s.End && i < inCue.Length; i++) inCue[i] = true;
            foreach (var t in tokens)
            {
                if (t.Kind is not (TokenKind.Word or TokenKind.Punctuation or TokenKind.Dash)) continue;
                // Annotations are univocal: a word inside reported content is never another attribution's cue,
                // so only words outside content say how often a form cues.
                if (inContent[t.Start]) continue;
                var form = doc.Text.Substring(t.Start, t.Length).ToLowerInvariant();
                total[form] = total.GetValueOrDefault(form) + 1;
                if (inCue[t.Start]) cue[form] = cue.GetValueOrDefault(form) + 1;
            }
        }

        // Keep forms seen as a cue at least twice and in at least 5% of their uses: enough for the rules
        // to weigh, small enough to embed.
        // Forms of the hand-written lexicon are kept whatever their counts, so the library also knows
        // which of them the corpus shows to be mostly nouns ("state", "term", "post").
        var handForms = new HashSet<string>(QuoteExtract.Lexicon.CueLexicon.Forms, StringComparer.Ordinal);
        var rows = total.Keys
            .Where(f => (cue.GetValueOrDefault(f) >= 2 && cue.GetValueOrDefault(f) >= 0.05 * total[f]) || handForms.Contains(f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, cue.GetValueOrDefault(f), total[f]));
        var unseen = UnseenInflections(cue, total);
        InventoryFile.Write(outFile, "cue", "cues", corpus.Documents.Count,
            rows.Concat(unseen).OrderBy(r => r.Item1, StringComparer.Ordinal));
        Console.WriteLine($"{unseen.Count} unseen inflections of cue verbs listed with their verb's pooled counts");
        return 0;
    }

    // News elsewhere uses inflections the training articles never showed ("laments" where train had "lamented" and
    // "lamenting"). The forms of one verb pool their counts, and each regular inflection the corpus never showed is
    // listed with the pooled counts: what the corpus says of the verb is the best guess for its unseen forms. Forms
    // the corpus did show keep their own counts ("states" is not "stated").
    private static List<(string, int, int)> UnseenInflections(Dictionary<string, int> cue, Dictionary<string, int> total)
    {
        var groups = new Dictionary<string, (int Cue, int Total, List<string> Forms)>(StringComparer.Ordinal);
        foreach (var (form, n) in total)
        {
            if (form.Length < 5 || !form.All(char.IsAsciiLetterLower) || form.EndsWith("ly", StringComparison.Ordinal)) continue;
            var key = VerbKey(form);
            var g = groups.TryGetValue(key, out var found) ? found : (Cue: 0, Total: 0, Forms: new List<string>());
            g.Forms.Add(form);
            groups[key] = (g.Cue + cue.GetValueOrDefault(form), g.Total + n, g.Forms);
        }
        var rows = new List<(string, int, int)>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, (c, t, forms)) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // A verb the corpus shows as a cue often enough: cue uses of its -ed and -ing forms say it is a verb
            // ("about", "accusation" ride along in cues, but have no such forms).
            int verbUses = forms.Where(f => f.EndsWith("ed", StringComparison.Ordinal) || f.EndsWith("ing", StringComparison.Ordinal)).Sum(f => cue.GetValueOrDefault(f));
            if (c < 3 || c < 0.2 * t || verbUses < 2) continue;
            foreach (var form in UnseenVerbForms(key, forms))
                if (form.Length >= 5 && !total.ContainsKey(form) && VerbKey(form) == key && !PluralOfANoun(form, cue, total) && listed.Add(form))
                    rows.Add((form, c, t));
        }
        return rows;
    }

    // The third-person and past forms of the verb whose regular forms the corpus shows best ("lament" for lamented,
    // laments; for "bemoaned" alone "bemoan" and "bemoane" alike: then both, the wrong one a form no text uses). Never
    // the bare verb nor its -ing form: those are nouns and adjectives as often as verbs ("brush", "thrilling").
    private static IEnumerable<string> UnseenVerbForms(string key, List<string> seen)
    {
        HashSet<string> Forms(string lemma) =>
            [.. QuoteExtract.Lexicon.CueLexicon.RegularForms(lemma, hasIrregularPast: false).Where(f => !f.EndsWith("ing", StringComparison.Ordinal))];
        var stem = Forms(key);
        var withE = Forms(key + "e");
        int Shown(HashSet<string> forms, string lemma) => seen.Count(f => f == lemma || forms.Contains(f));
        int a = Shown(stem, key), b = Shown(withE, key + "e");
        if (a > b) return stem;
        if (b > a) return withE;
        stem.UnionWith(withE);
        return stem;
    }

    // A form in -s is also the plural of the bare word: when train shows that word mostly not as a cue ("distance"
    // beside "distanced"), the plural is no unseen form of the verb ("distances").
    private static bool PluralOfANoun(string form, Dictionary<string, int> cue, Dictionary<string, int> total)
    {
        if (!form.EndsWith('s')) return false;
        foreach (var bare in (string[])[form[..^1], form.EndsWith("es", StringComparison.Ordinal) ? form[..^2] : form[..^1]])
            if (total.TryGetValue(bare, out var n) && cue.GetValueOrDefault(bare) < 0.4 * n) return true;
        return false;
    }

    // The stem the inflections of one regular verb share: without -s/-es/-ed/-ing, a final e, or a doubled consonant.
    private static string VerbKey(string form)
    {
        var w = form;
        if (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal)) w = w[..^3] + "y";
        else if (w.EndsWith("ing", StringComparison.Ordinal)) w = w[..^3];
        else if (w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("es", StringComparison.Ordinal) && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal))) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith('e') && w.Length > 3) w = w[..^1];
        if (w.Length > 3 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1])) w = w[..^1];
        return w;
    }
}
