using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>Gold restricted to the types an extractor returns, typed by the cue lexicon; recall and precision per type.</summary>
public class GoldTypesTests
{
    // Five attributions of an invented article, in brat standoff.
    private const string Text =
        "The mayor said the bridge would reopen. The coach believes the team can win. \u201cWe will win,\u201d the coach thinks. " +
        "According to a new poll, most voters oppose the toll. According to the ministry, the talks failed.";

    private static GoldDocument Gold()
    {
        var ann = new System.Text.StringBuilder();
        int t = 0, e = 0;
        void Add(string source, string cue, string content)
        {
            string Span(string s) { int i = Text.IndexOf(s, StringComparison.Ordinal); return $"{i} {i + s.Length}"; }
            ann.Append($"T{++t}\tSource {Span(source)}\t{source}\nT{++t}\tCue {Span(cue)}\t{cue}\nT{++t}\tContent {Span(content)}\t{content}\n");
            ann.Append($"E{++e}\tAttribution:T{t - 1} Source:T{t - 2} Cue:T{t - 1} Content:T{t}\n");
        }
        Add("The mayor", "said", "the bridge would reopen");
        Add("The coach", "believes", "the team can win");
        Add("the coach thinks".Substring(0, 9), "thinks", "\u201cWe will win,\u201d");
        Add("a new poll", "According to a", "most voters oppose the toll");
        Add("the ministry", "According to the", "the talks failed");
        var warnings = new List<string>();
        var gold = GoldDocument.Parse("a.txt", Text, ann.ToString(), warnings);
        warnings.Should().BeEmpty();
        return gold;
    }

    [Fact]
    public void Speech_gold_keeps_speech_cues_and_every_direct_quote()
    {
        var gold = Gold();
        gold.Attributions.Should().HaveCount(5);

        var speech = GoldTypes.Restrict(gold, AttributionTypes.Speech);

        speech.Attributions.Select(a => GoldAttribution.TextOf(Text, a.Content)).Should().BeEquivalentTo(
            "the bridge would reopen", "\u201cWe will win,\u201d", "the talks failed");
        GoldTypes.Restrict(gold, AttributionTypes.All).Should().BeSameAs(gold);
        GoldTypes.Restrict(gold, AttributionTypes.Belief | AttributionTypes.Knowledge).Attributions.Should().HaveCount(3,
            "the belief, the poll's finding and the direct quote");
    }

    [Fact]
    public void Recall_and_precision_are_counted_per_type()
    {
        var gold = Gold();
        var types = GoldTypes.InContext(gold);
        types.Values.Should().BeEquivalentTo(new AttributionType?[]
            { AttributionType.Speech, AttributionType.Belief, AttributionType.Speech, AttributionType.Knowledge, AttributionType.Speech });

        var result = new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.All).Build().Extract(Text);
        var report = QuoteScorer.Default.Summarize([QuoteScorer.Default.ScoreDocument(gold, result)]);
        var rows = TypeRecall.Of(report, types);

        var speech = rows.Single(r => r.Type == AttributionType.Speech);
        speech.Gold.Should().Be(3);
        speech.GoldFound.Should().Be(3);
        speech.Predicted.Should().Be(result.Quotes.Count(q => q.Type == AttributionType.Speech && q.Continues is null));
        rows.Single(r => r.Type == AttributionType.Belief).Recall.Should().Be(1);
        rows.Single(r => r.Type == AttributionType.Knowledge).Precision.Should().Be(1);
    }
}
