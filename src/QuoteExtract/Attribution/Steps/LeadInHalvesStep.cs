using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>The first halves of quotes with an inserted speaker: "An economic downturn, he said, “would hurt every family.”" (<see cref="AttributionRuleId.Parenthetical"/>); the quote continues its half.</summary>
internal sealed class LeadInHalvesStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run) => ReportedSpeechStage.LeadInHalves(run);
}
