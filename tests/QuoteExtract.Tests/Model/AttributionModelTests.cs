using QuoteExtract.Evaluation;
using QuoteExtract.Model;
using QuoteExtract.Training;

namespace QuoteExtract.Tests.Model;

public class AttributionModelTests
{
    [Fact]
    public void The_embedded_model_loads_with_the_features_the_library_computes()
    {
        var model = AttributionModel.Default;
        model.Should().NotBeNull("the library ships its trained model");
        model!.AcceptThreshold.Should().BeInRange(0, 1);
        var result = new QuoteExtractorBuilder().UseModel().Build().Extract("“The bridge is safe,” said Mayor John Smith.");
        result.Quotes.Single().Confidence.Should().BeInRange(0, 1);
    }

    [Fact]
    public void The_feature_names_cannot_be_changed_by_a_caller_and_the_embedded_model_reports_no_load_error()
    {
        AttributionFeatures.Names.Should().NotBeAssignableTo<string[]>("a writable array would let any caller switch the model off");
        var asList = (IList<string>)AttributionFeatures.Names;
        FluentActions.Invoking(() => asList[0] = "x").Should().Throw<NotSupportedException>();
        AttributionModel.DefaultLoadError.Should().BeNull();
    }

    [Fact]
    public void The_rules_alone_decide_by_default_and_the_model_is_an_option()
    {
        QuoteExtractor.Default.Options.Scorer.Should().BeNull();
        new QuoteExtractorBuilder().UseModel().Build().Options.Scorer.Should().BeSameAs(AttributionModel.Default);
        new QuoteExtractorBuilder().UseModel().RulesOnly().Build().Options.Scorer.Should().BeNull();
    }

    [Fact]
    public void Rules_only_and_model_give_the_same_explicit_quotes()
    {
        const string text = "“The bridge is safe,” said Mayor John Smith. The council said that repairs would start in May.";
        var rules = new QuoteExtractorBuilder().RulesOnly().Build().Extract(text);
        var model = new QuoteExtractorBuilder().UseModel().Build().Extract(text);
        model.Quotes.Select(q => q.Text).Should().Contain(rules.Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text));
    }

    // A corpus written for this test: speech with a named speaker is an attribution, narration is not.
    private static IReadOnlyList<GoldDocument> TinyCorpus()
    {
        var names = new[] { "Ann Lee", "John Smith", "Maria Lopez", "Tom Baker", "Jane Roe", "Omar Khan" };
        var claims = new[] { "the bridge is safe", "taxes will not rise", "the plan will cost less", "the vote was fair", "the port will reopen", "prices are falling" };
        var docs = new List<GoldDocument>();
        for (int d = 0; d < 30; d++)
        {
            var sb = new System.Text.StringBuilder();
            var ann = new System.Text.StringBuilder();
            int t = 1, e = 1;
            for (int k = 0; k < 4; k++)
            {
                var name = names[(d + k) % names.Length];
                var claim = claims[(d * 3 + k) % claims.Length];
                int sourceStart = sb.Length;
                sb.Append(name);
                int cueStart = sb.Length + 1;
                sb.Append(" said that ");
                int contentStart = sb.Length - "that ".Length;
                sb.Append(claim).Append(". ");
                int contentEnd = sb.Length - 2;
                ann.Append($"T{t}\tSource {sourceStart} {sourceStart + name.Length}\t{name}\n");
                ann.Append($"T{t + 1}\tCue {cueStart} {cueStart + 4}\tsaid\n");
                ann.Append($"T{t + 2}\tContent {contentStart} {contentEnd}\t{sb.ToString(contentStart, contentEnd - contentStart)}\n");
                ann.Append($"E{e}\tAttribution:T{t + 1} Content:T{t + 2} Cue:T{t + 1} Source:T{t}\n");
                t += 3; e++;
                sb.Append("The weather stayed mild and the streets were quiet. A man walked his dog past the station.\n\n");
            }
            var warnings = new List<string>();
            docs.Add(GoldDocument.Parse($"doc{d}.txt", sb.ToString(), ann.ToString(), warnings));
        }
        return docs;
    }

    [Fact]
    public void A_tiny_training_run_produces_a_working_model()
    {
        var text = AttributionModelTrainer.TrainModelText(TinyCorpus(), threshold: 0.5);
        var model = AttributionModel.Read(new StringReader(text));
        var extractor = new QuoteExtractorBuilder().UseScorer(model).Build();
        var r = extractor.Extract("Jane Roe said that the port will reopen. The weather stayed mild and the streets were quiet.");
        var q = r.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("that the port will reopen");
        q.Confidence.Should().BeGreaterThan(0.5);
        // Deterministic: the same data trains the same model, byte for byte.
        AttributionModelTrainer.TrainModelText(TinyCorpus(), threshold: 0.5).Should().Be(text);
    }
}
