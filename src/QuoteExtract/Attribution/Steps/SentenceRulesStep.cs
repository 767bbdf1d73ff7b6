using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>The sentence rules (<see cref="AttributionRuleSet.SentenceRules"/>), built-in then registered, in order.</summary>
internal sealed class SentenceRulesStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run) => ReportedSpeechStage.SentenceRules(run);
}
