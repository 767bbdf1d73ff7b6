using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Speakers;

/// <summary>
/// An entity's mentions, kept by the speaker stage as tokens and a reading and made records when
/// <see cref="SpeakerEntity.Mentions"/> is first read: the records are the phrases as read, and the list, once read, is
/// what every later reader sees.
/// </summary>
public class EntityMentionsTests
{
    private const string Text = "Finance Minister Ann Lee said on Monday that the talks had collapsed. Lee said she would return to the capital.";

    private static SpeakerEntity EntityNamed(Document doc, string name) => doc.Entities.Single(e => e.Name == name);

    [Fact]
    public void Mentions_read_from_an_analyzed_document_are_its_phrases_in_text_order_with_their_shapes_and_titles()
    {
        var doc = QuoteExtractor.Default.Analyze(Text);
        var lee = EntityNamed(doc, "Ann Lee");
        lee.Mentions.Select(m => doc.Text[m.Span.Start..m.Span.End]).Should().Equal("Finance Minister Ann Lee", "Lee", "she");
        lee.Mentions.Select(m => m.Shape).Should().Equal(MentionShape.Name, MentionShape.Name, MentionShape.Pronoun);
        lee.Mentions[2].Gender.Should().Be(Gender.Female);
        lee.Mentions[0].Titles.Select(t => doc.Text[t.Start..t.End]).Should().Equal("Finance Minister");
        foreach (var m in lee.Mentions) new TextSpan(doc.Tokens[m.FirstToken].Start, doc.Tokens[m.EndToken - 1].End).Should().Be(m.Span, "a mention spans its tokens");
    }

    [Fact]
    public void A_quotes_source_is_the_same_record_in_its_entitys_mentions()
    {
        var doc = QuoteExtractor.Default.Analyze(Text);
        var attribution = doc.Attributions.First(a => a.Source is not null && a.Entity >= 0);
        doc.Entities[attribution.Entity].Mentions.Should().Contain(m => ReferenceEquals(m, attribution.Source));
    }

    [Fact]
    public void A_mention_a_later_stage_adds_is_in_the_result()
    {
        var extractor = new QuoteExtractorBuilder().UseAfter(PipelineStageNames.Speakers, new CapitalMention()).Build();
        var result = extractor.Extract(Text);
        result.Speakers.Single(s => s.Name == "Ann Lee").Mentions.Select(m => m.Text).Should().EndWith("the capital");
    }

    // Adds "the capital" to the mentions of the entity of the first quote's speaker (a custom stage's own coreference).
    private sealed class CapitalMention : IPipelineStage
    {
        public void Process(Document document)
        {
            int e = document.Attributions.First(a => a.Entity >= 0).Entity;
            int start = document.Text.IndexOf("the capital", StringComparison.Ordinal);
            var span = new TextSpan(start, start + "the capital".Length);
            int first = document.TokenAtOrAfter(span.Start), end = document.TokenAtOrAfter(span.End - 1) + 1;
            document.Entities[e].Mentions.Add(new Mention(span, span, [], MentionShape.Nominal, SpeakerKind.Unknown, Gender.Unknown, false, first, end));
        }
    }
}
