using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// Nouns of saying: a possessor's claim, warning or pledge ("Trump's claim that …", "Lee's pledge to …"), a noun
// with its that-clause and no possessor ("amid speculation that …"), and such claims nested in accepted reports.
internal sealed partial class ReportedSpeechStage
{
    // "rejected the minister's claim that X": the claim is an attribution of its own, nested in the rejection's content.
    private void NestedPossessorNouns(Document doc, TakenTokens used)
    {
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
                if (CueFinder.At(doc, i) is not { } cue || PossessorNoun(doc, s, cue, ContentEnd(doc, s)) is not { } inner) continue;
                if (inner.Content.End > outer.Content.End || !doc.Options.AttributionRules.IsOn(inner.Rule)) continue;
                inner.Kind = ContainsQuote(doc, inner.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
                // Inside an accepted report, "the authorities' claims of X" is explicit: the model scores it but does
                // not veto it (it learned from outer contents, where such phrases are mostly part of what was said).
                if (doc.Options.Scorer is { } scorer) inner.Confidence = scorer.Score(doc, inner);
                doc.Attributions.Add(inner);
                Mark(doc, used, inner);
                break;
            }
        }
    }

    private static readonly WordSet s_possessivePronouns = new("his", "her", "their", "its");
    // "Trump's claim that …", "the ministry's earlier warning that …", "his insistence that …": a cue noun with a
    // that-clause, spoken by its possessor.
    private static QuoteAttribution? PossessorNoun(Document doc, Sentence s, CueMatch cue, int end)
    {
        // "the minister's claim that X", "the authorities' claims of X" (a noun of saying, not a verb: "claims of").
        bool of = doc.Is(cue.End, "of") && doc.TokenText(cue.First).EndsWith('s') && (cue.Entry.Flags & CueFlags.Reporting) != 0;
        // "Clinton's plans to rally the base", "his call to end the rigged economy": an infinitive of intent.
        bool to = doc.Is(cue.End, "to") && (cue.Entry.Flags & (CueFlags.Reporting | CueFlags.Stance)) != 0 && cue.End + 1 < end && doc.Tokens[cue.End + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(cue.End + 1)[0])
            && !doc.Has(cue.End + 1, WordClass.Determiner) && !doc.Has(cue.End + 1, WordClass.Pronoun);
        if (!(doc.Is(cue.End, "that") || of || to) || cue.End + 2 >= end) return null;
        // A noun, not a verb after its subject ("his son refused to …", "her aide said that …").
        var form = doc.TokenText(cue.First);
        if (form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || PastSpeech.Contains(form)) return null;
        int j = cue.First - 1;
        // Up to two modifiers between the possessor and the noun ("earlier", "repeated").
        for (int m = 0; m < 2 && j > s.FirstToken && doc.Tokens[j].Kind == TokenKind.Word && char.IsLower(doc.TokenText(j)[0])
            && !s_possessivePronouns.Contains(doc.TokenText(j)); m++) j--;
        if (j < s.FirstToken) return null;
        Mention? source = null;
        if (doc.IsPossessive(j)) source = NounPhraseReader.ReadBackward(doc, j, s.FirstToken);
        else if (doc.Tokens[j].Kind == TokenKind.Word && s_possessivePronouns.Contains(doc.TokenText(j)))
        {
            var word = doc.TokenText(j);
            bool plural = word.Equals("their", StringComparison.OrdinalIgnoreCase);
            var kind = plural ? SpeakerKind.Group : word.Equals("its", StringComparison.OrdinalIgnoreCase) ? SpeakerKind.Organization : SpeakerKind.Person;
            var gender = word.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
            var span = doc.Tokens[j].Span;
            source = new Mention(span, span, [], MentionShape.Pronoun, kind, gender, plural, j, j + 1);
        }
        if (source is null) return null;
        return of ? Make(doc, cue with { End = cue.End + 1 }, source, cue.End + 1, ClauseStop(doc, cue.End + 1, end), 0.6, AttributionRuleId.PossessorNoun)
            : Make(doc, cue, source, cue.End, ClauseStop(doc, cue.End, end), 0.6, AttributionRuleId.PossessorNoun);
    }

    // "amid speculation that she will run", "the disclosure that she used a private server", "He has the firm belief
    // that …": a noun of saying or thinking with its that-clause and no possessor. Whoever has, voices or makes it
    // speaks; else no one is named.
    private static QuoteAttribution? NounThat(Document doc, Sentence s, CueMatch cue, int end)
    {
        if (!doc.Is(cue.End, "that") || cue.End + 3 >= end || !StartsClause(doc, cue.End + 1, end)) return null;
        var word = doc.TokenText(cue.First);
        int before = cue.First - 1;
        bool noun = UsedAsNoun(doc, cue) || HasNounEnding(word)
            || before >= s.FirstToken && doc.Tokens[before].Kind == TokenKind.Word && s_nounLeads.Contains(doc.TokenText(before));
        if (!noun || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || PastSpeech.Contains(word)
            || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ings", StringComparison.OrdinalIgnoreCase)) return null;
        // The verb whose object the noun is: up to three words back past a determiner and modifiers.
        Mention? source = null;
        for (int j = before; j >= s.FirstToken && before - j < 4; j--)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) break;
            if (!s_lightVerbs.Contains(doc.TokenText(j))) continue;
            source = CueFinder.SubjectOf(doc, new CueMatch(j, j + 1, s_lightVerbEntry, 0.5), s.FirstToken);
            break;
        }
        int stop = ClauseStop(doc, cue.End, end);
        if (doc.WordCount(Span(doc, cue.End, stop)) < 4) return null;
        return new QuoteAttribution
        {
            Content = Span(doc, cue.End, stop), Cue = cue.Span(doc), Source = source,
            Confidence = 0.5 * (0.5 + 0.5 * Math.Min(1, cue.Probability + 0.2)), Rule = AttributionRuleId.PossessorNoun,
        };
    }

    private static bool HasNounEnding(ReadOnlySpan<char> word)
    {
        foreach (var e in s_nounEndings) if (word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] s_nounEndings = ["tion", "sion", "ment", "ance", "ence", "ings", "ief", "ions", "ments", "ances", "ences"];
    private static readonly WordSet s_nounLeads = new("amid", "despite", "over", "growing", "widespread", "fresh", "renewed");
    private static readonly WordSet s_lightVerbs = new("has", "have", "had", "expressed", "voiced", "raised", "made", "makes", "offered", "shared", "repeated", "rejected", "dismissed", "denied");
    private static readonly CueEntry s_lightVerbEntry = new("(verb of a noun of saying)", CueFlags.None);
}
