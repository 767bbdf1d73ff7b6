using System.Globalization;
using QuoteExtract.Claims;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Claims;

public sealed class CheckWorthinessTests
{
    private const string Statistic = "Unemployment fell to 4.9 percent last year, the lowest in a decade.";
    private const string SmallTalk = "Thank you all for being here tonight.";

    private static readonly string[] s_sentences =
    [
        Statistic, SmallTalk, "", " ", "?", "...", "We will cut taxes by $2 trillion, more than any president since 1981.",
        "What do you say to that, Senator?", "I think it's a disgrace.", "Крым — это Россия.", "🙂🙂🙂",
        "He voted for the war in Iraq in 2002.", "Well, thank you very much.", new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("jobs", 5_000)), "Our GDP grew 3% in Q2 — the fastest since 2014!",
    ];

    private static CheckWorthinessModel Model => CheckWorthinessModel.Default ?? throw new InvalidOperationException("no embedded model");

    [Fact]
    public void Default_model_is_embedded_and_loaded_once()
    {
        CheckWorthinessModel.Default.Should().NotBeNull();
        CheckWorthinessModel.Default.Should().BeSameAs(CheckWorthinessModel.Default);
        Model.Settings.Dense.Should().BeTrue();
    }

    [Fact]
    public void Scores_are_probabilities()
    {
        foreach (var s in s_sentences)
            Model.Score(s).Should().BeInRange(0.0, 1.0, because: $"'{s[..Math.Min(s.Length, 30)]}' is scored");
    }

    [Fact]
    public void Scoring_is_deterministic_and_the_span_overload_agrees()
    {
        foreach (var s in s_sentences)
        {
            var first = Model.Score(s);
            Model.Score(s).Should().Be(first);
            Model.Score(s.AsSpan()).Should().Be(first);
        }
    }

    [Fact]
    public void A_statistic_is_more_check_worthy_than_small_talk()
    {
        Model.Score(Statistic).Should().BeGreaterThan(Model.Score(SmallTalk));
        Model.Score("He voted for the war in Iraq in 2002.").Should().BeGreaterThan(Model.Score("Well, thank you very much."));
        Model.Score("We will cut taxes by $2 trillion, more than any president since 1981.")
            .Should().BeGreaterThan(Model.Score("What do you say to that, Senator?"));
    }

    [Fact]
    public void Null_is_rejected() =>
        FluentActions.Invoking(() => Model.Score((string)null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Scoring_is_thread_safe()
    {
        var expected = s_sentences.Select(Model.Score).ToArray();
        var actual = new double[s_sentences.Length * 200];
        Parallel.For(0, actual.Length, i => actual[i] = Model.Score(s_sentences[i % s_sentences.Length]));
        for (int i = 0; i < actual.Length; i++) actual[i].Should().Be(expected[i % s_sentences.Length]);
    }

    // A hand-made model: only the dense "num.percent" weight (2) and the bias (-1) are set, so the raw score is
    // +1 for a sentence with a percentage and -1 otherwise; calibration slope -1 makes it sigmoid(raw).
    private static string HandMadeModelFile(float bucketWeight = 0f, int bucket = 0)
    {
        var settings = new CheckWorthinessFeatureSettings(8, Bigrams: false, Dense: true);
        var weights = new float[settings.VectorLength];
        weights[CheckWorthinessFeatures.DenseNames.ToList().IndexOf("num.percent")] = 2f;
        weights[CheckWorthinessFeatures.DenseCount + bucket] = bucketWeight;
        var w = new StringWriter(CultureInfo.InvariantCulture);
        CheckWorthinessModel.Write(w, settings, weights, bias: -1, slope: -1, offset: 0);
        return w.ToString();
    }

    [Fact]
    public void A_hand_made_model_file_is_evaluated_as_written()
    {
        var model = CheckWorthinessModel.Read(new StringReader(HandMadeModelFile()));

        model.Settings.Should().Be(new CheckWorthinessFeatureSettings(8, false, true));
        model.RawScore("Prices rose 5% this year.").Should().BeApproximately(1, 1e-9);
        model.RawScore("Prices rose five percent.").Should().BeApproximately(1, 1e-9);
        model.RawScore("Prices rose.").Should().BeApproximately(-1, 1e-9);
        model.Score("Prices rose 5% this year.").Should().BeApproximately(1 / (1 + Math.Exp(-1)), 1e-9);
        model.Score("Prices rose.").Should().BeApproximately(1 / (1 + Math.Exp(1)), 1e-9);
    }

    [Fact]
    public void Hashed_weights_round_trip_through_the_file()
    {
        // Find the bucket of the unigram "hello" by probing: the only hashed features of "hello" are its unigram.
        var sink = new CollectingSink();
        CheckWorthinessFeatures.Compute("hello", new CheckWorthinessFeatureSettings(8, false, false), ref sink);
        sink.Values.Should().ContainSingle();
        var (index, sign) = sink.Values[0];
        int bucket = index - CheckWorthinessFeatures.DenseCount;
        bucket.Should().BeInRange(0, 255);

        var model = CheckWorthinessModel.Read(new StringReader(HandMadeModelFile(bucketWeight: 0.5f, bucket)));

        model.RawScore("hello").Should().BeApproximately(-1 + 0.5 * sign, 1e-9);
        model.RawScore("HELLO").Should().BeApproximately(-1 + 0.5 * sign, 1e-9, because: "words are lower-cased");
        var rewritten = new StringWriter(CultureInfo.InvariantCulture);
        var weights = new float[model.Settings.VectorLength];
        weights[CheckWorthinessFeatures.DenseNames.ToList().IndexOf("num.percent")] = 2f;
        weights[CheckWorthinessFeatures.DenseCount + bucket] = 0.5f;
        CheckWorthinessModel.Write(rewritten, model.Settings, weights, -1, -1, 0);
        rewritten.ToString().Should().Be(HandMadeModelFile(0.5f, bucket));
        rewritten.ToString().Should().Contain(string.Create(CultureInfo.InvariantCulture, $"h\t{bucket}\t0.5"));
    }

    [Theory]
    [InlineData("not a model\n")]
    [InlineData("quoteextract-checkworthiness 1\nhash-bits\t8\nbigrams\t0\ndense\t1\ncalibration\t0\t-1\t0\n")]
    [InlineData("quoteextract-checkworthiness 2\nhash-bits\t8\nbigrams\t0\ndense\t1\ncontext\t0\nngrams\t1\nchar-ngrams\t0\ncalibration\t0\t-1\t0\nd\tno.such.feature\t1\n")]
    [InlineData("quoteextract-checkworthiness 2\nhash-bits\t30\nbigrams\t0\ndense\t1\ncontext\t0\nngrams\t1\nchar-ngrams\t0\ncalibration\t0\t-1\t0\n")]
    [InlineData("quoteextract-checkworthiness 2\nhash-bits\t8\nbigrams\t0\ndense\t1\ncontext\t0\nngrams\t1\nchar-ngrams\t0\ncalibration\t0\t-1\t0\n")]
    public void Malformed_model_files_are_rejected(string text) =>
        FluentActions.Invoking(() => CheckWorthinessModel.Read(new StringReader(text))).Should().Throw<FormatException>();

    [Fact]
    public void Bucket_out_of_range_is_rejected() =>
        FluentActions.Invoking(() => CheckWorthinessModel.Read(new StringReader(HandMadeModelFile() + "h\t256\t1\n")))
            .Should().Throw<FormatException>();

    private struct CollectingSink() : ICheckWorthinessFeatureSink
    {
        public readonly List<(int Index, float Value)> Values = [];
        public readonly void Add(int index, float value) => Values.Add((index, value));
    }

    [Fact]
    public void Features_stay_in_range_and_name_what_the_sentence_has()
    {
        var settings = new CheckWorthinessFeatureSettings(14, Bigrams: true, Dense: true, Context: true);
        foreach (var s in s_sentences)
        {
            var sink = new CollectingSink();
            CheckWorthinessFeatures.Compute(s, settings, ref sink);
            sink.Values.Should().OnlyContain(v => v.Index >= 0 && v.Index < settings.VectorLength && float.IsFinite(v.Value));
            sink.Values.Where(v => v.Index < CheckWorthinessFeatures.DenseCount).Should().OnlyContain(v => v.Value >= 0 && v.Value <= 1);
        }

        var names = DenseFeatures("We cut taxes by $2 trillion in 2017, more than 25% - the biggest cut ever?");
        names.Should().Contain(["num.any", "num.percent", "num.money", "num.year", "num.scale", "cmp.comparative",
            "cmp.superlative", "cmp.than", "cmp.ever", "pron.we", "punct.question", "topic.economy", "topic.change", "verb.past"]);
        DenseFeatures("Thank you, everybody.").Should().Contain("cue.smallTalk").And.NotContain("num.any");
    }

    private static List<string> DenseFeatures(string sentence)
    {
        var sink = new CollectingSink();
        CheckWorthinessFeatures.Compute(sentence, new CheckWorthinessFeatureSettings(8, false, true), ref sink);
        return [.. sink.Values.Where(v => v.Index < CheckWorthinessFeatures.DenseCount).Select(v => CheckWorthinessFeatures.DenseNames[v.Index])];
    }

    [Fact]
    public void Ranking_measures_follow_the_task_definitions()
    {
        bool[] ranked = [true, false, true, false, false];
        CheckWorthinessRanking.AveragePrecision(ranked).Should().BeApproximately((1 + 2.0 / 3) / 2, 1e-12);
        CheckWorthinessRanking.PrecisionAt(ranked, 1).Should().Be(1);
        CheckWorthinessRanking.PrecisionAt(ranked, 5).Should().BeApproximately(0.4, 1e-12);
        CheckWorthinessRanking.PrecisionAt(ranked, 10).Should().BeApproximately(0.2, 1e-12, because: "P@k divides by k");
        CheckWorthinessRanking.RPrecision(ranked).Should().BeApproximately(0.5, 1e-12);
        CheckWorthinessRanking.AveragePrecision([false, false]).Should().Be(0);

        CheckWorthinessRanking.Rank([0.1, 0.9, 0.5, 0.9], [false, true, false, false])
            .Should().Equal([true, false, false, false], because: "ties keep input order");
    }

    [Theory]
    [InlineData("12\tHOLT\tGood evening.\t0", 12, "HOLT", "Good evening.", 0)]
    [InlineData("3\tTRUMP\tWe lost 70,000 factories.\t1", 3, "TRUMP", "We lost 70,000 factories.", 1)]
    [InlineData("4\tCLINTON\tNo label here.", 4, "CLINTON", "No label here.", null)]
    [InlineData("5\tX\tWindows line end.\t1\r", 5, "X", "Windows line end.", 1)]
    public void Lab_lines_are_parsed(string text, int number, string speaker, string sentence, int? label)
    {
        CheckWorthinessLine.TryParse(text, out var line).Should().BeTrue();
        line.Should().Be(new CheckWorthinessLine(number, speaker, sentence, label));
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some text")]
    [InlineData("x\tHOLT\ttext\t0")]
    [InlineData("1\tHOLT")]
    [InlineData("1\tHOLT\ttext\tyes")]
    [InlineData("1\tHOLT\ttext\t0\textra")]
    public void Malformed_lab_lines_are_refused(string text) =>
        CheckWorthinessLine.TryParse(text, out _).Should().BeFalse();

    [SharedDataFact]
    public void The_embedded_model_ranks_the_training_transcripts_well()
    {
        var dir = Path.Combine(SharedData.Root!, "corpus", "checkworthy", "clef2019-train");
        var aps = new List<double>();
        foreach (var file in Directory.GetFiles(dir, "*.tsv"))
        {
            var lines = File.ReadLines(file).Select(l => CheckWorthinessLine.TryParse(l, out var p) ? p : null).OfType<CheckWorthinessLine>().ToList();
            var ranked = CheckWorthinessRanking.Rank([.. lines.Select(l => Model.Score(l.Text))], [.. lines.Select(l => l.Label == 1)]);
            aps.Add(CheckWorthinessRanking.AveragePrecision(ranked));
        }
        aps.Should().HaveCount(19);
        // On the data it was trained on (held-out MAP by transcript is about 0.22; random ranking gives about 0.03).
        aps.Average().Should().BeGreaterThan(0.3);
    }
}
