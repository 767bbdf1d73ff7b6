using QuoteExtract.Evaluation;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>GUM's entity mentions read from <c>../shared</c> (skipped when absent): counts only, no accuracy asserted.</summary>
public sealed class GumMentionSharedTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(SharedData.Root!, "corpus", "gum", GumCorpus.ConlluFolder);

    [SharedDataFact]
    public void Every_mention_reads_inside_its_document_and_the_named_chains_are_classed()
    {
        var warnings = new List<string>();
        var documents = Directory.EnumerateFiles(Folder, "*.conllu")
            .SelectMany(file => ConlluReader.Read(Path.GetFileName(file), File.ReadAllText(file), warnings)).ToList();
        var mentions = documents.SelectMany(d => d.Mentions.Select(m => (Document: d, Mention: m))).ToList();
        var gold = documents.SelectMany(GumNameChains.Of).ToList();

        output.WriteLine($"documents {documents.Count}, mentions {mentions.Count}, single words {mentions.Count(m => m.Mention.Length == 1)}, " +
            $"person or organization {mentions.Count(m => m.Mention.EntityType is "person" or "organization")}, scored {gold.Count}");
        foreach (var c in gold.GroupBy(g => g.Class).OrderBy(c => c.Key)) output.WriteLine($"  {c.Key}: {c.Count()}");

        warnings.Should().BeEmpty();
        documents.Should().HaveCount(213);
        mentions.Count.Should().BeInRange(50_000, 70_000);
        mentions.Count(m => m.Mention.Length == 1).Should().BeInRange(20_000, 35_000);
        mentions.Count(m => m.Mention.EntityType is "person" or "organization").Should().BeInRange(15_000, 25_000);
        documents.Should().OnlyContain(d => d.Tags.Count == d.Words.Count && d.Governors.Count == d.Words.Count);
        // Collected, then asserted once: sixty thousand single assertions would be slow.
        mentions.Where(m => m.Mention.First < 0 || m.Mention.End > m.Document.Words.Count || m.Mention.Length < 1
                || m.Mention.MinSpan.Count == 0 || m.Mention.MinSpan.Any(w => w < m.Mention.First || w >= m.Mention.End))
            .Select(m => $"{m.Document.Name} {m.Mention}").Should().BeEmpty();
        gold.Count.Should().BeInRange(6_000, 12_000);
        gold.Count(g => g.Class == MentionClass.FullName).Should().BeInRange(1_500, 4_000);
    }
}
