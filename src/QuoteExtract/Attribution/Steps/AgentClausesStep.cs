using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>Agent clauses, any verb with a speaker-like subject, proposed only when a model decides (<see cref="AttributionRuleId.AgentClause"/>).</summary>
internal sealed class AgentClausesStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, Document document, TakenTokens used) => stage.AgentClauses(document, used);
}
