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
        InventoryFile.Write(outFile, "cue", "cues", corpus.Documents.Count, rows);
        return 0;
    }
}
