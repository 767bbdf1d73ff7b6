using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

// Reported questions ("Asked whether he would run again, Lee said …") and findings reported from a poll or a
// study ("In a Gazette poll last month, Lee led by six points", "… ahead of her rival in the latest poll").
internal sealed partial class ReportedSpeechStage
{
    private static readonly WordSet s_questionOpeners = new("whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where", "about");

    // "Asked (on Monday | by a reporter | during a debate) whether X, …": the question is reported, its asker unnamed.
    // The sentence's subject answers it; the asker is not the subject, so the record names no speaker.
    private static QuoteAttribution? AskedQuestion(Document doc, Sentence s, CueMatch cue, int end)
    {
        if (!doc.TokenText(cue.First).Equals("asked", StringComparison.OrdinalIgnoreCase)) return null;
        int lead = SkipConjunctions(doc, s.FirstToken, cue.First);
        bool opens = cue.First == lead || cue.First == lead + 1 && doc.Is(lead, "when")
            || cue.First > s.FirstToken && (doc.Is(cue.First - 1, "when") || doc.Is(cue.First - 1, "being") && doc.Is(cue.First - 2, "after"));
        if (!opens) return null;
        int q = -1;
        for (int j = cue.End; j < end && j - cue.End <= 8; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Word && s_questionOpeners.Contains(doc.TokenText(j))) { q = j; break; }
            if (doc.Tokens[j].Kind is TokenKind.QuoteMark || doc.IsPunct(j, ',') || doc.IsTerminal(j)) break;
        }
        if (q < 0) return null;
        // "asked about the plan": the preposition belongs to the cue, its object is the question.
        var cueSpan = cue.Span(doc);
        if (doc.Is(q, "about") && q == cue.End) { cueSpan = new TextSpan(cueSpan.Start, doc.Tokens[q].End); q++; }
        int stop = q + 1;
        while (stop < end && !doc.IsPunct(stop, ',') && !doc.IsPunct(stop, ':') && !doc.IsPunct(stop, ';')) stop++;
        if (q >= end || doc.WordCount(Span(doc, q, stop)) < 2) return null;
        return new QuoteAttribution
        {
            Kind = QuoteKind.Indirect, Content = Span(doc, q, stop), Cue = cueSpan,
            Confidence = 0.6, Rule = AttributionRuleId.AskedQuestion,
        };
    }

    private static readonly WordSet s_evidenceHeads = new(
        "poll", "polls", "survey", "surveys", "study", "studies", "census", "analysis", "audit", "estimate", "estimates",
        "tally", "average", "data", "ranking", "rankings", "forecast", "projections", "count");

    // "In NP, CONTENT." / "CONTENT(,) in NP." where NP is a poll, survey or study: the finding is the poll's.
    // Runs after the other readings, filling in only where nothing else was found.
    private static void EvidenceIn(Document doc, Sentence s, int end, TakenTokens used)
    {
        int first = SkipConjunctions(doc, s.FirstToken, end);
        if (doc.Is(first, "in") && EvidenceSource(doc, first + 1, end) is { } front && doc.IsPunct(front.EndToken, ','))
        {
            var a = new QuoteAttribution
            {
                Content = Span(doc, front.EndToken + 1, end), Cue = doc.Tokens[first].Span, Source = front,
                Confidence = 0.6, Rule = AttributionRuleId.EvidenceIn,
            };
            if (doc.WordCount(a.Content) >= 3) TryAdd(doc, used, a);
            return;
        }
        // The last "in" of the sentence, whose phrase runs to the sentence end.
        for (int i = end - 2; i > first + 2 && end - i <= 14; i--)
        {
            if (!doc.Is(i, "in")) continue;
            if (EvidenceSource(doc, i + 1, end) is not { } back || back.EndToken != end) return;
            int to = doc.IsPunct(i - 1, ',') ? i - 1 : i;
            var a = new QuoteAttribution
            {
                Content = Span(doc, first, to), Cue = doc.Tokens[i].Span, Source = back,
                Confidence = 0.6, Rule = AttributionRuleId.EvidenceIn,
            };
            if (doc.WordCount(a.Content) >= 3) TryAdd(doc, used, a);
            return;
        }
    }

    // A phrase up to the next comma (or the end) naming a poll, survey or study: "a Gazette poll last month", "an
    // average calculated by the Gazette". Not the idiom "in the polls": the phrase names whose it is (a capital
    // after its first word), and the poll word is its head or near its end.
    private static Mentions.Mention? EvidenceSource(Document doc, int from, int end)
    {
        var phrase = PhraseToComma(doc, from, end);
        if (phrase is null || phrase.EndToken - from > 12) return null;
        int head = -1;
        bool named = false;
        for (int j = from; j < phrase.EndToken; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) continue;
            if (s_evidenceHeads.Contains(doc.TokenText(j))) head = j;
            named |= j > from && char.IsUpper(doc.TokenText(j)[0]);
            if (s_finiteAuxiliaries.Contains(doc.TokenText(j)) || doc.Is(j, "but") || doc.Is(j, "and")) return null;
        }
        return head >= 0 && named && (phrase.EndToken - head <= 6) ? phrase : null;
    }
}
