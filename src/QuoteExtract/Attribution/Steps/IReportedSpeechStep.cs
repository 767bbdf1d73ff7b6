using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>
/// One step of the reported-speech stage over a whole document, run in the order of
/// <see cref="AttributionRuleSet.ReportedSpeechSteps"/>: the steps that propose (each candidate through the stage's gate,
/// marking the tokens it takes), then the steps that change what was kept (overlap resolution, quotes after reports).
/// </summary>
internal interface IReportedSpeechStep
{
    /// <summary>Runs the step on <paramref name="document"/>, with the tokens taken so far.</summary>
    void Run(ReportedSpeechStage stage, Document document, TakenTokens used);
}
