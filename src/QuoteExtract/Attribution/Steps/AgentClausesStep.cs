using QuoteExtract.Attribution.Rules;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>Agent clauses, any verb with a speaker-like subject, proposed only when a model decides (<see cref="AgentClauseRule"/>).</summary>
internal sealed class AgentClausesStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run) => AgentClauseRule.Run(run);
}
