using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Pipeline;

/// <summary>A custom stage placed by name: before the speakers stage its quotes get speakers.</summary>
public class StagePlacementTests
{
    // A transcript line no built-in rule reads as a quote: "LEE — we will win the vote".
    private const string Text = "Mayor Ann Lee spoke on Monday. LEE — we will win the vote and keep the bridge open.";

    /// <summary>Reads "NAME — words" lines: the words are a direct quote, the name its source.</summary>
    private sealed class DashLineStage : IPipelineStage
    {
        public void Process(Document document)
        {
            var text = document.Text;
            var dash = text.IndexOf(" — ", StringComparison.Ordinal);
            if (dash < 0) return;
            var nameStart = text.LastIndexOf(". ", dash, StringComparison.Ordinal) + 2;
            var name = new TextSpan(nameStart, dash);
            int first = document.TokenAtOrAfter(name.Start), end = document.TokenAtOrAfter(name.End);
            var source = new Mention(name, name, [], MentionShape.Name, SpeakerKind.Person, Gender.Unknown, false, first, end);
            document.Attributions.Add(new QuoteAttribution
            {
                Kind = QuoteKind.Direct,
                Content = new TextSpan(dash + 3, text.Length - 1),
                Source = source,
                Confidence = 0.9,
                Pattern = "dash-line",
            });
        }
    }

    [Fact]
    public void A_stage_placed_before_the_speakers_gets_its_quote_a_speaker_named_in_full()
    {
        var extractor = new QuoteExtractorBuilder().UseBefore(PipelineStageNames.Speakers, new DashLineStage()).Build();

        var result = extractor.Extract(Text);

        var quote = result.Quotes.Should().ContainSingle(q => q.Text.StartsWith("we will win")).Subject;
        result.SpeakerOf(quote)!.Name.Should().Be("Ann Lee");
        extractor.Stages.Select(s => s.Name).Should().Equal(
            PipelineStageNames.Text, PipelineStageNames.QuotedSpeech, PipelineStageNames.ReportedSpeech,
            PipelineStageNames.AttributionTypes, nameof(DashLineStage), PipelineStageNames.Speakers, PipelineStageNames.Claims);
    }

    [Fact]
    public void A_stage_appended_after_the_claims_gets_no_speaker()
    {
        var result = new QuoteExtractorBuilder().Use(new DashLineStage()).Build().Extract(Text);

        result.Quotes.Should().ContainSingle(q => q.Text.StartsWith("we will win")).Which.SpeakerId.Should().BeNull();
    }

    [Fact]
    public void UseAfter_Replace_and_Remove_place_by_name()
    {
        var builder = new QuoteExtractorBuilder()
            .UseAfter(PipelineStageNames.Text, new DashLineStage())
            .Remove(PipelineStageNames.Claims)
            .Replace(PipelineStageNames.ReportedSpeech, new DashLineStage());

        builder.Stages.Select(s => s.Name).Should().Equal(
            PipelineStageNames.Text, nameof(DashLineStage), PipelineStageNames.QuotedSpeech, nameof(DashLineStage),
            PipelineStageNames.AttributionTypes, PipelineStageNames.Speakers);
        builder.Build().Extract("Lee said the bridge would stay open.").Claims.Should().BeEmpty("the claims stage was removed");
    }

    [Fact]
    public void An_unknown_stage_name_is_refused_with_the_names_there_are()
    {
        var builder = new QuoteExtractorBuilder();

        ((Action)(() => builder.UseBefore("speaker", new DashLineStage()))).Should().Throw<ArgumentException>()
            .WithMessage("*'speaker'*speakers*").WithParameterName("stageName");
        ((Action)(() => builder.UseAfter(null!, new DashLineStage()))).Should().Throw<ArgumentNullException>();
        ((Action)(() => builder.UseBefore(PipelineStageNames.Speakers, null!))).Should().Throw<ArgumentNullException>();
    }
}
