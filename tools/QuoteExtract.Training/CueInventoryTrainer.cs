using System.Globalization;
using System.Text;
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
            foreach (var a in doc.Attributions)
                foreach (var s in a.Cue)
                    for (int i = s.Start; i < s.End && i < inCue.Length; i++) inCue[i] = true;
            foreach (var t in tokens)
            {
                if (t.Kind is not (TokenKind.Word or TokenKind.Punctuation or TokenKind.Dash)) continue;
                var form = doc.Text.Substring(t.Start, t.Length).ToLowerInvariant();
                total[form] = total.GetValueOrDefault(form) + 1;
                if (inCue[t.Start]) cue[form] = cue.GetValueOrDefault(form) + 1;
            }
        }

        // Keep forms seen as a cue at least twice and in at least 5% of their uses: enough for the rules
        // to weigh, small enough to embed.
        var rows = cue.Where(kv => kv.Value >= 2 && kv.Value >= 0.05 * total[kv.Key])
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}\t{kv.Value}\t{total[kv.Key]}");
        var sb = new StringBuilder();
        sb.Append("# form\tcue\ttotal  (learned from ").Append(corpus.Documents.Count.ToString(CultureInfo.InvariantCulture))
          .Append(" annotated articles by quote-extract-training cues)\n");
        foreach (var r in rows) sb.Append(r).Append('\n');
        File.WriteAllText(outFile, sb.ToString());
        Console.WriteLine($"{corpus.Documents.Count} documents, {cue.Count} cue forms seen, {sb.ToString().Count(c => c == '\n') - 1} kept -> {outFile}");
        return 0;
    }
}
