using System.Text.Json;
using System.Text.Json.Nodes;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Output;

/// <summary>The result records are immutable in fact, compare by value, and serialize as the documented contract.</summary>
public class ResultRecordTests
{
    private const string Article =
        "“We will win the vote,” Mayor Ann Lee said on Monday. Her rival, Tom Baker, said the plan would fail. " +
        "Lee added that taxes would not rise.";

    [Fact]
    public void Two_extractions_of_one_text_are_equal()
    {
        var a = QuoteExtractor.Default.Extract(Article);
        var b = QuoteExtractor.Default.Extract(Article);

        a.Quotes.Should().NotBeEmpty();
        ReferenceEquals(a, b).Should().BeFalse();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a.Speakers[0] == b.Speakers[0]).Should().BeTrue();
    }

    [Fact]
    public void A_result_whose_texts_are_still_in_the_document_equals_one_made_with_strings()
    {
        var extracted = QuoteExtractor.Default.Extract(Article);
        // The same records made through the public constructors, each text a string of its own.
        var quotes = extracted.Quotes.Select(q => new Quote(q.Id, q.Kind, new string(q.Text), q.Span, q.SpeakerId,
            q.SpeakerMention is { } m ? new Excerpt(new string(m.Text), m.Span) : null, q.Cue is { } c ? new Excerpt(new string(c.Text), c.Span) : null,
            q.Confidence, q.Continues, q.Type)).ToList();
        var claims = extracted.Claims.Select(c => new Claim(c.Id, new string(c.Text), c.Span, c.ClaimantId, c.Stance, c.CheckWorthiness, c.QuoteId)).ToList();
        var fresh = QuoteExtractor.Default.Extract(Article); // nothing of it read yet
        var made = fresh with { Quotes = quotes, Claims = claims };

        made.Quotes.Should().Equal(fresh.Quotes);
        made.Claims.Should().Equal(fresh.Claims);
        made.Quotes.Select(q => q.GetHashCode()).Should().Equal(fresh.Quotes.Select(q => q.GetHashCode()));
        made.Claims.Select(c => c.GetHashCode()).Should().Equal(fresh.Claims.Select(c => c.GetHashCode()));
        (made == extracted).Should().BeTrue();
    }

    [Fact]
    public void A_record_moved_with_a_new_span_keeps_its_text()
    {
        var quote = QuoteExtractor.Default.Extract(Article).Quotes[0];
        var text = Article.Substring(quote.Span.Start, quote.Span.Length);

        var moved = quote with { Span = new TextSpan(0, 2) };

        moved.Text.Should().Be(text);
        (moved.Cue! with { Span = new TextSpan(0, 2) }).Text.Should().Be(quote.Cue!.Text);
        (moved with { Text = "x" }).Text.Should().Be("x");
    }

    [Fact]
    public void A_result_with_one_list_element_changed_is_not_equal()
    {
        var a = SampleResults.Full();
        var changedQuote = a with { Quotes = [.. a.Quotes.Take(2), a.Quotes[2] with { Confidence = 0.51 }] };
        var changedTitle = a with { Speakers = [a.Speakers[0] with { Titles = ["President"] }, a.Speakers[1]] };
        var changedMembers = a with { Speakers = [a.Speakers[0], a.Speakers[1] with { Members = ["s1"] }] };

        (a == changedQuote).Should().BeFalse();
        (a == changedTitle).Should().BeFalse();
        (a == changedMembers).Should().BeFalse();
        (a == (a with { })).Should().BeTrue();
    }

    [Fact]
    public void The_lists_cannot_be_changed_through_a_cast()
    {
        var result = QuoteExtractor.Default.Extract(Article);
        var count = result.Quotes.Count;

        (result.Quotes is List<Quote>).Should().BeFalse();
        (result.Quotes is Quote[]).Should().BeFalse();
        ((Action)(() => ((IList<Quote>)result.Quotes).Clear())).Should().Throw<NotSupportedException>();
        ((Action)(() => ((IList<Excerpt>)result.Speakers[0].Mentions).RemoveAt(0))).Should().Throw<NotSupportedException>();
        ((Action)(() => ((IList<string>)result.Speakers[0].Members).Add("s9"))).Should().Throw<NotSupportedException>();
        result.Quotes.Should().HaveCount(count);
    }

    [Fact]
    public void Lists_given_to_a_record_are_copied_on_the_way_in_and_with_too()
    {
        var sample = SampleResults.Full();
        var quotes = sample.Quotes.ToList();
        var titles = new List<string> { "Russian President" };
        var result = new ExtractionResult(quotes, sample.Speakers, sample.Claims);
        var speaker = sample.Speakers[0] with { Titles = titles };

        quotes.Clear();
        titles.Add("Judoka");

        result.Quotes.Should().HaveCount(3);
        speaker.Titles.Should().Equal("Russian President");
    }

    [Fact]
    public void Null_lists_are_refused()
    {
        ((Action)(() => _ = new ExtractionResult(null!, [], []))).Should().Throw<ArgumentNullException>().WithParameterName("Quotes");
        ((Action)(() => _ = SampleResults.Full().Speakers[0] with { Members = null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Plain_JsonSerializer_writes_the_documented_contract()
    {
        var result = SampleResults.Full();
        var document = new ResultDocument("a.txt", null, result);

        var plain = JsonNode.Parse(JsonSerializer.Serialize(document));
        var generated = JsonNode.Parse(JsonSerializer.Serialize(document, QuoteExtractJsonContext.Default.ResultDocument));
        var contract = JsonNode.Parse(ResultJson.ToJson("a.txt", result));

        JsonNode.DeepEquals(plain, contract).Should().BeTrue(plain!.ToJsonString());
        JsonNode.DeepEquals(generated, contract).Should().BeTrue(generated!.ToJsonString());
        var quote = contract!["quotes"]![0]!.AsObject();
        quote["kind"]!.GetValue<string>().Should().Be("direct");
        quote.ContainsKey("span").Should().BeFalse("a span is written as start and end");
    }

    [Fact]
    public void A_result_alone_serializes_as_its_three_lists_and_reads_back_equal()
    {
        var result = QuoteExtractor.Default.Extract(Article);

        var json = JsonSerializer.Serialize(result, QuoteExtractJsonContext.Default.ExtractionResult);
        var back = JsonSerializer.Deserialize(json, QuoteExtractJsonContext.Default.ExtractionResult);

        JsonNode.Parse(json)!.AsObject().Select(p => p.Key).Should().Equal("quotes", "speakers", "claims");
        // Scores are written to 3 decimals, so compare what is written: reading and writing again changes nothing.
        JsonSerializer.Serialize(back, QuoteExtractJsonContext.Default.ExtractionResult).Should().Be(json);
        back!.Speakers.Should().Equal(result.Speakers);
        back.Quotes.Select(q => (q.Id, q.Text, q.Span, q.SpeakerId, q.Cue)).Should().Equal(result.Quotes.Select(q => (q.Id, q.Text, q.Span, q.SpeakerId, q.Cue)));
    }

    [Fact]
    public void Reading_a_wrong_shape_is_a_JsonException()
    {
        ((Action)(() => JsonSerializer.Deserialize("{\"quotes\": 3}", QuoteExtractJsonContext.Default.ExtractionResult)))
            .Should().Throw<JsonException>();
        ((Action)(() => JsonSerializer.Deserialize<Quote>("{\"id\": \"q1\"}"))).Should().Throw<JsonException>();
    }
}
