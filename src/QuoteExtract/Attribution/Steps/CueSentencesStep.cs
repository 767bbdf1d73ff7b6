using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>Each sentence: its headline rules (<see cref="AttributionRuleSet.HeadlineRules"/>), the content-first tail, then each cue offered to the cue readings (<see cref="AttributionRuleSet.CueReadings"/>).</summary>
internal sealed class CueSentencesStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run) => stage.CueSentences(run);
}
