using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// Interview transcripts (<see cref="AttributionRuleId.TranscriptColon"/>): a paragraph that opens with a speaker's name
/// and a colon ("PENCE: Well, look, …") is the name's words. The reported-speech stage offers it each paragraph
/// (Steps/TranscriptLinesStep.cs) before any sentence rule.
/// </summary>
internal sealed class TranscriptLineRule
{
    /// <summary>The transcript line paragraph <paramref name="p"/> is, or null (also when its first word is taken).</summary>
    public QuoteAttribution? Propose(Document doc, int p, TakenTokens used)
    {
        var para = doc.Paragraphs[p].Span;
        int first = doc.TokenAtOrAfter(para.Start);
        int colon = -1;
        // (Tokens before TokenAtOrAfter(para.End) are those that end within the paragraph: the end is looked up only for
        // the few paragraphs with a colon.)
        for (int i = first + 1; i < doc.Tokens.Length && doc.Tokens[i].End <= para.End && i <= first + 4; i++) if (doc.IsPunct(i, ':')) { colon = i; break; }
        if (colon < 0) return null;
        int end = doc.TokenAtOrAfter(para.End);
        if (end - colon < 4 || used[first]) return null;
        var name = NounPhraseReader.ReadForward(doc, first, colon);
        if (name is null || name.Shape != MentionShape.Name || name.EndToken != colon || IsEditorialLabel(doc, first, colon)) return null;
        if (IsNameList(doc, colon + 1, end)) return null; // "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …" lists, not speaks
        // Headline-style "Name: Text" of a single short line is a headline attribution, not a transcript.
        return new QuoteAttribution
        {
            Content = Span(doc, colon + 1, end), Cue = doc.Tokens[colon].Span, Source = name,
            Confidence = 0.65, Rule = AttributionRuleId.TranscriptColon,
        };
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
}
