using System.Globalization;
using System.Text;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Training;

/// <summary>What the inventory trainers (<c>cues</c>, <c>sources</c>) share: the content mask and the TSV they write.</summary>
internal static class InventoryFile
{
    /// <summary>For each character of the document, whether it lies inside some attribution's reported content.</summary>
    public static bool[] ContentMask(GoldDocument doc)
    {
        var inContent = new bool[doc.Text.Length + 1];
        foreach (var a in doc.Attributions)
            foreach (var s in a.Content)
                for (int i = s.Start; i < s.End && i < inContent.Length; i++) inContent[i] = true;
        return inContent;
    }

    /// <summary>Writes rows of <c>form, count, total</c> under a header naming the columns and the command.</summary>
    public static void Write(string outFile, string countColumn, string command, int documents, IEnumerable<(string Form, int Count, int Total)> rows)
    {
        var sb = new StringBuilder();
        sb.Append("# form\t").Append(countColumn).Append("\ttotal  (learned from ").Append(documents.ToString(CultureInfo.InvariantCulture))
          .Append(" annotated articles by quote-extract-training ").Append(command).Append(")\n");
        int kept = 0;
        foreach (var (form, count, total) in rows)
        {
            sb.Append(form).Append('\t').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(total.ToString(CultureInfo.InvariantCulture)).Append('\n');
            kept++;
        }
        File.WriteAllText(outFile, sb.ToString());
        Console.WriteLine($"{documents} documents, {kept} forms kept -> {outFile}");
    }
}
