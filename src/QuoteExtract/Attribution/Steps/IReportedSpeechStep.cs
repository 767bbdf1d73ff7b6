using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>
/// One step of the reported-speech stage over a whole document, run in the order of
/// <see cref="AttributionRuleSet.ReportedSpeechSteps"/>: the steps that propose (each candidate through the stage's gate,
/// marking the tokens it takes), then the steps that change what was kept (overlap resolution, quotes after reports).
/// </summary>
internal interface IReportedSpeechStep
{
    /// <summary>Runs the step in <paramref name="run"/> (its document, the tokens taken so far, the gate).</summary>
    void Run(ReportedSpeechStage stage, ReportedSpeechRun run);
}
