namespace QuoteExtract.Training;

/// <summary>Trains the library's learned resources from the corpora beside the repository.</summary>
internal static class Program
{
    private const string Usage =
        "quote-extract-training first-names|lexicon|cues|sources|attribution|checkworthiness [--train DIR] [--dev DIR] [--out FILE]\n" +
        "  first-names   build the first-name gender table from ../shared/lexicons/first-names (--names DIR;\n" +
        "         out: src/QuoteExtract/Speakers/Resources/first-names.tsv)\n" +
        "  lexicon   build the cue lexicon from tools/QuoteExtract.Training/Lexicon/ and VerbNet (--verbnet FILE,\n" +
        "         default ../shared/lexicons/verbnet/verbnet-3.4-members.tsv; out: src/QuoteExtract/Lexicon/Resources/cue-lexicon.tsv)\n" +
        "  cues   learn the reporting-cue inventory (default train: ../shared/corpus/polnear/train,\n" +
        "         out: src/QuoteExtract/Lexicon/Resources/cue-inventory.tsv)\n" +
        "  sources   learn which words head a source (out: src/QuoteExtract/Lexicon/Resources/source-inventory.tsv)\n" +
        "  attribution   train the attribution model (out: src/QuoteExtract/Model/Resources/attribution-model.txt)\n" +
        "  checkworthiness   nested leave-one-transcript-out cross-validation of the check-worthiness model and of an\n" +
        "         n-gram baseline, then train the variant chosen on all transcripts (default train:\n" +
        "         ../shared/corpus/checkworthy/clef2019-train, out: src/QuoteExtract/Claims/Resources/checkworthiness-model.txt;\n" +
        "         --inner-folds K: K inner folds instead of leave-one-out, --threads N: outer folds at once (2),\n" +
        "         --variant TEXT: only matching variants, --no-baseline, --embeddings FILE: also try sentence embeddings\n" +
        "         (TRANSCRIPT<TAB>LINE<TAB>v1 v2 ...) as features, reported beside; never shipped)\n";

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help") { Console.Write(Usage); return args.Length == 0 ? 2 : 0; }
        string Option(string name, string fallback)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var root = RepositoryRoot();
        if (args[0] == "first-names")
            return FirstNamesBuilder.Run(Option("--names", Path.Combine(root, "..", "shared", "lexicons", "first-names")),
                Option("--out", Path.Combine(root, "src", "QuoteExtract", "Speakers", "Resources", "first-names.tsv")));
        if (args[0] == "lexicon")
        {
            var data = Path.Combine(root, "tools", "QuoteExtract.Training", "Lexicon");
            return CueLexiconBuilder.Run(Option("--verbnet", Path.Combine(root, "..", "shared", "lexicons", "verbnet", "verbnet-3.4-members.tsv")),
                Path.Combine(data, "hand-entries.tsv"), Path.Combine(data, "irregular-verbs.tsv"),
                Option("--out", Path.Combine(root, "src", "QuoteExtract", "Lexicon", "Resources", "cue-lexicon.tsv")));
        }
        var defaultTrain = args[0] == "checkworthiness"
            ? Path.Combine(root, "..", "shared", "corpus", "checkworthy", "clef2019-train")
            : Path.Combine(root, "..", "shared", "corpus", "polnear", "train");
        var train = Option("--train", defaultTrain);
        if (!Directory.Exists(train)) { Console.Error.WriteLine($"training corpus not found: {train}"); return 2; }
        switch (args[0])
        {
            case "attribution":
                return AttributionModelTrainer.Run(train, Option("--dev", Path.Combine(root, "..", "shared", "corpus", "polnear", "dev")),
                    Option("--out", Path.Combine(root, "src", "QuoteExtract", "Model", "Resources", "attribution-model.txt")));
            case "checkworthiness":
                return CheckWorthiness.CheckWorthinessTrainer.Run(train, Option("--out", Path.Combine(root, "src", "QuoteExtract", "Claims", "Resources", "checkworthiness-model.txt")),
                    int.Parse(Option("--inner-folds", "0"), System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(Option("--threads", "2"), System.Globalization.CultureInfo.InvariantCulture),
                    args.Contains("--variant") ? Option("--variant", "") : null, skipBaseline: args.Contains("--no-baseline"),
                    embeddings: args.Contains("--embeddings") ? Option("--embeddings", "") : null);
            case "cues":
                return CueInventoryTrainer.Run(train, Option("--out", Path.Combine(root, "src", "QuoteExtract", "Lexicon", "Resources", "cue-inventory.tsv")));
            case "sources":
                return SourceInventoryTrainer.Run(train, Option("--out", Path.Combine(root, "src", "QuoteExtract", "Lexicon", "Resources", "source-inventory.tsv")));
            default:
                Console.Error.Write(Usage);
                return 2;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
