using System.Text;

namespace QuoteExtract.Evaluation;

/// <summary>
/// A gold corpus in brat standoff, laid out as PolNeAR is: <c>text/NAME.txt</c> and
/// <c>attributions/NAME_xxxx.ann</c> (xxxx an annotator id). When several annotators' files exist for one
/// text, the first in ordinal order is used. <c>BratCorpus.Read("polnear/dev").Documents</c>.
/// </summary>
public sealed class BratCorpus : GoldCorpus
{
    /// <summary>The folder of the texts inside a corpus folder.</summary>
    public const string TextFolder = "text";

    /// <summary>The folder of the annotation files inside a corpus folder.</summary>
    public const string AnnotationFolder = "attributions";

    private BratCorpus(string directory, IReadOnlyList<GoldDocument> documents, IReadOnlyList<string> warnings)
        : base(directory, documents, warnings)
    {
    }

    /// <summary>True when <paramref name="directory"/> looks like a corpus folder (it has <c>text/</c> and <c>attributions/</c>).</summary>
    public static bool IsCorpusFolder(string directory) =>
        System.IO.Directory.Exists(Path.Combine(directory, TextFolder))
        && System.IO.Directory.Exists(Path.Combine(directory, AnnotationFolder));

    /// <summary>Reads the corpus in <paramref name="directory"/>; <paramref name="limit"/> keeps only the first documents.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder, or its <c>text/</c> or <c>attributions/</c> folder, does not exist.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static BratCorpus Read(string directory, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (limit is < 0) throw new ArgumentOutOfRangeException(nameof(limit), "The limit cannot be negative.");
        if (!IsCorpusFolder(directory))
            throw new DirectoryNotFoundException($"{directory} is not a brat corpus folder: it needs {TextFolder}/ and {AnnotationFolder}/.");

        var textFolder = Path.Combine(directory, TextFolder);
        var texts = System.IO.Directory.EnumerateFiles(textFolder, "*.txt")
            .Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        var annotationsByText = AnnotationFilesByText(Path.Combine(directory, AnnotationFolder),
            texts.Select(Path.GetFileNameWithoutExtension).OfType<string>());

        var warnings = new List<string>();
        var documents = new List<GoldDocument>();
        foreach (var name in limit is { } n ? texts.Take(n) : texts)
        {
            var text = Utf8.GetString(File.ReadAllBytes(Path.Combine(textFolder, name)));
            var stem = Path.GetFileNameWithoutExtension(name);
            if (!annotationsByText.Remove(stem, out var files))
            {
                warnings.Add($"{name}: no annotation file, read as a document without attributions");
                documents.Add(new GoldDocument(name, text, [], null, 1));
                continue;
            }
            var annotation = File.ReadAllText(Path.Combine(directory, AnnotationFolder, files[0]), Utf8);
            documents.Add(GoldDocument.Parse(name, text, annotation, warnings, files[0]) with { OtherAnnotationFiles = files.Count - 1 });
        }
        if (limit is null)
            foreach (var (stem, files) in annotationsByText.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                warnings.Add($"{files[0]}: no text file {stem}.txt");
        return new BratCorpus(directory, documents, warnings);
    }

    /// <summary>A corpus of documents already read (a subset of another, say), named by <paramref name="directory"/>.</summary>
    public static BratCorpus FromDocuments(string directory, IReadOnlyList<GoldDocument> documents, IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(warnings);
        return new BratCorpus(directory, documents, warnings);
    }

    /// <summary>
    /// The texts of the corpus in <paramref name="directory"/> that two or more annotators' files cover, each with the
    /// first two files read (ordinal order, as <see cref="Read"/> picks the first). Malformed annotation lines are
    /// skipped and listed in <paramref name="warnings"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder, or its <c>text/</c> or <c>attributions/</c> folder, does not exist.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static IReadOnlyList<AnnotatorPair> ReadAnnotatorPairs(string directory, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(warnings);
        if (!IsCorpusFolder(directory))
            throw new DirectoryNotFoundException($"{directory} is not a brat corpus folder: it needs {TextFolder}/ and {AnnotationFolder}/.");
        var textFolder = Path.Combine(directory, TextFolder);
        var stems = System.IO.Directory.EnumerateFiles(textFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>();
        var pairs = new List<AnnotatorPair>();
        foreach (var (stem, files) in AnnotationFilesByText(Path.Combine(directory, AnnotationFolder), stems).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var textFile = Path.Combine(textFolder, stem + ".txt");
            if (files.Count < 2 || !File.Exists(textFile)) continue;
            var text = Utf8.GetString(File.ReadAllBytes(textFile));
            GoldDocument Annotation(string file) =>
                GoldDocument.Parse(stem + ".txt", text, File.ReadAllText(Path.Combine(directory, AnnotationFolder, file), Utf8), warnings, file);
            pairs.Add(new AnnotatorPair(Annotation(files[0]), Annotation(files[1])));
        }
        return pairs;
    }

    // NAME_xxxx.ann belongs to NAME.txt; a plain NAME.ann is accepted too (it then comes first).
    // Lists are in ordinal order.
    private static Dictionary<string, List<string>> AnnotationFilesByText(string folder, IEnumerable<string> textStems)
    {
        var stems = textStems.ToHashSet(StringComparer.Ordinal);
        var byText = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.ann").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var underscore = stem.LastIndexOf('_');
            var text = stems.Contains(stem) || underscore <= 0 ? stem : stem[..underscore];
            if (!byText.TryGetValue(text, out var list)) byText[text] = list = [];
            if (text == stem) list.Insert(0, file);
            else list.Add(file);
        }
        return byText;
    }
}
