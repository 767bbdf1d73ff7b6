using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// What frames a quote: words around it that make it mixed, fragments that go on with it, titles that are no speech.
internal sealed partial class QuotedSpeechStage
{
    // "“I have admiration for the mechanics” of the proposals, Mr. Holtz said.": the clause goes on past the quote
    // to a comma, then the speaker and cue.
    internal static QuoteAttribution? QuoteThenWords(Document doc, QuoteContext ctx, QuotedSpan q, StrongCueScan cuesBefore)
    {
        int j = ctx.CloseToken + 1, limit = ctx.ClauseLimitAfter;
        if (j >= limit || doc.Tokens[j].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(j)[0])) return null;
        // "The mayor said that the plan was “a fair deal” in every district, …": the quote is inside that report.
        if (cuesBefore.Any(doc, ctx.SentenceStartToken, ctx.OpenToken)) return null;
        for (int i = j; i < limit && i - j <= 12; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark || doc.IsTerminal(i) || CueFinder.At(doc, i) is { Probability: >= 0.5 }) return null;
            if (!doc.IsPunct(i, ',')) continue;
            var np = NounPhraseReader.ReadForward(doc, i + 1, limit);
            if (np is null) return null;
            int c = CueFinder.SkipFillersForward(doc, np.EndToken, limit);
            if (CueFinder.At(doc, c) is not { } cue || !AttributionTail(doc, cue.End, limit)) return null;
            return new QuoteAttribution
            {
                Kind = QuoteKind.Mixed, Content = new TextSpan(q.Open.Start, doc.Tokens[i - 1].End), Cue = cue.Span(doc), Source = np,
                Confidence = 0.8, Rule = AttributionRuleId.QuoteSpeakerCue,
            };
        }
        return null;
    }

    // Whether a strong cue stands between a sentence's start and a token. Quotes come in text order, so each
    // sentence is read once however many quotes it holds (a sentence of many quotes stays linear).
    internal sealed class StrongCueScan
    {
        private int _sentenceStart = -1, _scanned, _found = -1;

        public bool Any(Document doc, int sentenceStart, int before)
        {
            if (sentenceStart != _sentenceStart) (_sentenceStart, _scanned, _found) = (sentenceStart, sentenceStart, -1);
            for (; _found < 0 && _scanned < before; _scanned++)
                if (CueFinder.At(doc, _scanned) is { Probability: >= 0.5 }) _found = _scanned;
            return _found >= 0 && _found < before;
        }
    }

    // "The plan is “a disaster,” Smith said.": words of the sentence before the quote (no cue among them) frame it;
    // what Smith said is the whole clause, a mixed quote.
    internal static QuoteAttribution? Framed(Document doc, QuoteContext ctx, QuotedSpan q, QuoteAttribution a)
    {
        if (a.Kind is not (QuoteKind.Direct or QuoteKind.Mixed) || a.Continues >= 0 || a.Rule is not (AttributionRuleId.QuoteSpeakerCue or AttributionRuleId.QuoteCueSpeaker)) return a;
        // "… lamenting the tasks his job entails: “There's …,” he said": a colon ends the words before; they introduce the
        // quote rather than belong to it.
        if (ctx.OpenToken > 0 && doc.IsPunct(ctx.OpenToken - 1, ':')) return a;
        int from = ctx.SentenceStartToken;
        // Not into an earlier quote or reported clause of the same sentence.
        for (int k = doc.Attributions.Count - 1; k >= 0 && k >= doc.Attributions.Count - 8; k--)
            if (doc.Attributions[k].Content.End <= q.Open.Start) { from = Math.Max(from, doc.TokenAtOrAfter(doc.Attributions[k].Content.End)); break; }
        while (from < ctx.OpenToken && (doc.Tokens[from].Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Dash
            || doc.Is(from, "and") || doc.Is(from, "but") || doc.Is(from, "so"))) from++;
        int words = 0;
        for (int i = from; i < ctx.OpenToken; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark || doc.IsTerminal(i)) return a;
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            // ("the polling ahead of the endorsement “felt like …,” she said": a cue word used as a noun frames too.)
            if (CueFinder.At(doc, i) is { Probability: >= 0.5 } inner && !UsedAsNoun(doc, inner)) return a;
            words++;
        }
        if (words == 0) return a;
        // "In his book, “Make Your Kid a Millionaire,” McKinley suggested that …": the cue has a clause of its own,
        // and the quote inside a sentence is no utterance of his.
        if (a.Cue is { } cueSpan && !AttributionTail(doc, doc.TokenAtOrAfter(cueSpan.End), ctx.ClauseLimitAfter)) return null;
        a.Kind = QuoteKind.Mixed;
        a.Content = new TextSpan(doc.Tokens[from].Start, Math.Max(a.Content.End, doc.Tokens[ctx.CloseToken].End));
        return a;
    }

    internal static bool IsWorkTitle(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int before = ctx.OpenToken - 1;
        if (before < 0 || doc.Tokens[before].Kind != TokenKind.Word || !doc.Words(WordList.TitlePrepositions).Contains(doc.TokenText(before))) return false;
        int first = ctx.OpenToken + 1, words = 0;
        for (int i = first; i < doc.Tokens.Length && doc.Tokens[i].End <= q.Content.End; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            var w = doc.TokenText(i);
            if (++words > 6 || !(char.IsUpper(w[0]) || doc.Words(WordList.TitleSmallWords).Contains(w))) return false;
        }
        return words > 0;
    }

    // "Blige sings to Clinton before | asking": words with a preposition in them are a clause, not a speaker.
    private static bool HasPreposition(Document doc, Mention m)
    {
        for (int i = m.FirstToken; i < m.EndToken; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.NotSpeakerPrepositions).Contains(doc.TokenText(i))) return true;
        return false;
    }

    // "retired Air Force general Lloyd Newton said": plain words ending in a name, when no other reading holds.
    private static Mention? NamedWords(Document doc, int from, int end)
    {
        if (end <= from || end - from > 8) return null;
        for (int i = from; i < end; i++) if (doc.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial)) return null;
        return doc.IsNameWord(end - 1) && NounPhraseReader.Analyze(doc, from, end) is { Shape: MentionShape.Name } m ? m : null;
    }

    private static bool OpensQuote(Document doc, int token)
    {
        int start = doc.Tokens[token].Start;
        int q = doc.QuoteAtOrAfter(start);
        return q < doc.Quotes.Length && doc.Quotes[q].Open.Start == start;
    }

    // The first token of the clause holding token <paramref name="at"/>: after the last comma, colon or "and" before it.
    private static int ClauseStartBefore(Document doc, int at, int min)
    {
        for (int i = at - 1; i > min; i--)
            if (doc.IsPunct(i, ',') || doc.IsPunct(i, ':') || doc.IsPunct(i, ';') || doc.Is(i, "and")) return i + 1;
        return min;
    }
}
