using QuoteExtract.Evaluation;
using QuoteExtract.Text;

namespace QuoteExtract.Training;

/// <summary>
/// Learns which words head a source in an annotated corpus: for every word form outside reported content,
/// how often it is the last word of a gold source span against how often it occurs. The attribution model
/// reads the result (an embedded TSV of counts, no corpus text) to weigh a candidate's speaker phrase:
/// "officials" and "campaign" speak, "bill" and "budget" do not. Only lower-case words are counted, so no
/// name of the corpus is kept.
/// </summary>
internal static class SourceInventoryTrainer
{
    public static int Run(string trainDir, string outFile)
    {
        var corpus = BratCorpus.Read(trainDir);
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            var tokens = Tokenizer.Tokenize(doc.Text);
            var inContent = InventoryFile.ContentMask(doc);
            var headAt = new bool[doc.Text.Length + 1];
            foreach (var a in doc.Attributions)
            {
                if (a.Source.Count == 0) continue;
                // The source's head: its last word.
                var last = a.Source[^1];
                for (int k = tokens.Length - 1; k >= 0; k--)
                {
                    var t = tokens[k];
                    if (t.Start >= last.End || t.End <= last.Start || t.Kind != TokenKind.Word) continue;
                    headAt[t.Start] = true;
                    break;
                }
            }
            foreach (var t in tokens)
            {
                // Lower-case words only: common nouns and pronouns ("officials", "they"), never people's names.
                if (t.Kind != TokenKind.Word || inContent[t.Start] || !char.IsLower(doc.Text[t.Start])) continue;
                var form = doc.Text.Substring(t.Start, t.Length).ToLowerInvariant();
                total[form] = total.GetValueOrDefault(form) + 1;
                if (headAt[t.Start]) heads[form] = heads.GetValueOrDefault(form) + 1;
            }
        }

        // Forms that headed a source at least twice: small enough to embed, enough to weigh.
        var rows = heads.Keys.Where(f => heads[f] >= 2).OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, heads[f], total[f]));
        InventoryFile.Write(outFile, "source-head", "sources", corpus.Documents.Count, rows);
        return 0;
    }
}
