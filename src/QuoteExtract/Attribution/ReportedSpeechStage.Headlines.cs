using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// Headlines ("TEXT – NAME", "NAME: TEXT", "Obama Says …": the rules are in Rules/) and interview transcripts ("PENCE: Well, …").
internal sealed partial class ReportedSpeechStage
{
    // A headline's attribution by dash or colon or cue (Rules/Headline*Rule): the first kept claims the sentence. It is
    // explicit: the model scores it but does not veto it (PolNeAR leaves most headlines unannotated, so the model learned
    // to doubt them).
    private static bool Headline(Document doc, Sentence s, TakenTokens used)
    {
        // (Each of the rules reads a headline only: other sentences, nearly all, are not offered to them.)
        if (!IsHeadline(doc, s)) return false;
        foreach (var rule in doc.Options.AttributionRules.HeadlineRules)
            foreach (var a in rule.Propose(doc, s))
                if (TryAdd(doc, used, a, explicitRule: true)) return true;
        return false;
    }

    // Four or more short items separated by commas: a list.
    private static bool IsNameList(Document doc, int from, int end)
    {
        int commas = 0, words = 0;
        for (int i = from; i < end && i - from <= 40; i++)
        {
            if (doc.IsPunct(i, ',')) { if (words > 3) return false; commas++; words = 0; continue; }
            if (doc.Tokens[i].Kind == TokenKind.Word) words++;
        }
        return commas >= 4;
    }

    // Interview transcripts: a paragraph that opens with a speaker's name and a colon ("PENCE: Well, look, …").
    internal void Transcripts(Document doc, TakenTokens used)
    {
        for (int p = 0; p < doc.Paragraphs.Length; p++)
        {
            if (doc.Options.SkipBoilerplate && p < doc.BoilerplateParagraphs.Length && doc.BoilerplateParagraphs[p]) continue;
            var para = doc.Paragraphs[p].Span;
            int first = doc.TokenAtOrAfter(para.Start), end = doc.TokenAtOrAfter(para.End);
            int colon = -1;
            for (int i = first + 1; i < end && i <= first + 4; i++) if (doc.IsPunct(i, ':')) { colon = i; break; }
            if (colon < 0 || end - colon < 4 || used[first]) continue;
            var name = NounPhraseReader.ReadForward(doc, first, colon);
            if (name is null || name.Shape != MentionShape.Name || name.EndToken != colon || IsEditorialLabel(doc, first, colon)) continue;
            if (IsNameList(doc, colon + 1, end)) continue; // "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …" lists, not speaks
            // Headline-style "Name: Text" of a single short line is a headline attribution, not a transcript.
            var a = new QuoteAttribution
            {
                Content = Span(doc, colon + 1, end), Cue = doc.Tokens[colon].Span, Source = name,
                Confidence = 0.65, Rule = AttributionRuleId.TranscriptColon,
            };
            TryAdd(doc, used, a);
        }
    }
}
