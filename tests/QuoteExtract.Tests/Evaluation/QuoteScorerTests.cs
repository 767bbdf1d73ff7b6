using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

public sealed class QuoteScorerTests
{
    private const string Text =
        "“Rates will fall,” the governor said, “and soon.” Aides said taxes would rise next year. " +
        "Farmers warned that prices would climb.";

    private static TextSpan Find(string part, int from = 0)
    {
        var start = Text.IndexOf(part, from, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{part}' is not in the text.");
        return new TextSpan(start, start + part.Length);
    }

    private static GoldAttribution Gold(string[] content, string? source, string cue, string? cueAfter = null) => new(
        [.. content.Select(c => Find(c))],
        [Find(cue, cueAfter is null ? 0 : Find(cueAfter).End)],
        source is null ? [] : [Find(source)],
        GoldKind.Classify(Text, [.. content.Select(c => Find(c))]));

    private static GoldDocument Document(params GoldAttribution[] gold) => new("t.txt", Text, gold, null, 0);

    private static Quote Predict(string id, string content, string? speaker = null, string? cue = null, string? continues = null) =>
        new(id, QuoteKind.Indirect, content, Find(content), null,
            speaker is null ? null : Excerpt.Of(Text, Find(speaker)),
            cue is null ? null : Excerpt.Of(Text, Find(cue)), 0.9, continues);

    private static ExtractionResult Result(params Quote[] quotes) => new(quotes, [], []);

    private static readonly GoldAttribution Governor =
        Gold(["“Rates will fall,”", "“and soon.”"], "the governor", "said");
    private static readonly GoldAttribution Aides = Gold(["taxes would rise next year"], "Aides", "said", cueAfter: "Aides");
    private static readonly GoldAttribution Farmers = Gold(["that prices would climb"], null, "warned");

    [Fact]
    public void An_exact_prediction_is_found_at_both_thresholds()
    {
        var report = QuoteScorer.Default.Score([(Document(Aides), Result(Predict("q1", "taxes would rise next year")))]);

        report.Lenient.Matched.Should().Be(1);
        report.Strict.Matched.Should().Be(1);
        report.Strict.Precision.Should().Be(1);
        report.Strict.Recall.Should().Be(1);
        report.Strict.F1.Should().Be(1);
        report.PerDocument[0].StrictMatches.Single().Coverage.Should().Be(1);
    }

    [Fact]
    public void Half_coverage_is_found_at_0_3_but_not_at_0_8()
    {
        // "taxes would r" holds 11 of the 22 non-whitespace characters of "taxes would rise next year".
        var gold = Aides;
        var prediction = Predict("q1", "taxes would r");

        QuoteScorer.Coverage(Text, gold.Content, [prediction.Span]).Should().Be(0.5);
        var report = QuoteScorer.Default.Score([(Document(gold), Result(prediction))]);

        report.Lenient.Matched.Should().Be(1);
        report.Strict.Matched.Should().Be(0);
        report.PerDocument[0].FoundOnlyLeniently.Should().ContainSingle();
    }

    [Fact]
    public void Coverage_ignores_whitespace_and_the_prediction_outside_the_gold()
    {
        QuoteScorer.Coverage(Text, [Find("taxes would")], [Find("Aides said taxes would rise")]).Should().Be(1);
        QuoteScorer.Coverage(Text, [Find("taxes would")], [Find("taxes")]).Should().Be(0.5);
    }

    [Fact]
    public void One_prediction_matches_at_most_one_gold_taken_in_text_order()
    {
        // One prediction covers both gold: the first in text order takes it, the second is missed.
        var prediction = Predict("q1", "Aides said taxes would rise next year. Farmers warned that prices would climb");

        var document = QuoteScorer.Default.ScoreDocument(Document(Aides, Farmers), Result(prediction));

        document.LenientMatches.Should().ContainSingle().Which.Gold.Should().BeSameAs(Aides);
        document.Missed.Should().Equal(Farmers);
    }

    [Fact]
    public void Each_gold_takes_the_unused_prediction_that_covers_it_most()
    {
        var partial = Predict("q1", "taxes would rise");
        var full = Predict("q2", "Aides said taxes would rise next year");

        var document = QuoteScorer.Default.ScoreDocument(Document(Aides), Result(partial, full));

        document.LenientMatches.Single().Prediction.Id.Should().Be("q2");
        document.UnmatchedPredictions.Single().Id.Should().Be("q1");
    }

    [Fact]
    public void A_split_quote_chained_by_Continues_is_merged_into_one_prediction()
    {
        var first = Predict("q1", "“Rates will fall,”", speaker: "the governor", cue: "said");
        var second = Predict("q2", "“and soon.”", continues: "q1");

        var merged = QuoteScorer.Default.ScoreDocument(Document(Governor), Result(first, second));
        var unmerged = QuoteScorer.Default.ScoreDocument(Document(Governor), Result(first, second with { Continues = null }));

        merged.Predictions.Should().ContainSingle().Which.Parts.Should().Equal(first, second);
        var match = merged.StrictMatches.Should().ContainSingle().Subject;
        match.Coverage.Should().Be(1);
        match.SpeakerAgrees.Should().BeTrue();
        match.CueAgrees.Should().BeTrue();
        unmerged.Predictions.Should().HaveCount(2);
        unmerged.StrictMatches.Should().BeEmpty();
    }

    // Right speaker and cue; wrong speaker and no cue; a cue only (its gold names no source).
    private static Quote[] AgreementCases() =>
    [
        Predict("q1", "“Rates will fall,” the governor said, “and soon.”", speaker: "governor", cue: "said"),
        Predict("q2", "taxes would rise next year", speaker: "Farmers", cue: null),
        Predict("q3", "that prices would climb", speaker: "Farmers", cue: "warned"),
    ];

    [Fact]
    public void Speaker_and_cue_agree_when_the_predicted_spans_overlap_the_gold_ones()
    {
        var report = QuoteScorer.Default.Score([(Document(Governor, Aides, Farmers), Result(AgreementCases()))]);

        // Farmers has no gold source: its pair counts for the cue only.
        report.Speaker.Should().Be(new AgreementScore(Pairs: 2, Agreeing: 1));
        report.Cue.Should().Be(new AgreementScore(Pairs: 3, Agreeing: 2));
        report.PerDocument[0].WrongSpeakers.Single().Prediction.Id.Should().Be("q2");
        report.GoldWithoutSource.Should().Be(1);
    }

    [Fact]
    public void Whole_attributions_count_only_matches_with_the_right_speaker_and_cue()
    {
        var report = QuoteScorer.Default.Score([(Document(Governor, Aides, Farmers), Result(AgreementCases()))]);

        report.Lenient.Matched.Should().Be(3);
        // q2 has the wrong speaker and no cue; q3's gold names no source, so its cue alone decides.
        report.WholeLenient.Matched.Should().Be(2);
        report.WholeLenient.F1.Should().BeApproximately(2.0 / 3, 1e-9);
        report.WholeLenient.RecallOf(QuoteKind.Indirect).Found.Should().Be(1);
        report.WholeStrict.Matched.Should().BeLessThanOrEqualTo(report.Strict.Matched);
    }

    [Fact]
    public void Extra_predictions_lower_precision_only()
    {
        var report = QuoteScorer.Default.Score([(Document(Aides), Result(
            Predict("q1", "Rates will fall"), Predict("q2", "taxes would rise next year"), Predict("q3", "prices would climb")))]);

        report.Predictions.Should().Be(3);
        report.Lenient.Precision.Should().BeApproximately(1.0 / 3, 1e-9);
        report.Lenient.Recall.Should().Be(1);
        report.Lenient.F1.Should().BeApproximately(0.5, 1e-9);
    }

    [Fact]
    public void Recall_is_reported_per_gold_kind()
    {
        var report = QuoteScorer.Default.Score([(Document(Governor, Aides, Farmers), Result(Predict("q1", "taxes would rise next year")))]);

        report.Lenient.RecallOf(QuoteKind.Direct).Should().Be(new KindRecall(QuoteKind.Direct, Gold: 1, Found: 0));
        report.Lenient.RecallOf(QuoteKind.Indirect).Should().Be(new KindRecall(QuoteKind.Indirect, Gold: 2, Found: 1));
        report.Lenient.RecallOf(QuoteKind.Mixed).Recall.Should().Be(0);
    }

    [Fact]
    public void A_failed_document_misses_all_its_gold()
    {
        var scorer = QuoteScorer.Default;
        var failed = scorer.ScoreDocument(Document(Aides, Farmers), null, "InvalidOperationException: boom");
        var fine = scorer.ScoreDocument(Document(Aides), Result(Predict("q1", "taxes would rise next year")));

        var report = scorer.Summarize([failed, fine]);

        failed.Failed.Should().BeTrue();
        failed.Missed.Should().HaveCount(2);
        report.FailedDocuments.Should().Be(1);
        report.GoldAttributions.Should().Be(3);
        report.Lenient.Recall.Should().BeApproximately(1.0 / 3, 1e-9);
        report.Lenient.Precision.Should().Be(1);
    }

    [Fact]
    public void Nothing_to_score_gives_zero_rates_not_NaN()
    {
        var report = QuoteScorer.Default.Score([(Document(), Result())]);

        report.Lenient.Precision.Should().Be(0);
        report.Lenient.F1.Should().Be(0);
        report.Speaker.Rate.Should().Be(0);
    }
}
