using QuoteExtract.Model;

namespace QuoteExtract.Tests.Model;

public class ConfidenceCalibrationTests
{
    [Theory]
    [InlineData(0.0, 0.2)]   // below the first knot: flat
    [InlineData(0.2, 0.2)]
    [InlineData(0.35, 0.5)]  // halfway between (0.2, 0.2) and (0.5, 0.8)
    [InlineData(0.5, 0.8)]
    [InlineData(0.9, 0.9)]
    [InlineData(1.0, 0.9)]   // above the last knot: flat
    public void Apply_is_linear_between_knots_and_flat_beyond_them(double score, double expected)
    {
        var map = new ConfidenceCalibration([0.2, 0.5, 0.9], [0.2, 0.8, 0.9]);

        map.Apply(score).Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Fit_follows_the_observed_rate_and_never_decreases()
    {
        // Scores 0.00-0.99; a quote is right when its score is above 0.3, and also every third one below it.
        var observations = Enumerable.Range(0, 1000).Select(i => (Score: i / 1000.0, Right: i > 300 || i % 3 == 0)).ToList();

        var map = ConfidenceCalibration.Fit(observations, minimumBlock: 50);

        map.Confidences.Should().BeInAscendingOrder();
        map.Scores.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        map.Apply(0.1).Should().BeApproximately(1 / 3.0, 0.05);
        map.Apply(0.8).Should().BeApproximately(1.0, 0.02).And.BeLessThan(1);
    }

    [Fact]
    public void Fit_pools_a_rate_that_falls_with_its_neighbour()
    {
        // Three blocks of 40: right 50%, then 25% (a violation, pooled with the first), then 100%.
        var observations = Enumerable.Range(0, 120).Select(i => (Score: i / 120.0, Right: i < 40 ? i % 2 == 0 : i < 80 ? i % 4 == 0 : true));

        var map = ConfidenceCalibration.Fit(observations, minimumBlock: 40);

        // (Rates are smoothed by half an observation each way: never exactly 0 or 1.)
        map.Confidences.Should().HaveCount(2);
        map.Confidences[0].Should().BeApproximately(30.5 / 81, 1e-12);
        map.Confidences[1].Should().BeApproximately(40.5 / 41, 1e-12);
    }

    [Fact]
    public void Fit_keeps_knots_increasing_when_scores_differ_by_one_rounding_step()
    {
        // The mean of many copies of 0.1 can round above 0.1; the next block starts at the very next double.
        var next = Math.BitIncrement(0.1);
        var observations = Enumerable.Repeat((0.1, false), 7).Concat(Enumerable.Repeat((next, true), 7));

        var map = ConfidenceCalibration.Fit(observations, minimumBlock: 7);

        map.Scores.Should().Equal(0.1, next);
        map.Confidences.Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fit_never_fails_and_never_falls_on_random_observations(int seed)
    {
        // Many small blocks with rare successes: the smoothed rates of blocks of different sizes could invert.
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            var observations = Enumerable.Range(0, random.Next(1, 400))
                .Select(_ => (Score: Math.Round(random.NextDouble(), random.Next(1, 4)), Right: random.NextDouble() < 0.1 + 0.8 * random.NextDouble() * random.NextDouble()))
                .ToList();

            var map = ConfidenceCalibration.Fit(observations, minimumBlock: random.Next(1, 40));

            map.Scores.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            map.Confidences.Should().BeInAscendingOrder();
            map.Confidences.Should().OnlyContain(c => c > 0 && c < 1);
        }
    }

    [Fact]
    public void The_knots_cannot_be_changed_through_the_lists_it_hands_out()
    {
        var map = new ConfidenceCalibration([0.1, 0.4], [0.3, 0.7]);

        FluentActions.Invoking(() => ((IList<double>)map.Scores)[0] = 0.9).Should().Throw<NotSupportedException>();
        map.Apply(0.1).Should().Be(0.3);
    }

    [Fact]
    public void Text_round_trips()
    {
        var map = new ConfidenceCalibration([0.1, 0.4], [0.3, 0.71]);

        var back = ConfidenceCalibration.Parse(map.ToString());

        back.Scores.Should().Equal(map.Scores);
        back.Confidences.Should().Equal(map.Confidences);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0.1")]
    [InlineData("0.1 x")]
    [InlineData("0.5 0.5 0.4 0.6")]  // scores not increasing
    [InlineData("0.1 0.5 0.4 0.4")]  // confidence falls
    [InlineData("0.1 1.5")]          // confidence above 1
    public void Bad_knots_are_a_format_error(string knots)
    {
        FluentActions.Invoking(() => ConfidenceCalibration.Parse(knots)).Should().Throw<FormatException>();
    }

    [Fact]
    public void Null_and_empty_input_throw()
    {
        FluentActions.Invoking(() => ConfidenceCalibration.Fit(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConfidenceCalibration.Fit([])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ConfidenceCalibration([], [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ConfidenceCalibration.Fit([(0.5, true)], minimumBlock: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_embedded_model_carries_its_map_and_the_records_carry_mapped_scores()
    {
        var model = AttributionModel.Default!;
        model.Calibration.Should().NotBeNull("the training tool fits the map by cross-validation and writes it with the model");
        const string text = "“The bridge is safe,” said Mayor John Smith. The council said that repairs would start in May.";

        var withModel = new QuoteExtractorBuilder().UseModel().Build();
        var doc = withModel.Analyze(text);
        var result = withModel.Extract(text);

        result.Quotes.Should().NotBeEmpty();
        foreach (var q in result.Quotes)
        {
            var raw = doc.Attributions.Single(a => a.Content == q.Span).Confidence;
            q.Confidence.Should().BeApproximately(model.Calibrate(raw), 1e-12);
        }
    }

    [Fact]
    public void The_rules_alone_map_their_fixed_confidences_too_unless_told_not_to()
    {
        var map = RulesConfidence.Map;
        map.Should().NotBeNull("the training tool fits the rules' map on train and the library embeds it");
        const string text = "“The bridge is safe,” said Mayor John Smith. The council said that repairs would start in May.";
        var rules = new QuoteExtractorBuilder().RulesOnly().Build();
        var raw = new QuoteExtractorBuilder().WithOptions(ExtractorOptions.Default with { Scorer = null, RulesConfidence = null }).Build();

        var doc = rules.Analyze(text);
        var mapped = rules.Extract(text).Quotes;
        var unmapped = raw.Extract(text).Quotes;

        mapped.Should().NotBeEmpty().And.HaveSameCount(unmapped);
        for (int i = 0; i < mapped.Count; i++)
        {
            var score = doc.Attributions.Single(a => a.Content == mapped[i].Span).Confidence;
            unmapped[i].Confidence.Should().BeApproximately(score, 1e-12);
            mapped[i].Confidence.Should().BeApproximately(map!.Apply(score), 1e-12);
        }
    }

    [Fact]
    public void A_model_file_without_a_map_reads_and_keeps_the_score_as_confidence()
    {
        var text = AttributionModelText();
        var lines = text.Split('\n').ToList();
        lines[1].Should().StartWith(AttributionModel.CalibrationKey + "\t");
        lines.RemoveAt(1);

        var model = AttributionModel.Read(new StringReader(string.Join('\n', lines)));

        model.Calibration.Should().BeNull();
        model.Calibrate(0.37).Should().Be(0.37);
    }

    // A reader that cannot look ahead (TextReader.Peek returns -1 unless a reader overrides it).
    private sealed class LineReader(string text) : TextReader
    {
        private readonly StringReader _inner = new(text);
        public override string? ReadLine() => _inner.ReadLine();
        public override int Read() => _inner.Read();
        public override string ReadToEnd() => _inner.ReadToEnd();
    }

    [Fact]
    public void A_model_file_reads_through_a_reader_that_cannot_peek_with_or_without_its_map()
    {
        var text = AttributionModelText();
        var withoutMap = string.Join('\n', text.Split('\n').Where((_, i) => i != 1));

        AttributionModel.Read(new LineReader(text)).Calibration.Should().NotBeNull();
        AttributionModel.Read(new LineReader(withoutMap)).Calibration.Should().BeNull();
    }

    private static string AttributionModelText()
    {
        using var stream = typeof(AttributionModel).Assembly.GetManifestResourceStream(AttributionModel.ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
