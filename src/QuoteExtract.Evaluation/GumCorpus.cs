using System.Text;

namespace QuoteExtract.Evaluation;

/// <summary>
/// A gold corpus in GUM's layout (Georgetown University Multilayer corpus): <c>conllu/NAME.conllu</c> and, optionally,
/// <c>rst/NAME.rs4</c>. GUM marks attribution in its discourse layer: an <c>attribution-positive</c> or
/// <c>attribution-negative</c> relation joins a source-and-cue unit (satellite, “Critics argued”) to what it attributes
/// (nucleus, “that the plan would fail”). Each relation becomes one <see cref="GoldAttribution"/>: content the
/// nucleus (with rs4, the whole unit or group of units; without, the one head unit CoNLL-U names), source the words
/// of the <c>attribution_source</c> signal, cue the rest of the satellite; the text is rebuilt from the tokens.
/// <c>GumCorpus.Read("gum").Documents</c>.
/// <para>
/// GUM at commit 72ce5ac without news and reddit (213 documents) has 1,633 attribution relations: 1,536 positive and
/// 97 negative; 1,593 in the trees and 40 secondary edges. 663 nuclei are groups of units (970 single units) and 191
/// satellites are groups. Every relation signals its source; for 180 the source words lie (partly) outside the
/// satellite. rs4 trees and CoNLL-U agree on all of them (satellite and nucleus heads).
/// </para>
/// </summary>
public sealed class GumCorpus : GoldCorpus
{
    /// <summary>The folder of the CoNLL-U files inside a corpus folder.</summary>
    public const string ConlluFolder = "conllu";

    /// <summary>The folder of the rs4 trees inside a corpus folder.</summary>
    public const string RstFolder = "rst";

    private GumCorpus(string directory, IReadOnlyList<GoldDocument> documents, IReadOnlyList<string> warnings)
        : base(directory, documents, warnings)
    {
    }

    /// <summary>True when <paramref name="directory"/> looks like a GUM folder: it has <c>conllu/</c>, or <c>*.conllu</c> files.</summary>
    public static bool IsCorpusFolder(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return System.IO.Directory.Exists(Path.Combine(directory, ConlluFolder))
            || (System.IO.Directory.Exists(directory) && System.IO.Directory.EnumerateFiles(directory, "*.conllu").Any());
    }

    /// <summary>
    /// Reads the corpus in <paramref name="directory"/>: a folder holding <c>conllu/</c> (and <c>rst/</c>), or a folder of
    /// <c>*.conllu</c> files (its trees then beside them or in <c>../rst/</c>). <paramref name="limit"/> keeps only the
    /// first documents. Malformed lines are skipped with a warning; this throws only when files cannot be read.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder has no <c>conllu/</c> and no <c>*.conllu</c> file.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static GumCorpus Read(string directory, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (limit is < 0) throw new ArgumentOutOfRangeException(nameof(limit), "The limit cannot be negative.");
        if (!IsCorpusFolder(directory))
            throw new DirectoryNotFoundException($"{directory} is not a GUM corpus folder: it needs {ConlluFolder}/ or *.conllu files.");

        var nested = Path.Combine(directory, ConlluFolder);
        var (conlluFolder, treeFolders) = System.IO.Directory.Exists(nested)
            ? (nested, new[] { Path.Combine(directory, RstFolder) })
            : (directory, new[] { directory, Path.Combine(directory, "..", RstFolder) });
        var hasTrees = treeFolders.Any(f => System.IO.Directory.Exists(f) && System.IO.Directory.EnumerateFiles(f, "*.rs4").Any());

        var warnings = new List<string>();
        var documents = new List<GoldDocument>();
        var files = System.IO.Directory.EnumerateFiles(conlluFolder, "*.conllu")
            .Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (documents.Count >= limit) break;
            var content = File.ReadAllText(Path.Combine(conlluFolder, file), Utf8);
            foreach (var conllu in ConlluReader.Read(file, content, warnings))
            {
                if (documents.Count >= limit) break;
                var treeFile = treeFolders
                    .SelectMany(folder => new[] { conllu.Name, Path.GetFileNameWithoutExtension(file) }.Select(stem => Path.Combine(folder, stem + ".rs4")))
                    .FirstOrDefault(File.Exists);
                var tree = treeFile is null ? ((string, string)?)null : (Path.GetFileName(treeFile), File.ReadAllText(treeFile, Utf8));
                var gold = Gold(conllu, file, tree, warnings);
                if (treeFile is null && hasTrees)
                {
                    warnings.Add($"{file}: no rs4 tree for {conllu.Name}; each content is the one unit CoNLL-U names");
                    gold = gold with { WarningCount = gold.WarningCount + 1 };
                }
                documents.Add(gold);
            }
        }
        return new GumCorpus(directory, documents, warnings);
    }

    /// <summary>
    /// Reads one CoNLL-U document (and its rs4 tree, when given) without a folder: the text and gold of
    /// <paramref name="conllu"/>'s documents. Malformed lines are skipped with a message in <paramref name="warnings"/>.
    /// </summary>
    /// <param name="name">The CoNLL-U file's name, which starts the warnings and names a document without <c># newdoc id</c>.</param>
    /// <param name="conllu">The CoNLL-U text.</param>
    /// <param name="rs4">The rstWeb XML of the same document, or null to take the relations from CoNLL-U alone.</param>
    /// <param name="warnings">Receives one message per skipped or suspicious line or element.</param>
    public static IReadOnlyList<GoldDocument> Parse(string name, string conllu, string? rs4, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(conllu);
        ArgumentNullException.ThrowIfNull(warnings);
        var tree = rs4 is null ? ((string, string)?)null : (Path.ChangeExtension(name, ".rs4"), rs4);
        return [.. ConlluReader.Read(name, conllu, warnings).Select(document => Gold(document, name, tree, warnings))];
    }

    // The gold of one document: the relations of its rs4 tree when there is one that aligns; else CoNLL-U's,
    // whose nuclei are single units. The annotation file is the file the relations come from.
    private static GoldDocument Gold(ConlluDocument document, string file, (string Name, string Xml)? tree, ICollection<string> warnings)
    {
        var before = warnings.Count;
        var relations = document.Attributions;
        var annotationFile = file;
        if (tree is { } t && Tree(t.Name, t.Xml, document, warnings) is { } fromTree)
            (relations, annotationFile) = (fromTree, t.Name);
        var attributions = GumAttributions.Build(annotationFile, document, relations, warnings);
        return new GoldDocument(document.Name, document.Text, attributions, annotationFile,
            document.WarningCount + warnings.Count - before);
    }

    private static IReadOnlyList<DiscourseAttribution>? Tree(string name, string xml, ConlluDocument document, ICollection<string> warnings)
    {
        var tree = RstTree.Parse(name, xml, warnings);
        if (tree is null) return null;
        if (!tree.AlignsWith(document, out var reason))
        {
            warnings.Add($"{name}: does not match its CoNLL-U ({reason}); the CoNLL-U relations are used");
            return null;
        }
        // The two layers hold the same relations; a different count means one of them lost some.
        if (tree.Attributions.Count != document.Attributions.Count)
            warnings.Add($"{name}: {tree.Attributions.Count} attribution relations, its CoNLL-U {document.Attributions.Count}");
        return tree.Attributions;
    }
}
