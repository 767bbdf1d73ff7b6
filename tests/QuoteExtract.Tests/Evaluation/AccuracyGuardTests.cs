using System.Globalization;
using QuoteExtract.Evaluation;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// The accuracy guard (issue #20): with <c>../shared</c> present, PolNeAR dev is scored with the rules alone and with the
/// model (all attribution types, as <c>quote-extract eval</c> does), and every score must stay within 0.3 points of its
/// floor in <c>accuracy-floors.tsv</c>. Skipped when the corpus is absent.
/// </summary>
public sealed class AccuracyGuardTests(ITestOutputHelper output)
{
    private const double Slack = 0.3;

    [SharedDataTheory]
    [InlineData("rules")]
    [InlineData("model")]
    public void PolNeAR_dev_scores_stay_at_their_floors(string setting)
    {
        var builder = new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.All);
        if (setting == "model") builder.UseModel();
        var extractor = builder.Build();
        var corpus = BratCorpus.Read(Path.Combine(SharedData.Root!, "corpus", "polnear", "dev"));

        var report = QuoteScorer.Default.Score(corpus.Documents.Select(d => (d, (ExtractionResult?)extractor.Extract(d.Text))));

        var measured = new Dictionary<string, double>
        {
            ["content-f1"] = report.Lenient.F1 * 100,
            ["whole-f1"] = report.WholeLenient.F1 * 100,
            ["speaker"] = report.Speaker.Rate * 100,
            ["cue"] = report.Cue.Rate * 100,
        };
        var below = new List<string>();
        foreach (var (metric, floor) in Floors().Where(f => f.Setting == setting).Select(f => (f.Metric, f.Floor)))
        {
            output.WriteLine($"{setting} {metric}: {measured[metric]:F2} (floor {floor:F1})");
            if (measured[metric] < floor - Slack) below.Add($"{metric} {measured[metric]:F2} < {floor:F1} - {Slack}");
        }
        below.Should().BeEmpty($"PolNeAR dev with {setting} fell below its floors");
    }

    private static IEnumerable<(string Setting, string Metric, double Floor)> Floors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "accuracy-floors.tsv");
        var floors = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture))).ToList();
        floors.Should().HaveCount(8, "two settings of four metrics each");
        return floors;
    }
}
