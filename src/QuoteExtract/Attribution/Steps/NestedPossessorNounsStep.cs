using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>A possessor's claim inside an accepted report: "rejected the minister's claim that X" (<see cref="AttributionRuleId.PossessorNoun"/>).</summary>
internal sealed class NestedPossessorNounsStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run) => stage.NestedPossessorNouns(run);
}
