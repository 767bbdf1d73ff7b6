using QuoteExtract.Attribution.Rules;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Steps;

/// <summary>Transcript lines, “NAME: words” paragraphs (<see cref="TranscriptLineRule"/>), each through the gate.</summary>
internal sealed class TranscriptLinesStep : IReportedSpeechStep
{
    private static readonly TranscriptLineRule s_rule = new();

    /// <inheritdoc />
    public void Run(ReportedSpeechStage stage, ReportedSpeechRun run)
    {
        var document = run.Document;
        for (int p = 0; p < document.Paragraphs.Length; p++)
        {
            if (document.Options.SkipBoilerplate && p < document.BoilerplateParagraphs.Length && document.BoilerplateParagraphs[p]) continue;
            if (s_rule.Propose(document, p, run.Used) is { } a) run.TryAdd(a);
        }
    }
}
