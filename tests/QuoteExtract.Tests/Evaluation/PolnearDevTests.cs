using QuoteExtract.Evaluation;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>Reads the real PolNeAR dev set from <c>../shared</c> (skipped when absent). No accuracy asserted: the extractor is in development.</summary>
public sealed class PolnearDevTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Dev_set_reads_completely_with_every_span_inside_its_text()
    {
        var corpus = BratCorpus.Read(Path.Combine(SharedData.Root!, "corpus", "polnear", "dev"));
        var gold = corpus.Documents.SelectMany(d => d.Attributions.Select(a => (Document: d, Attribution: a))).ToList();

        output.WriteLine($"documents {corpus.Documents.Count}, gold attributions {gold.Count}");
        foreach (var kind in gold.GroupBy(g => g.Attribution.Kind).OrderBy(k => k.Key))
            output.WriteLine($"  {kind.Key}: {kind.Count()}");
        output.WriteLine($"  without source: {gold.Count(g => !g.Attribution.HasSource)}");
        output.WriteLine($"  discontinuous content: {gold.Count(g => g.Attribution.IsDiscontinuous)}");
        output.WriteLine($"  documents with other annotators' files: {corpus.Documents.Count(d => d.OtherAnnotationFiles > 0)}");
        output.WriteLine($"  warnings: {corpus.Warnings.Count}");
        foreach (var warning in corpus.Warnings) output.WriteLine("    " + warning);

        corpus.Documents.Should().HaveCount(84);
        corpus.Documents.Should().OnlyContain(d => d.AnnotationFile != null);
        gold.Count.Should().BeInRange(1500, 4000);
        corpus.Warnings.Count.Should().BeLessThan(10);
        // Collected, then asserted once: thousands of single assertions would be slow.
        var outOfBounds = gold
            .Where(g => g.Attribution.Content.Count == 0 || g.Attribution.Content.Concat(g.Attribution.Cue).Concat(g.Attribution.Source)
                .Any(s => s.Start < 0 || s.Start > s.End || s.End > g.Document.Text.Length))
            .Select(g => $"{g.Document.Name} {g.Attribution.Id}");
        outOfBounds.Should().BeEmpty();
    }

    [SharedDataFact]
    public void An_oracle_made_from_the_gold_scores_full_marks_on_the_dev_set()
    {
        var corpus = BratCorpus.Read(Path.Combine(SharedData.Root!, "corpus", "polnear", "dev"));

        // Each gold becomes a prediction chain (one quote per content span) with the gold source and cue.
        var report = QuoteScorer.Default.Score(corpus.Documents.Select(d => (d, (ExtractionResult?)Oracle(d))));

        output.WriteLine($"oracle: P {report.Strict.Precision:P1}, R {report.Strict.Recall:P1}, speaker {report.Speaker.Rate:P1}, cue {report.Cue.Rate:P1}");
        report.Predictions.Should().Be(report.GoldAttributions);
        report.Strict.Matched.Should().Be(report.GoldAttributions);
        report.Speaker.Rate.Should().Be(1);
        report.Cue.Rate.Should().Be(1);
    }

    private static ExtractionResult Oracle(GoldDocument document)
    {
        var quotes = new List<Quote>();
        foreach (var gold in document.Attributions)
        {
            string? previous = null;
            foreach (var span in gold.Content)
            {
                var first = previous is null;
                var id = $"q{quotes.Count + 1}";
                quotes.Add(new Quote(id, gold.Kind, document.Text[span.Start..span.End], span, null,
                    first && gold.HasSource ? Excerpt.Of(document.Text, gold.Source[0]) : null,
                    first && gold.Cue.Count > 0 ? Excerpt.Of(document.Text, gold.Cue[0]) : null,
                    1, previous));
                previous ??= id;
            }
        }
        return new ExtractionResult(quotes, [], []);
    }
}
