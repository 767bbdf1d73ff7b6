using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// Headlines ("TEXT – NAME", "NAME: TEXT", "Obama Says …": the rules are in Rules/).
internal sealed partial class ReportedSpeechStage
{
    // A headline's attribution by dash or colon or cue (Rules/Headline*Rule): the first kept claims the sentence. It is
    // explicit: the model scores it but does not veto it (PolNeAR leaves most headlines unannotated, so the model learned
    // to doubt them).
    private static bool Headline(ReportedSpeechRun run, Sentence s, int paragraph)
    {
        var doc = run.Document;
        // (Each of the rules reads a headline only: other sentences, nearly all, are not offered to them.)
        if (!IsHeadline(doc, s, paragraph)) return false;
        foreach (var rule in doc.Options.AttributionRules.HeadlineRules)
            foreach (var a in rule.Propose(doc, s))
                if (run.TryAdd(a, explicitRule: true)) return true;
        return false;
    }
}
