using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// A speaker and cue right next to a quote: after it ("“…,” Lee said"), before it ("Lee said: “…”", "Lee boomed:
// “…”"), a paragraph lead-in ending in a colon, and "“A,” she said, but “B.”".
internal sealed partial class QuotedSpeechStage
{
    // “Q,” SPEAKER CUE … / “Q,” CUE SPEAKER …

    internal static QuoteAttribution? AfterQuote(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int j = ctx.CloseToken + 1;
        int limit = ctx.ClauseLimitAfter;
        // “…” — Jane Roe (pull quotes and vox pops): the dash is the cue, a name ending the paragraph the speaker.
        if (j < limit && doc.Tokens[j].Kind == TokenKind.Dash && NounPhraseReader.ReadForward(doc, j + 1, limit) is { Shape: MentionShape.Name } named
            && (named.EndToken >= limit || doc.IsPunct(named.EndToken, ',') || doc.IsTerminal(named.EndToken) && named.EndToken + 1 >= ctx.ParagraphEndToken))
        {
            return new QuoteAttribution
            {
                Kind = QuoteKind.Direct, Content = q.Content, Cue = doc.Tokens[j].Span, Source = named,
                Confidence = 0.8, Rule = AttributionRuleId.QuoteDashName,
            };
        }
        // Whether the quote is set off from what follows ("“…,” she said", "“…” — she said"), not run on into its clause.
        var inside = doc.Slice(q.Content).TrimEnd();
        bool setOff = inside.Length > 0 && inside[^1] is ',' or '?' or '!' or '—' or '…';
        if (j < limit && (doc.IsPunct(j, ',') || doc.Tokens[j].Kind == TokenKind.Dash)) { j++; setOff = true; }
        if (j >= limit) return null;

        // Inverted only with a verb that inverts, in a finite form: "“…,” citing its audits" is no speaker.
        if (CueFinder.At(doc, j) is { } inverted && (inverted.Entry.Flags & CueFlags.Invertible) != 0
            && !doc.TokenText(inverted.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // "…,” said 9/11 widow Terry Strada.": plain words ending the sentence, when the phrase reader fails.
            var speaker = NounPhraseReader.ReadForward(doc, inverted.End, limit)
                ?? (CueFinder.BareObject(doc, inverted.End, limit) is { Shape: MentionShape.Name } bare ? bare : null);
            if (speaker is not null)
                return Direct(doc, q, inverted, TrailingAppositive(doc, speaker, limit), speaker.Shape == MentionShape.Pronoun ? 0.85 : 0.9, AttributionRuleId.QuoteCueSpeaker);
        }

        var np = NounPhraseReader.ReadForward(doc, j, limit);
        // "“…,” Obama's former campaign strategist said": a few plain words before a cue are its subject
        // even where the phrase reader does not know their head (not when the quote runs on: "“…” every time she thinks").
        if ((np is null || !FollowedByCue(doc, np.EndToken, limit)) && setOff)
        {
            for (int c = j + 1; c < limit && c - j <= 8; c++)
            {
                if (CueFinder.At(doc, c) is null) continue;
                int subjectEnd = CueFinder.SkipFillersBackward(doc, c, j);
                var bare = CueFinder.BareSubject(doc, j, c) ?? NamedWords(doc, j, subjectEnd);
                if (bare is not null && subjectEnd == bare.EndToken && !HasPreposition(doc, bare)) np = bare;
                break;
            }
        }
        // "“glad to hear” that the board was replaced": a clause word after the quote opens no speaker.
        if (np is null || doc.Is(np.FirstToken, "that") || doc.Is(np.FirstToken, "which") || doc.Is(np.FirstToken, "what")) return null;
        // A quote run on into its clause takes only a plain name or pronoun ("“…” Lee said"), not "“…” every time she thinks".
        if (!setOff && (np.Shape is not (MentionShape.Name or MentionShape.Pronoun) || doc.Words(WordList.TimeLeads).Contains(doc.TokenText(np.FirstToken)))) return null;
        int k = np.EndToken;
        var appositive = Appositive(doc, k, limit);
        if (appositive.End > 0) k = appositive.End;
        // "Mr. Morgan of the Sierra Club said": an affiliation between the name and the cue belongs to the speaker.
        else if (k < limit && (doc.Is(k, "of") || doc.Is(k, "from") || doc.Is(k, "at")) && NounPhraseReader.ReadForward(doc, k + 1, limit) is { } affiliation
            && CueFinder.At(doc, CueFinder.SkipFillersForward(doc, affiliation.EndToken, limit)) is not null)
        {
            np = np with { Span = new TextSpan(np.Span.Start, affiliation.Span.End), Titles = [.. np.Titles, new TextSpan(doc.Tokens[k].Start, affiliation.Span.End)], EndToken = affiliation.EndToken };
            k = affiliation.EndToken;
        }
        k = CueFinder.SkipFillersForward(doc, k, limit);
        // "“…,” Trump shot back.", "“…,” she deadpanned.": after a set-off quote, any past verb of a name or pronoun
        // that ends the sentence introduces it.
        if (CueFinder.At(doc, k) is not { } cue)
        {
            if (!setOff || np.Shape is not (MentionShape.Name or MentionShape.Pronoun) || LoosePastVerb(doc, k, limit) is not { } loose) return null;
            cue = loose;
        }
        // After a quote that ends its sentence (“No.”), "Clinton plans to …" starts a new sentence rather than attributing it.
        if (EndsSentence(doc, q) && !AttributionTail(doc, cue.End, limit)) return null;
        // "“… so well.” He touted his victories in three states.": a capital after a finished quote opens a sentence of
        // its own; it attributes the quote only as a bare tail ("“No.” Lee said on Monday.").
        // (A plain verb of saying keeps the usual tail: "“…?” Lee said to a crowd of about 500.")
        if (EndsSentence(doc, q) && char.IsUpper(doc.TokenText(np.FirstToken)[0]) && !PlainSpeechLemmas.Contains(cue.Entry.Lemma)
            && !BareTail(doc, cue, limit)) return null;
        // "Remarking upon Clinton's “genuine empathy,” Starr said, “Leave aside …”": a quote inside the words that open
        // the sentence is no utterance of the speaker whose cue introduces the next quote.
        if (!ctx.StartsSentence && cue.End + 1 < doc.Tokens.Length && (doc.IsPunct(cue.End, ',') || doc.IsPunct(cue.End, ':')) && OpensQuote(doc, cue.End + 1))
            return null;
        if (appositive.Title is { } title) np = np with { Titles = [.. np.Titles, title] };
        return Direct(doc, q, cue, np, np.Shape == MentionShape.Pronoun ? 0.85 : 0.92, AttributionRuleId.QuoteSpeakerCue);
    }

    // "Asked about it, Lee cracked, “…”": a name or pronoun and a verb of manner right before the comma and the quote.
    private static QuoteAttribution? CommaLeadIn(Document doc, QuotedSpan q, int comma, int min)
    {
        int v = comma - 1;
        if (doc.SentenceOfToken(v) is var sentence and >= 0) min = Math.Max(min, doc.Sentences[sentence].FirstToken);
        if (v <= min || doc.Tokens[v].Kind != TokenKind.Word || !doc.Words(WordList.LooseSpeechPasts).Contains(doc.TokenText(v))) return null;
        var verb = new CueMatch(v, v + 1, s_colonVerb, 0.5);
        return NounPhraseReader.ReadBackward(doc, CueFinder.SkipFillersBackward(doc, v, min), min) is { Shape: MentionShape.Name or MentionShape.Pronoun } speaker
            ? Direct(doc, q, verb, speaker, 0.7, AttributionRuleId.SpeakerCueQuote) : null;
    }

    private static CueMatch? LoosePastVerb(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word) return null;
        var word = doc.TokenText(k);
        if (!char.IsLower(word[0]) || !(word.EndsWith("ed", StringComparison.Ordinal) || doc.Words(WordList.PastsBeforeColon).Contains(word) || doc.Words(WordList.LooseSpeechPasts).Contains(word))) return null;
        int end = k + 1;
        if (end < limit && doc.Tokens[end].Kind == TokenKind.Word && doc.Words(WordList.VerbParticles).Contains(doc.TokenText(end))) end++;
        // Only the sentence end, a comma or a time or place after it ("“…,” Lee fumed on Tuesday."): an object would make
        // it a sentence of its own.
        var verb = new CueMatch(k, end, s_colonVerb, 0.5);
        return BareTail(doc, verb, limit) ? verb : null;
    }

    // Up to the sentence end (or a clause of time: "as he left"), only words of time, place and audience ("on Monday",
    // "in Ohio", "told reporters") and adverbs ("asked rhetorically"); a question may be asked of anyone.
    private static bool BareTail(Document doc, CueMatch cue, int limit)
    {
        int from = cue.End;
        if (cue.Entry.Lemma == "ask" && NounPhraseReader.ProbeForward(doc, from, limit) is { } asked) from = asked.End;
        for (int i = from; i < limit && i - from <= 6; i++)
        {
            if (doc.IsTerminal(i) || doc.IsPunct(i, ',') || doc.Tokens[i].Kind == TokenKind.Dash) return true;
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            if (doc.Words(WordList.TailClauseStarts).Contains(doc.TokenText(i))) return true;
            if (!IsTimeWord(doc, i) && !char.IsUpper(doc.TokenText(i)[0]) && !doc.Has(i, WordClass.Filler)) return false;
        }
        return limit - from <= 6;
    }

    // SPEAKER CUE: “Q” / SPEAKER CUE, “Q” / SPEAKER CUE “Q” / SPEAKER CUE that “Q”
    internal static QuoteAttribution? BeforeQuote(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        if (ctx.OpenToken == ctx.ParagraphStartToken) return LeadIn(doc, ctx, q);
        int min = ctx.ClauseLimitBefore;
        int k = ctx.OpenToken - 1;
        char sep = '\0';
        if (k >= min && (doc.IsPunct(k, ':') || doc.IsPunct(k, ','))) { sep = doc.Text[doc.Tokens[k].Start]; k--; }
        else if (k >= min && doc.Is(k, "that")) return null; // a quote inside a reported clause: see InsideClause
        if (sep == ',' && CommaLeadIn(doc, q, k + 1, min) is { } manner) return manner;

        for (int i = k; i >= min && k - i < MaxGapBeforeQuote; i--)
        {
            if (doc.Tokens[i].Kind is TokenKind.QuoteMark || doc.IsTerminal(i)) break;
            if (CueFinder.At(doc, i) is not { } cue) continue;
            // Directly before the quote, or separated from it by a colon, comma or "that" (an object or phrase may sit between);
            // "The mayor told reporters “We will rebuild.”": with nothing between, only a verb's audience.
            bool audience = sep == '\0' && cue.End != ctx.OpenToken && IsAudience(doc, cue, ctx, q);
            if (sep == '\0' && cue.End != ctx.OpenToken && !audience) return null;
            if ((cue.Entry.Flags & CueFlags.Naming) != 0 && sep != ':') return null;
            // "the 34-year-old mother of three replied, “…”": plain words before the cue, when the phrase reader fails.
            // (The audience is never an inverted speaker: "Lee told CNN “…”" is Lee's.)
            var speaker = CueFinder.SpeakerOf(doc, cue, min, audience ? cue.End : k + 1) ?? CueFinder.BareSubject(doc, ClauseStartBefore(doc, cue.First, min), cue.First);
            // ("but told his supporters, “…”": a word only rarely a cue, with no speaker, is passed over.)
            if (speaker is null) { if (cue.Probability < 0.2) continue; return null; }
            bool fragment = sep == 't' || (sep == '\0' && !StartsUpper(doc, q.Content));
            // "said “budget reforms” and unpaid taxes would pay for it": the quoted words open a clause that goes on.
            if (fragment && sep == '\0' && !IsSentenceLike(doc, q) && ctx.CloseToken + 1 < ctx.ParagraphEndToken
                && doc.Tokens[ctx.CloseToken + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(ctx.CloseToken + 1)[0]))
            {
                int end = ClauseEnd(doc, ctx.CloseToken, ctx.ParagraphEndToken);
                return new QuoteAttribution
                {
                    Kind = QuoteKind.Mixed, Content = new TextSpan(doc.Tokens[ctx.OpenToken].Start, doc.Tokens[end - 1].End),
                    Cue = cue.Span(doc), Source = speaker, Confidence = 0.7, Rule = AttributionRuleId.MixedClause,
                };
            }
            var kind = fragment && !IsSentenceLike(doc, q) ? QuoteKind.Partial : QuoteKind.Direct;
            var a = Direct(doc, q, cue, speaker, 0.85, AttributionRuleId.SpeakerCueQuote);
            a.Kind = kind;
            return a;
        }
        return sep == ':' ? ColonLeadIn(doc, q, k + 1, min) : null;
    }

    // "told reporters", "warned the council members", "assured him": a plain noun phrase (or object pronoun) filling the
    // tokens between a verb that takes an audience and the opening mark, before a whole utterance. ("told the program
    // ''Inside Edition'' after …" names a show; "tell him “no more nonsense”" is a fragment of the reported clause.)
    private static bool IsAudience(Document doc, CueMatch cue, QuoteContext ctx, QuotedSpan q)
    {
        int open = ctx.OpenToken;
        if (!doc.Words(WordList.AudienceForms).Contains(doc.TokenText(cue.First)) || open - cue.End > 6 || !StartsUpper(doc, q.Content)) return false;
        var inside = doc.Slice(q.Content).TrimEnd();
        bool whole = inside.Length > 0 && inside[^1] is '.' or '!' or '?' or ',' or '…'
            || ctx.CloseToken + 1 >= ctx.ParagraphEndToken || doc.IsTerminal(ctx.CloseToken + 1);
        // ("told ABC's “Good Morning America.”": the title of a show, not words spoken to it.)
        if (!whole || doc.Tokens[open - 1].Kind == TokenKind.Clitic || doc.WordCount(q.Content) <= 4 && doc.IsTitleCase(open + 1, ctx.CloseToken)) return false;
        if (open - cue.End == 1 && doc.Tokens[cue.End].Kind == TokenKind.Word && doc.Words(WordList.ObjectPronouns).Contains(doc.TokenText(cue.End))) return true;
        if (NounPhraseReader.ProbeForward(doc, cue.End, open) is { Shape: not MentionShape.Pronoun } np && np.End == open) return true;
        // "informed customers", "warned its own members": a few plain words the phrase reader has no head for.
        if (open - cue.End > 4) return false;
        for (int i = cue.End; i < open; i++)
            if (doc.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Clitic) || doc.Words(WordList.NotAudienceWords).Contains(doc.TokenText(i))) return false;
        return true;
    }

    private static readonly Lexicon.CueEntry s_colonVerb = new("(verb before a colon)", CueFlags.Reporting);

    // "Trump boomed: “…”", "Skelly: “…”": before a colon and a quote, any verb with its subject introduces the
    // quote, and so does a name that is all of its clause.
    private static QuoteAttribution? ColonLeadIn(Document doc, QuotedSpan q, int colon, int min)
    {
        int v = colon - 1;
        if (doc.SentenceOfToken(v) is var sentence and >= 0) min = Math.Max(min, doc.Sentences[sentence].FirstToken);
        if (v < min || doc.Tokens[v].Kind != TokenKind.Word) return null;
        var word = doc.TokenText(v);
        if (char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || doc.Words(WordList.PastsBeforeColon).Contains(word)
            || word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)))
        {
            var verb = new CueMatch(v, v + 1, s_colonVerb, 0.5);
            return CueFinder.SubjectOf(doc, verb, min) is { } speaker ? Direct(doc, q, verb, speaker, 0.7, AttributionRuleId.SpeakerCueQuote) : null;
        }
        return NounPhraseReader.ReadBackward(doc, colon, min) is { Shape: MentionShape.Name } named && colon - named.FirstToken <= 6
            && (named.FirstToken == min || AfterHeadlineDash(doc, named.FirstToken, min))
            ? NamedBeforeColon(doc, q, colon, named) : null;
    }

    // "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”", "Signs of momentum were there all along - More from Lee:
    // “…”": a digest's item names its source after a dash, the quote after a colon.
    private static bool AfterHeadlineDash(Document doc, int name, int min)
    {
        int before = name - 1;
        if (before > min && doc.Is(before, "from")) before--;
        if (before > min && doc.Is(before, "more")) before--;
        return before >= min && before < name && doc.Tokens[before].Kind == TokenKind.Dash
            || before >= min && doc.Tokens[before].Kind == TokenKind.Word && doc.TokenText(before).StartsWith("-", StringComparison.Ordinal);
    }

    // “A,” he said, but “B.” / “A,” Lee said, and still “B”: after the cue of a quote, a conjunction joins the
    // speaker's next words to the same utterance.
    internal static QuoteAttribution? SplitByConjunction(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int j = ctx.OpenToken - 1;
        while (j >= ctx.OpenToken - 2 && j > 0 && doc.Tokens[j].Kind == TokenKind.Word && doc.Words(WordList.SplitQuoteJoins).Contains(doc.TokenText(j))) j--;
        if (j == ctx.OpenToken - 1 || j < 1 || !doc.IsPunct(j, ',')) return null;
        int prev = LastQuoted(doc);
        if (prev < 0) return null;
        var p = doc.Attributions[prev];
        int end = doc.Tokens[j - 1].End;
        if (!(p.Cue is { } cue && cue.End == end || p.Source is { } source && source.Span.End == end)) return null;
        // Only right after that quote: its speaker and cue sit between the two.
        if (doc.SentenceOfToken(doc.TokenAtOrAfter(p.Content.Start)) != doc.SentenceOfToken(j)) return null;
        return Continuation(doc, q, prev, cueKept: true, AttributionRuleId.Split);
    }

    // A paragraph ending in a colon introduces the quote that opens the next one:
    // "Smith told the committee:" / "And from Chairwoman Rosenworcel:".
    private static QuoteAttribution? LeadIn(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int colon = ctx.ParagraphStartToken - 1;
        if (colon < 1 || !doc.IsPunct(colon, ':') || ctx.Paragraph < 1) return null;
        int min = doc.TokenAtOrAfter(doc.Paragraphs[ctx.Paragraph - 1].Span.Start);
        int sentence = doc.SentenceOfToken(colon);
        if (sentence >= 0) min = Math.Max(min, doc.Sentences[sentence].FirstToken);
        for (int i = colon - 1; i >= min && colon - i <= MaxGapBeforeQuote; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark) break;
            if (CueFinder.At(doc, i) is not { } cue) continue;
            var speaker = CueFinder.SpeakerOf(doc, cue, min, colon);
            return speaker is null ? null : Direct(doc, q, cue, speaker, 0.8, AttributionRuleId.LeadInCue);
        }
        var named = NounPhraseReader.ReadBackward(doc, colon, min);
        if (named is null || named.Shape == MentionShape.Pronoun || colon - min > 8) return null;
        return NamedBeforeColon(doc, q, colon, named);
    }

    // "Ann Lee: “…”": the colon is the cue and the name before it the speaker.
    private static QuoteAttribution NamedBeforeColon(Document doc, QuotedSpan q, int colon, Mention named) => new()
    {
        Kind = QuoteKind.Direct, Content = q.Content, Cue = doc.Tokens[colon].Span, Source = named,
        Confidence = 0.7, Rule = AttributionRuleId.LeadInColon,
    };

    // ", a doctor," / ", 59, of Ashton, Md.," / "(R-Fla.)" between a speaker and the cue: returns the token after
    // the last comma (or bracket) and the first appositive as a title.
    private static (int End, TextSpan? Title) Appositive(Document doc, int k, int limit)
    {
        if (doc.IsPunct(k, '('))
        {
            for (int m = k + 1; m < limit && m - k <= 8; m++)
                if (doc.IsPunct(m, ')'))
                {
                    int after = CueFinder.SkipFillersForward(doc, m + 1, limit);
                    if (CueFinder.At(doc, after) is not null) return (m + 1, null);
                    var more = Appositive(doc, m + 1, limit);
                    return more.End > 0 ? (more.End, null) : (0, null);
                }
            return (0, null);
        }
        if (!doc.IsPunct(k, ',')) return (0, null);
        int firstComma = -1;
        for (int m = k + 1; m < limit && m - k <= 30; m++)
        {
            var t = doc.Tokens[m];
            // "McConnell, R-Ky., said": the full stop of an abbreviation before a comma ends no sentence.
            if (t.Kind == TokenKind.QuoteMark || doc.IsTerminal(m) && !doc.IsPunct(m + 1, ',')) return (0, null);
            if (!doc.IsPunct(m, ',')) continue;
            if (firstComma < 0) firstComma = m;
            int after = CueFinder.SkipFillersForward(doc, m + 1, limit);
            if (CueFinder.At(doc, after) is null) continue;
            int first = k + 1;
            bool relative = doc.Is(first, "who") || doc.Is(first, "which");
            TextSpan? title = relative || firstComma == first ? null : new TextSpan(doc.Tokens[first].Start, doc.Tokens[firstComma - 1].End);
            return (m + 1, title);
        }
        return (0, null);
    }

    private static bool FollowedByCue(Document doc, int k, int limit)
    {
        if (k < limit && (doc.IsPunct(k, ',') || doc.IsPunct(k, '('))) return true; // an appositive may come first
        return CueFinder.At(doc, CueFinder.SkipFillersForward(doc, k, limit)) is not null;
    }
}
