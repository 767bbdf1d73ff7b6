namespace QuoteExtract.Benchmarks;

/// <summary>
/// The texts benchmarked: the PolNeAR dev articles when ../shared is beside the repository (real news),
/// else the repository's seed article; always concatenated into one ~1 MB batch so that MB/s is
/// measured on the same amount of text in every run.
/// </summary>
internal static class Corpus
{
    public static readonly Lazy<(string[] Texts, long Chars, string Source)> Articles = new(Load);

    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln"))) return dir.FullName;
            return Directory.GetCurrentDirectory();
        }
    }

    private static (string[], long, string) Load()
    {
        var dev = Path.Combine(Root, "..", "shared", "corpus", "polnear", "dev", "text");
        string[] texts;
        string source;
        if (Directory.Exists(dev))
        {
            texts = Directory.GetFiles(dev, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
            source = "PolNeAR dev (84 news articles)";
        }
        else
        {
            texts = [File.ReadAllText(Path.Combine(Root, "seeds", "000_329f24a8b1ceea21.txt"))];
            source = "the seed article";
        }
        // Repeat to about 1 M characters so every benchmark works on the same volume.
        var all = new List<string>();
        long chars = 0;
        while (chars < 1_000_000) foreach (var t in texts) { all.Add(t); chars += t.Length; }
        return (all.ToArray(), chars, source);
    }
}
