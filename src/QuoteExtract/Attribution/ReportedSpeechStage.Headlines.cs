using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// Headlines ("TEXT – NAME", "NAME: TEXT", "Obama Says …") and interview transcripts ("PENCE: Well, …").
internal sealed partial class ReportedSpeechStage
{
    // Headlines: "TEXT – NAME" and "NAME: TEXT" in a paragraph with no sentence punctuation.
    private bool Headline(Document doc, Sentence s, int end, TakenTokens used)
    {
        int p = doc.ParagraphAt(doc.Tokens[s.FirstToken].Start);
        if (p < 0 || doc.Paragraphs[p].Span != s.Span || s.TokenCount > 30) return false;
        var lastToken = doc.Tokens[s.EndToken - 1];
        if (lastToken.Kind == TokenKind.Punctuation && doc.Text[lastToken.Start] is '.' or '?' or '!') return false;
        for (int i = s.EndToken - 2; i > s.FirstToken + 2; i--)
        {
            if (doc.Tokens[i].Kind != TokenKind.Dash) continue;
            var name = NounPhraseReader.ReadForward(doc, i + 1, s.EndToken);
            if (name is null || name.Shape != MentionShape.Name || name.EndToken != s.EndToken) return false;
            var a = new QuoteAttribution
            {
                Content = Span(doc, s.FirstToken, i), Cue = doc.Tokens[i].Span, Source = name,
                Confidence = 0.6, Rule = AttributionRuleId.HeadlineDash,
            };
            return TryAdd(doc, used, a, explicitRule: true);
        }
        // "NAME: TEXT"
        for (int i = s.FirstToken + 1; i < s.FirstToken + 5 && i < s.EndToken - 2; i++)
        {
            if (!doc.IsPunct(i, ':')) continue;
            var name = NounPhraseReader.ReadForward(doc, s.FirstToken, i);
            if (name is null || name.Shape != MentionShape.Name || name.EndToken != i || IsEditorialLabel(doc, s.FirstToken, i)) return false;
            var a = new QuoteAttribution
            {
                Content = Span(doc, i + 1, s.EndToken), Cue = doc.Tokens[i].Span, Source = name,
                Confidence = 0.6, Rule = AttributionRuleId.HeadlineColon,
            };
            return TryAdd(doc, used, a, explicitRule: true);
        }
        // "Obama Says Museum Will Tell …", "Trump Urges Supporters To …": a title-case headline whose verb is a speech cue.
        for (int i = s.FirstToken + 1; i < end - 3 && i < s.FirstToken + 8; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsUpper(doc.Text[doc.Tokens[i].Start])) continue;
            int id = doc.CueFormIdAt(i);
            if (id < 0 || CueForms.ById(id).Hand is not { } entry || (entry.Flags & CueFlags.Reporting) == 0) continue;
            var name = NounPhraseReader.ReadForward(doc, s.FirstToken, i);
            if (name is null || name.EndToken != i || name.Shape != MentionShape.Name) return false;
            var a = Make(doc, new CueMatch(i, i + 1, entry, 0.9), name, i + 1, end, 0.6, AttributionRuleId.HeadlineCue);
            return a is not null && TryAdd(doc, used, a, explicitRule: true);
        }
        return false;
    }

    private static readonly WordSet s_editorialLabels = new(
        "correction", "corrections", "clarification", "update", "updated", "note", "editor", "related", "watch", "read",
        "photo", "photos", "video", "source", "sources", "disclosure", "latest", "breaking", "analysis", "opinion", "live",
        "contributing", "byline", "credit", "credits", "caption", "copyright", "follow", "subscribe", "advertisement",
        "twitter", "facebook", "instagram", "email", "contact", "paid", "notice", "boom", "revealed", "look", "pic",
        "exclusive", "scanner", "listen", "topics", "tags");

    // "CLARIFICATION: …", "Editor's note: …", "The Latest: …": a newsroom's label before a colon, not a speaker.
    private static bool IsEditorialLabel(Document doc, int from, int colon)
    {
        for (int i = from; i < colon; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word && s_editorialLabels.Contains(doc.TokenText(i))) return true;
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
    private void Transcripts(Document doc, TakenTokens used)
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
