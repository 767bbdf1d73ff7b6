using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using QuoteExtract.Output;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// Refactors keep every prediction (issue #20): the output of each PolNeAR dev and train article, with the rules (speech,
/// the default) and with the model (all attribution types), is compared by its SHA-256 against
/// <c>stored-predictions.approved.tsv</c> (hashes only: each document is named by a hash of its file name, its result by a
/// hash of its JSON, so the repository holds nothing of the corpus). After a deliberate change,
/// copy the <c>.received.tsv</c> the failing test writes over the approved file, and say in the commit what moved
/// (<c>quote-extract eval</c> gives the scores). Skipped without <c>../shared</c>.
/// </summary>
public sealed class StoredPredictionTests(ITestOutputHelper output)
{
    private static readonly string Approved = Path.Combine(SharedData.RepositoryRoot, "tests", "QuoteExtract.Tests", "Evaluation", "stored-predictions.approved.tsv");

    // A document's name stands in the file as a hash: the names are the corpus's, the hashes are ours.
    private static string Key(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];

    [SharedDataFact]
    public void PolNeAR_predictions_are_the_stored_ones_document_by_document()
    {
        var settings = new (string Name, QuoteExtractor Extractor)[]
        {
            ("rules-speech", QuoteExtractor.Default),
            ("model-all", new QuoteExtractorBuilder().UseModel().WithAttributionTypes(AttributionTypes.All).Build()),
        };
        var lines = new List<string> { "# setting\tdocument key (first 16 hex digits of the SHA-256 of split/file name)\tSHA-256 of the result's JSON (QuoteExtractJsonContext)" };
        foreach (var split in new[] { "dev", "train" })
        {
            var folder = Path.Combine(SharedData.Root!, "corpus", "polnear", split, "text");
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file, new UTF8Encoding(false));
                foreach (var (name, extractor) in settings)
                {
                    var json = JsonSerializer.SerializeToUtf8Bytes(extractor.Extract(text), QuoteExtractJsonContext.Default.ExtractionResult);
                    lines.Add($"{name}\t{Key(split + "/" + Path.GetFileName(file))}\t{Convert.ToHexStringLower(SHA256.HashData(json))}");
                }
            }
        }
        var current = string.Join('\n', lines) + "\n";

        var received = Approved.Replace(".approved.", ".received.");
        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : "";
        if (current != approved) File.WriteAllText(received, current);
        else if (File.Exists(received)) File.Delete(received);
        var stored = approved.Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToHashSet();
        var changed = lines.Skip(1).Where(l => !stored.Contains(l)).ToList();
        output.WriteLine($"{lines.Count - 1} predictions, {changed.Count} differ from the stored ones");
        foreach (var line in changed.Take(20)) output.WriteLine("  " + line[..line.LastIndexOf('\t')]);
        changed.Should().BeEmpty($"predictions changed: if that is deliberate, copy {received} over {Approved}");
        current.Should().Be(approved, "the stored file lists exactly these documents");
    }
}
