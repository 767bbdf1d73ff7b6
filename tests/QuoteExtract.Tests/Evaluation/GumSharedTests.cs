using QuoteExtract.Evaluation;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>Reads the real GUM corpus from <c>../shared</c> (skipped when absent). No accuracy asserted: the extractor is in development.</summary>
public sealed class GumSharedTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(SharedData.Root!, "corpus", "gum");

    [SharedDataFact]
    public void Corpus_reads_completely_with_each_text_equal_to_its_sentences_and_every_span_inside_it()
    {
        var corpus = GumCorpus.Read(Folder);
        var gold = corpus.Documents.SelectMany(d => d.Attributions.Select(a => (Document: d, Attribution: a))).ToList();

        output.WriteLine($"documents {corpus.Documents.Count}, gold attributions {gold.Count}, warnings {corpus.Warnings.Count}");
        foreach (var relation in gold.GroupBy(g => g.Attribution.Id.Split(':')[0]).OrderBy(r => r.Key, StringComparer.Ordinal))
            output.WriteLine($"  {relation.Key}: {relation.Count()}");
        output.WriteLine($"  secondary edges: {gold.Count(g => g.Attribution.Id.EndsWith("(secondary)", StringComparison.Ordinal))}");
        foreach (var kind in gold.GroupBy(g => g.Attribution.Kind).OrderBy(k => k.Key))
            output.WriteLine($"  {kind.Key}: {kind.Count()}");
        output.WriteLine($"  without source: {gold.Count(g => !g.Attribution.HasSource)}");
        output.WriteLine($"  content of several spans: {gold.Count(g => g.Attribution.IsDiscontinuous)}");
        foreach (var warning in corpus.Warnings.Take(20)) output.WriteLine("    " + warning);

        corpus.Documents.Should().HaveCount(213);
        corpus.Warnings.Should().BeEmpty();
        corpus.Documents.Should().OnlyContain(d => d.AnnotationFile != null && d.AnnotationFile.EndsWith(".rs4", StringComparison.Ordinal));
        gold.Count.Should().BeInRange(1400, 1900);
        gold.Count(g => g.Attribution.Id.StartsWith("attribution-negative", StringComparison.Ordinal)).Should().BeInRange(50, 150);

        var byName = corpus.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var differing = Directory.EnumerateFiles(Path.Combine(Folder, GumCorpus.ConlluFolder), "*.conllu")
            .Where(file => byName[Path.GetFileNameWithoutExtension(file)].Text != SentenceTexts(file))
            .Select(Path.GetFileName);
        differing.Should().BeEmpty();

        // Collected, then asserted once: thousands of single assertions would be slow.
        var outOfBounds = gold
            .Where(g => g.Attribution.Content.Count == 0 || g.Attribution.Content.Concat(g.Attribution.Cue).Concat(g.Attribution.Source)
                .Any(s => s.Start < 0 || s.Start >= s.End || s.End > g.Document.Text.Length))
            .Select(g => $"{g.Document.Name} {g.Attribution.Id}");
        outOfBounds.Should().BeEmpty();
    }

    [SharedDataFact]
    public void Trees_and_CoNLL_U_give_the_same_relations_and_many_nuclei_are_groups()
    {
        var warnings = new List<string>();
        int fromTrees = 0, fromConllu = 0, groups = 0, negative = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, GumCorpus.ConlluFolder), "*.conllu"))
        {
            var document = ConlluReader.Read(Path.GetFileName(file), File.ReadAllText(file), warnings).Single();
            var rs4 = Path.Combine(Folder, GumCorpus.RstFolder, document.Name + ".rs4");
            var tree = RstTree.Parse(Path.GetFileName(rs4), File.ReadAllText(rs4), warnings)!;
            tree.AlignsWith(document, out var reason).Should().BeTrue(reason);
            fromConllu += document.Attributions.Count;
            fromTrees += tree.Attributions.Count;
            groups += tree.Attributions.Count(a => a.NucleusIsGroup);
            negative += tree.Attributions.Count(a => a.Relation == "attribution-negative");
        }

        output.WriteLine($"relations: {fromTrees} in the trees, {fromConllu} in CoNLL-U; {negative} negative; {groups} nuclei are groups");
        warnings.Should().BeEmpty();
        fromTrees.Should().Be(fromConllu);
        groups.Should().BeInRange(fromTrees / 5, fromTrees * 3 / 5);
    }

    // The text as the sentences' "# text" lines give it: a space between sentences, a blank line before a paragraph.
    private static string SentenceTexts(string file)
    {
        var text = new System.Text.StringBuilder();
        var separator = "";
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal) && text.Length > 0)
                separator = "\n\n";
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text.Append(separator).Append(line["# text = ".Length..]);
                separator = " ";
            }
        }
        return text.ToString();
    }
}
