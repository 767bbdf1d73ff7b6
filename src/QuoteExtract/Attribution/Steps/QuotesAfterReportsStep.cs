using QuoteExtract.Attribution.Rules;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>After the gate: a quote that opens the sentence right after a report and names no one goes on with the report's speaker (<see cref="AfterReportRule"/>), replacing an unattributed one.</summary>
internal sealed class QuotesAfterReportsStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run) => AfterReportRule.Run(run.Document);
}
