using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>After the gate: crossing contents of kept attributions are cut back or dropped (<see cref="OverlapResolver"/>); two contents nest or stay apart.</summary>
internal sealed class OverlapResolutionStep : IReportedSpeechStep
{
    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run) => OverlapResolver.Resolve(run.Document);
}
