using QuoteExtract.Attribution;
using QuoteExtract.Attribution.Rules;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Attribution;

/// <summary>A cue reading and a quote rule run alone, outside their stage's loop, on a document of one sentence.</summary>
public class RuleAloneTests
{
    private static Document Analyze(string text) => new QuoteExtractorBuilder().RulesOnly().Build().Analyze(text);

    private static int TokenOf(Document doc, string word)
    {
        for (int i = 0; i < doc.Tokens.Length; i++)
            if (doc.TokenText(i).SequenceEqual(word)) return i;
        throw new InvalidOperationException(word);
    }

    [Fact]
    public void A_cue_reading_reads_its_pattern_alone()
    {
        var doc = Analyze("Voters rejected the mayor's claim that the old bridge was safe for heavy trucks.");
        var s = doc.Sentences[0];
        var cue = CueFinder.At(doc, TokenOf(doc, "claim"))!.Value;

        var a = PossessorNounReading.Read(doc, s, cue, RuleHelpers.ContentEnd(doc, s));

        a.Should().NotBeNull();
        doc.Slice(a!.Content).ToString().Should().Be("that the old bridge was safe for heavy trucks");
        doc.Slice(a.Source!.Span).ToString().Should().Be("the mayor");
        new PassiveByReading().Ids.ToArray().Should().Equal(AttributionRuleId.PassiveBy);
    }

    [Fact]
    public void A_cue_reading_claims_its_cue_and_moves_the_read_position_past_what_it_kept()
    {
        var doc = Analyze("Voters rejected the mayor's claim that the old bridge was safe for heavy trucks.");
        var s = doc.Sentences[0];
        int at = TokenOf(doc, "claim");
        // (A run on the analysed document with its attributions dropped: nothing is taken yet.)
        doc.Attributions.Clear();
        int count = doc.Attributions.Count;
        var context = new CueReadingContext(new ReportedSpeechRun(doc), s, CueFinder.At(doc, at)!.Value, RuleHelpers.ContentEnd(doc, s), at);

        new PossessorNounReading().TryRead(ref context).Should().BeTrue();

        doc.Attributions.Should().HaveCount(count + 1);
        context.Position.Should().Be(TokenOf(doc, "trucks"));
        var other = new CueReadingContext(new ReportedSpeechRun(doc), s, CueFinder.At(doc, at)!.Value, RuleHelpers.ContentEnd(doc, s), at);
        new AskedQuestionReading().TryRead(ref other).Should().BeFalse("no question is asked: the cue falls through");
        other.Position.Should().Be(at);
    }

    [Fact]
    public void A_quote_rule_attributes_its_pattern_alone()
    {
        var doc = Analyze("“We will build the bridge before the winter comes,” said Ann Lee.");
        var q = doc.Quotes[0];
        var attributed = new int[doc.Quotes.Length];
        Array.Fill(attributed, -1);
        var context = new QuoteRuleContext(doc, new QuoteContext(doc, q, -1, int.MaxValue), q, attributed, new QuotedSpeechStage.StrongCueScan());

        new BeforeQuoteRule().TryAttribute(ref context).Should().BeFalse("nothing stands before the quote");
        new AfterQuoteRule().TryAttribute(ref context).Should().BeTrue();

        context.Found!.Rule.Should().Be(AttributionRuleId.QuoteCueSpeaker);
        doc.Slice(context.Found.Source!.Span).ToString().Should().Be("Ann Lee");
    }
}
