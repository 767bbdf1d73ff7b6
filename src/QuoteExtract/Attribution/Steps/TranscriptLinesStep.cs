using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>Transcript lines, “NAME: words” paragraphs (<see cref="AttributionRuleId.TranscriptColon"/>).</summary>
internal sealed class TranscriptLinesStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, Document document, TakenTokens used) => stage.Transcripts(document, used);
}
