using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Attribution.Rules;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// Nouns of saying: a possessor's claim, warning or pledge ("Trump's claim that …", "Lee's pledge to …"), a noun
// with its that-clause and no possessor ("amid speculation that …"), and such claims nested in accepted reports.
internal sealed partial class ReportedSpeechStage
{
    // "rejected the minister's claim that X": the claim is an attribution of its own, nested in the rejection's content.
    internal void NestedPossessorNouns(ReportedSpeechRun run)
    {
        var doc = run.Document;
        int count = doc.Attributions.Count;
        for (int a = 0; a < count; a++)
        {
            var outer = doc.Attributions[a];
            if (outer.QuotedSpan >= 0) continue;
            int first = doc.TokenAtOrAfter(outer.Content.Start);
            int sentence = doc.SentenceOfToken(first);
            if (sentence < 0) continue;
            var s = doc.Sentences[sentence];
            for (int i = first; i < doc.Tokens.Length && doc.Tokens[i].End <= outer.Content.End; i++)
            {
                if (CueFinder.At(doc, i) is not { } cue || PossessorNounReading.Read(doc, s, cue, ContentEnd(doc, s)) is not { } inner) continue;
                if (inner.Content.End > outer.Content.End || !doc.Options.AttributionRules.IsOn(inner.Rule)) continue;
                inner.Kind = ContainsQuote(doc, inner.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
                // Inside an accepted report, "the authorities' claims of X" is explicit: the model scores it but does
                // not veto it (it learned from outer contents, where such phrases are mostly part of what was said).
                if (doc.Options.Scorer is { } scorer) inner.Confidence = scorer.Score(doc, inner);
                doc.Attributions.Add(inner);
                run.Mark(inner);
                break;
            }
        }
    }

}
