using System.Text.Json;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Output;

public class ResultJsonTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static string[] Names(JsonElement obj) => [.. obj.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Document_has_the_contract_properties_in_order()
    {
        var root = Parse(ResultJson.ToJson("a.txt", SampleResults.Full()));

        Names(root).Should().Equal("document", "error", "quotes", "speakers", "claims");
        root.GetProperty("document").GetString().Should().Be("a.txt");
        root.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("quotes").GetArrayLength().Should().Be(3);
        root.GetProperty("speakers").GetArrayLength().Should().Be(2);
        root.GetProperty("claims").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Quote_with_speaker_and_cue_writes_every_field()
    {
        var quote = Parse(ResultJson.ToJson("a.txt", SampleResults.Full())).GetProperty("quotes")[0];
        var content = SampleResults.Find("We will not allow it,");
        var mention = SampleResults.Find("Vladimir Putin");
        var cue = SampleResults.Find("said");

        Names(quote).Should().Equal("id", "kind", "type", "text", "start", "end", "speakerId", "speakerMention", "cue", "confidence", "continues");
        quote.GetProperty("id").GetString().Should().Be("q1");
        quote.GetProperty("kind").GetString().Should().Be("direct");
        quote.GetProperty("type").GetString().Should().Be("speech");
        quote.GetProperty("text").GetString().Should().Be("We will not allow it,");
        quote.GetProperty("start").GetInt32().Should().Be(content.Start);
        quote.GetProperty("end").GetInt32().Should().Be(content.End);
        quote.GetProperty("speakerId").GetString().Should().Be("s1");
        ShouldBeExcerpt(quote.GetProperty("speakerMention"), "Vladimir Putin", mention);
        ShouldBeExcerpt(quote.GetProperty("cue"), "said", cue);
        quote.GetProperty("confidence").GetDouble().Should().Be(0.935, "scores are rounded to 3 decimals");
        quote.GetProperty("continues").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Absent_values_are_written_as_null_not_omitted()
    {
        var quotes = Parse(ResultJson.ToJson("a.txt", SampleResults.Full())).GetProperty("quotes");
        var continuation = quotes[1];
        var unattributed = quotes[2];

        continuation.GetProperty("speakerMention").ValueKind.Should().Be(JsonValueKind.Null);
        continuation.GetProperty("cue").ValueKind.Should().Be(JsonValueKind.Null);
        continuation.GetProperty("continues").GetString().Should().Be("q1");
        unattributed.GetProperty("speakerId").ValueKind.Should().Be(JsonValueKind.Null);
        unattributed.GetProperty("kind").GetString().Should().Be("partial");
        Names(unattributed).Should().HaveCount(11);
    }

    [Fact]
    public void Speaker_writes_kind_titles_and_mentions()
    {
        var speakers = Parse(ResultJson.ToJson("a.txt", SampleResults.Full())).GetProperty("speakers");
        var putin = speakers[0];

        Names(putin).Should().Equal("id", "name", "kind", "titles", "mentions", "members");
        putin.GetProperty("members").GetArrayLength().Should().Be(0, "a person has no members");
        putin.GetProperty("id").GetString().Should().Be("s1");
        putin.GetProperty("name").GetString().Should().Be("Vladimir Putin");
        putin.GetProperty("kind").GetString().Should().Be("person");
        putin.GetProperty("titles").EnumerateArray().Select(t => t.GetString()).Should().Equal("Russian President");
        putin.GetProperty("mentions").GetArrayLength().Should().Be(1);
        ShouldBeExcerpt(putin.GetProperty("mentions")[0], "Russian President Vladimir Putin", SampleResults.Find("Russian President Vladimir Putin"));

        speakers[1].GetProperty("kind").GetString().Should().Be("group");
        speakers[1].GetProperty("titles").GetArrayLength().Should().Be(0, "an empty list is an empty array, not null");
    }

    [Fact]
    public void Claim_writes_every_field_with_null_claimant_for_the_article_voice()
    {
        var claims = Parse(ResultJson.ToJson("a.txt", SampleResults.Full())).GetProperty("claims");
        var own = claims[0];
        var span = SampleResults.Find("Nearly 8,000 people were detained");

        Names(own).Should().Equal("id", "text", "start", "end", "claimantId", "stance", "checkWorthiness", "quoteId");
        own.GetProperty("id").GetString().Should().Be("c1");
        own.GetProperty("text").GetString().Should().Be("Nearly 8,000 people were detained");
        own.GetProperty("start").GetInt32().Should().Be(span.Start);
        own.GetProperty("end").GetInt32().Should().Be(span.End);
        own.GetProperty("claimantId").ValueKind.Should().Be(JsonValueKind.Null);
        own.GetProperty("stance").GetString().Should().Be("asserts");
        own.GetProperty("checkWorthiness").GetDouble().Should().Be(0.875);
        own.GetProperty("quoteId").ValueKind.Should().Be(JsonValueKind.Null);

        claims[1].GetProperty("claimantId").GetString().Should().Be("s2");
        claims[1].GetProperty("stance").GetString().Should().Be("questions");
        claims[1].GetProperty("quoteId").GetString().Should().Be("q3");
    }

    [Fact]
    public void Error_document_has_the_message_and_empty_arrays()
    {
        var root = Parse(ResultJson.ErrorToJson("missing.txt", "file not found: missing.txt"));

        Names(root).Should().Equal("document", "error", "quotes", "speakers", "claims");
        root.GetProperty("error").GetString().Should().Be("file not found: missing.txt");
        root.GetProperty("quotes").GetArrayLength().Should().Be(0);
        root.GetProperty("speakers").GetArrayLength().Should().Be(0);
        root.GetProperty("claims").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Non_ascii_text_is_kept_readable_and_compact_output_is_one_line()
    {
        var json = ResultJson.ToJson("a.txt", SampleResults.Full());

        json.Should().NotContain("\n");
        json.Should().Contain("\"text\":\"Russian President Vladimir Putin\"");
        ResultJson.ToJson("é.txt", ExtractionResult.Empty).Should().Contain("\"document\":\"é.txt\"");
    }

    [Fact]
    public void Indented_output_uses_newlines_and_parses_to_the_same_values()
    {
        var compact = ResultJson.ToJson("a.txt", SampleResults.Full());
        var indented = ResultJson.ToJson("a.txt", SampleResults.Full(), indented: true);

        indented.Should().Contain("\n  \"quotes\": [").And.NotContain("\r");
        ResultJson.Read(indented).Should().BeEquivalentTo(ResultJson.Read(compact));
    }

    [Fact]
    public void Lone_surrogates_are_replaced_not_thrown_and_offsets_are_kept()
    {
        var text = "ab\uD800cd\uDC00e\uD83D\uDE00"; // lone high, lone low, then a valid pair
        var result = new ExtractionResult(
            [new Quote("q1", QuoteKind.Direct, text, new TextSpan(3, 12), null, new Excerpt("\uDBFF", new TextSpan(1, 2)), null, 1)],
            [new Speaker("s1", "x\uD800", SpeakerKind.Unknown, ["\uDC00"], [])],
            []);

        var quote = Parse(ResultJson.ToJson("bad\uD800.txt", result)).GetProperty("quotes")[0];

        quote.GetProperty("text").GetString().Should().Be("ab\uFFFDcd\uFFFDe\uD83D\uDE00");
        quote.GetProperty("speakerMention").GetProperty("text").GetString().Should().Be("\uFFFD");
        quote.GetProperty("start").GetInt32().Should().Be(3);
        quote.GetProperty("end").GetInt32().Should().Be(12);
    }

    [Fact]
    public void A_text_still_in_the_document_is_written_as_its_string_would_be_even_cut_inside_a_surrogate_pair()
    {
        var document = "x\uD83D\uDE00y said \uD800 it";
        var source = new SourceText(document);
        // The quote is cut after the high surrogate of the pair: that half is lone in the quote, as in its string.
        var held = new ExtractionResult(
            [Quote.InDocument(source, "q1", QuoteKind.Direct, new TextSpan(0, 2), null, null, Excerpt.InDocument(source, new TextSpan(10, 14)),
                1, null, AttributionType.Speech)],
            [],
            [Claim.InDocument(source, "c1", new TextSpan(0, 3), null, ClaimStance.Asserts, 0.5, "q1")]);
        var asStrings = new ExtractionResult(
            [new Quote("q1", QuoteKind.Direct, document[..2], new TextSpan(0, 2), null, null, new Excerpt(document[10..14], new TextSpan(10, 14)), 1)],
            [],
            [new Claim("c1", document[..3], new TextSpan(0, 3), null, ClaimStance.Asserts, 0.5, "q1")]);

        var json = ResultJson.ToJson("a.txt", held);

        json.Should().Be(ResultJson.ToJson("a.txt", asStrings));
        held.Should().Be(asStrings);
        var quote = Parse(json).GetProperty("quotes")[0];
        quote.GetProperty("text").GetString().Should().Be("x\uFFFD");
        quote.GetProperty("cue").GetProperty("text").GetString().Should().Be("\uFFFD it");
        Parse(json).GetProperty("claims")[0].GetProperty("text").GetString().Should().Be("x\uD83D\uDE00");
    }

    [Fact]
    public void Non_finite_scores_are_written_as_null()
    {
        var result = new ExtractionResult([new Quote("q1", QuoteKind.Indirect, "x", new TextSpan(0, 1), null, null, null, double.NaN)], [], []);

        var quote = Parse(ResultJson.ToJson("a.txt", result)).GetProperty("quotes")[0];

        quote.GetProperty("confidence").ValueKind.Should().Be(JsonValueKind.Null);
        quote.GetProperty("kind").GetString().Should().Be("indirect");
    }

    [Theory]
    [InlineData(AttributionType.Speech, "speech")]
    [InlineData(AttributionType.Belief, "belief")]
    [InlineData(AttributionType.Knowledge, "knowledge")]
    [InlineData(AttributionType.Intention, "intention")]
    [InlineData(AttributionType.Act, "act")]
    public void Every_type_is_written_by_its_camel_case_name_and_read_back(AttributionType type, string name)
    {
        var result = new ExtractionResult([new Quote("q1", QuoteKind.Indirect, "x", new TextSpan(0, 1), null, null, null, 0.5, Type: type)], [], []);

        var json = ResultJson.ToJson("a.txt", result);

        Parse(json).GetProperty("quotes")[0].GetProperty("type").GetString().Should().Be(name);
        ResultJson.Read(json).Result.Quotes[0].Type.Should().Be(type);
    }

    [Fact]
    public void A_quote_written_before_attributions_were_typed_reads_as_speech()
    {
        var json = ResultJson.ToJson("a.txt", new ExtractionResult([new Quote("q1", QuoteKind.Direct, "x", new TextSpan(0, 1), null, null, null, 0.5)], [], []));
        var old = json.Replace("\"type\":\"speech\",", "", StringComparison.Ordinal);
        old.Should().NotContain("\"type\"");

        ResultJson.Read(old).Result.Quotes[0].Type.Should().Be(AttributionType.Speech);
    }

    [Fact]
    public void Read_round_trips_a_written_document()
    {
        var original = SampleResults.Full();

        var read = ResultJson.Read(ResultJson.ToJson("a.txt", original));

        read.Document.Should().Be("a.txt");
        read.Error.Should().BeNull();
        read.Result.Quotes.Select(q => (q.Id, q.Kind, q.Type, q.Text, q.Span, q.SpeakerId, q.SpeakerMention, q.Cue, q.Continues))
            .Should().Equal(original.Quotes.Select(q => (q.Id, q.Kind, q.Type, q.Text, q.Span, q.SpeakerId, q.SpeakerMention, q.Cue, q.Continues)));
        read.Result.Quotes[0].Confidence.Should().Be(0.935);
        read.Result.Speakers.Should().BeEquivalentTo(original.Speakers);
        read.Result.Claims.Select(c => c with { CheckWorthiness = 0 }).Should().Equal(original.Claims.Select(c => c with { CheckWorthiness = 0 }));
    }

    [Fact]
    public void Read_rejects_an_object_that_is_not_a_document()
    {
        var act = () => ResultJson.Read("""{"document":"a.txt"}""");

        act.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData(QuoteKind.Direct, "direct")]
    [InlineData(QuoteKind.Indirect, "indirect")]
    [InlineData(QuoteKind.Mixed, "mixed")]
    [InlineData(QuoteKind.Partial, "partial")]
    public void Quote_kinds_are_camel_case_and_parse_back(QuoteKind kind, string name)
    {
        kind.ToJsonName().Should().Be(name);
        JsonNames.Parse<QuoteKind>(name).Should().Be(kind);
    }

    [Fact]
    public void Every_enum_value_has_a_lower_case_name()
    {
        Enum.GetValues<SpeakerKind>().Select(k => k.ToJsonName()).Should().Equal("person", "organization", "group", "unknown");
        Enum.GetValues<ClaimStance>().Select(s => s.ToJsonName()).Should().Equal("asserts", "denies", "questions");
        var act = () => JsonNames.Parse<ClaimStance>("1");
        act.Should().Throw<FormatException>();
    }

    private static void ShouldBeExcerpt(JsonElement element, string text, TextSpan span)
    {
        Names(element).Should().Equal("text", "start", "end");
        element.GetProperty("text").GetString().Should().Be(text);
        element.GetProperty("start").GetInt32().Should().Be(span.Start);
        element.GetProperty("end").GetInt32().Should().Be(span.End);
    }
}
