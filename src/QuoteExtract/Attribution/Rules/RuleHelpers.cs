using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// What the attribution rules of both stages share: sentence bounds, spans of tokens, phrases up to a comma, whether a cue
/// word is a noun here, a subject with its cue, whether a quote reads as a sentence, and the word lists these read.
/// </summary>
internal static partial class RuleHelpers
{
    // The sentence without its final punctuation (a closing quote mark after it stays in).
    public static int ContentEnd(Document doc, Sentence s)
    {
        int end = s.EndToken;
        if (end - 1 > s.FirstToken && doc.IsTerminal(end - 1)) end--;
        return end;
    }

    // Past the conjunctions that open a sentence ("But …", "And so …"), no further than to.
    public static int SkipConjunctions(Document doc, int from, int to)
    {
        while (from < to && doc.Tokens[from].Kind == TokenKind.Word && (doc.Is(from, "but") || doc.Is(from, "and") || doc.Is(from, "yet") || doc.Is(from, "so"))) from++;
        return from;
    }

    /// <summary>The span of tokens from..to (empty at from when to &lt;= from).</summary>
    public static TextSpan Span(Document doc, int from, int to) =>
        to > from ? new TextSpan(doc.Tokens[from].Start, doc.Tokens[to - 1].End) : new TextSpan(doc.Tokens[Math.Min(from, doc.Tokens.Length - 1)].Start, doc.Tokens[Math.Min(from, doc.Tokens.Length - 1)].Start);

    // "according to a city/county survey,", "according to the engineer on duty at the dam that night,": the
    // source is all of it up to the comma, when the phrase reader stops short (at most 20 tokens).
    public static Mention? PhraseToComma(Document doc, int from, int end)
    {
        int stop = from;
        while (stop < end && stop - from <= 20 && !doc.IsPunct(stop, ',') && !doc.IsPunct(stop, ';') && doc.Tokens[stop].Kind != TokenKind.Dash) stop++;
        if (stop == from || stop - from > 20 || doc.Tokens[from].Kind is not (TokenKind.Word or TokenKind.Number)) return null;
        return NounPhraseReader.Analyze(doc, from, stop);
    }

    // "the claims", "his remarks", "worries have dogged": the cue word is a noun here.
    public static bool UsedAsNoun(Document doc, CueMatch cue)
    {
        int before = cue.First - 1;
        // "a talk show", "ABC's TV show", "the CW show": a show on the air.
        if (before >= 0 && doc.Is(cue.First, "show") && !doc.Is(cue.End, "that") && (doc.Tokens[before].Length >= 2 && doc.IsAllCaps(doc.Tokens[before].Span)
            || doc.Tokens[before].Kind == TokenKind.Word && doc.Words(WordList.ShowKinds).Contains(doc.TokenText(before)))) return true;
        if (before >= 0 && (doc.IsPossessive(before) || (doc.Tokens[before].Kind == TokenKind.Word && doc.Words(WordList.NounSignals).Contains(doc.TokenText(before))))) return true;
        if (LearnedNounAfterModifiers(doc, cue)) return true;
        // "a New York Times report", "an Ann Lee tweet": an article, a name, and the cue word as the noun it modifies.
        int name = before;
        while (name >= 0 && before - name < 4 && doc.IsNameWord(name)) name--;
        // (Not a verb form: "a California Democrat supporting Clinton", "a Nieto said".)
        var word = doc.TokenText(cue.First);
        if (name < before && name >= 0 && (doc.Is(name, "a") || doc.Is(name, "an")) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !doc.Words(WordList.PastSpeech).Contains(word)) return true;
        // "worries have dogged", "claims were": a plural before an auxiliary ("what the senators said was" is a verb).
        return cue.End < doc.Tokens.Length && doc.Tokens[cue.End].Kind == TokenKind.Word && doc.Words(WordList.Auxiliaries).Contains(doc.TokenText(cue.End))
            && doc.TokenText(cue.End - 1).EndsWith('s');
    }

    // "his most eloquent passion for", "a crude expression", "several statements": a form the corpus taught as a cue
    // (no verb of the hand lexicon), not a verb form, after a determiner and the words that modify its noun. (A plural
    // stops the search: "the voters overwhelmingly back" has a subject before its verb; a form in -s counts only
    // right after a quantifier: "several statements", not "The minister understands" or "His spokesman slams".)
    public static bool LearnedNounAfterModifiers(Document doc, CueMatch cue)
    {
        var word = doc.TokenText(cue.First);
        // (The form's entry, looked up once per token by the cue finder, says whether the hand lexicon knows it.)
        if (CueFinder.HandEntryAt(doc, cue.First) is not null || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        for (int j = cue.First - 1, n = 0; j >= 0 && n < 4; j--, n++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            var w = doc.TokenText(j);
            // (A form in -s after a determiner and a word may be a verb after its subject: "The city council plans to …",
            // "His spokesman slams …", "Every critic slams …"; right after a quantifier it is a noun: "several statements".)
            bool plural = word.EndsWith('s');
            if (doc.IsPossessive(j) || doc.Words(WordList.NounSignals).Contains(w)) return n > 0 && !plural;
            if (doc.Words(WordList.Quantifiers).Contains(w)) return n == 0 || !plural;
            if (!char.IsLower(w[0])) return false;
            if (w.EndsWith('s') && !w.EndsWith("ous", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)) return false;
            if (doc.Words(WordList.Auxiliaries).Contains(w) || doc.Words(WordList.DoForms).Contains(w) || doc.Words(WordList.NotVerbs).Contains(w)) return false;
        }
        return false;
    }

    /// <summary>The lemmas of plain verbs of saying, which take an audience or a time after them.</summary>
    public static readonly WordSet PlainSpeechLemmas = WordLists.PlainSpeechLemmas;

    /// <summary>
    /// Whether tokens from..to hold at least <paramref name="min"/> words or numbers: WordCount(Span(doc, from, to)) &gt;=
    /// min on the token indexes (tokens neither overlap nor go back), counting no further.
    /// </summary>
    public static bool HasWords(Document doc, int from, int to, int min)
    {
        if (min <= 0) return true;
        var tokens = doc.Tokens;
        int n = 0;
        for (int i = Math.Max(from, 0); i < to && i < tokens.Length; i++)
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation && ++n >= min) return true;
        return false;
    }

    /// <summary>Whether the span holds at least <paramref name="min"/> letters or digits (AlphanumericCount(span) &gt;= min), counting no further.</summary>
    public static bool HasAlphanumerics(Document doc, TextSpan span, int min)
    {
        if (min <= 0) return true;
        int n = 0;
        foreach (var c in doc.Slice(span))
            if (char.IsLetterOrDigit(c) && ++n >= min) return true;
        return false;
    }

    /// <summary>WordCount(span) &gt;= <paramref name="min"/>, counting no further.</summary>
    public static bool HasWords(Document doc, TextSpan span, int min)
    {
        if (min <= 0) return true;
        var tokens = doc.Tokens;
        int n = 0;
        for (int i = doc.TokenAtOrAfter(span.Start); i < tokens.Length && tokens[i].Start < span.End; i++)
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation && ++n >= min) return true;
        return false;
    }

    public static bool AllWords(Document doc, int from, int to)
    {
        for (int j = from; j < to; j++) if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        return true;
    }

    // A phrase (a name, a noun phrase, a pronoun) and then, past auxiliaries and adverbs, a likely cue: "he noted",
    // "the senators said", "Democrats accused".
    public static bool SubjectWithCue(Document doc, int at, int end)
    {
        // ("55 percent of all voters say": a number may open the phrase.)
        if (at >= end || doc.Tokens[at].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Number)) return false;
        // The first likely cue within a phrase's reach, and a phrase that fills the words before it.
        for (int c = at + 1; c < end && c - at <= 10; c++)
        {
            if (doc.Tokens[c].Kind != TokenKind.Word) { if (doc.IsPunct(c, ',') || doc.Tokens[c].Kind == TokenKind.Punctuation && doc.IsTerminal(c)) return false; continue; }
            if (CueFinder.At(doc, c) is not { } cue) continue;
            if (cue.Probability < 0.5 || UsedAsNoun(doc, cue)) return false;
            int subjectEnd = CueFinder.SkipFillersBackward(doc, c, at);
            // "human rights groups warned": a lower-case modifier or two the reader leaves out still belong to the phrase.
            return NounPhraseReader.ProbeBackward(doc, subjectEnd, at) is { } np && np.First - at <= 2
                && (AllWords(doc, at, np.First) || np.First == at + 1 && doc.Tokens[at].Kind == TokenKind.Number);
        }
        return false;
    }

    public static bool StartsUpper(Document doc, TextSpan content)
    {
        foreach (var c in doc.Slice(content)) if (char.IsLetter(c)) return char.IsUpper(c);
        return false;
    }

    // A whole utterance rather than a phrase: starts with a capital or ends with sentence punctuation.
    public static bool IsSentenceLike(Document doc, QuotedSpan q)
    {
        var s = doc.Slice(q.Content).TrimEnd();
        if (s.Length == 0) return false;
        char last = s[^1];
        return StartsUpper(doc, q.Content) || last is '.' or '!' or '?' or ',' or '…';
    }

    // "responded Friday", "apologized the next day": a time is not what was said.
    private static bool OnlyTime(Document doc, int from, int to)
    {
        if (to - from > 4) return false;
        for (int i = from; i < to; i++)
            if (doc.Tokens[i].Kind != TokenKind.Word || !doc.Words(WordList.TimeOnlyWords).Contains(doc.TokenText(i))) return false;
        return true;
    }

    /// <summary>A reported-speech candidate: content from..to (trailing commas, colons and dashes trimmed; at least
    /// <paramref name="minWords"/> words, not a time alone), the cue and source, the rule's confidence weighed by the cue's.</summary>
    public static QuoteAttribution? Make(Document doc, CueMatch cue, Mention source, int from, int to, double confidence, AttributionRuleId rule, int minWords = 3)
    {
        while (to > from && (doc.IsPunct(to - 1, ',') || doc.IsPunct(to - 1, ':') || doc.Tokens[to - 1].Kind == TokenKind.Dash)) to--;
        if (to <= from || !HasWords(doc, from, to, minWords)) return null;
        // (The first half of a parenthetical report may be a time: "Late last month, he said, …".)
        if (rule != AttributionRuleId.Parenthetical && OnlyTime(doc, from, to)) return null;
        return new QuoteAttribution
        {
            Content = Span(doc, from, to), Cue = cue.Span(doc), Source = source,
            Confidence = confidence * (0.5 + 0.5 * Math.Min(1, cue.Probability + 0.2)), Rule = rule,
        };
    }

    // "CLARIFICATION: …", "Editor's note: …", "The Latest: …": a newsroom's label before a colon, not a speaker.
    public static bool IsEditorialLabel(Document doc, int from, int colon)
    {
        for (int i = from; i < colon; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.EditorialLabels).Contains(doc.TokenText(i))) return true;
        return false;
    }

    // Headlines: "TEXT – NAME", "NAME: TEXT", "Obama Says …": a paragraph of one sentence, at most 30 tokens, with no
    // sentence punctuation at its end.
    public static bool IsHeadline(Document doc, Sentence s) => IsHeadline(doc, s, doc.ParagraphAt(doc.Tokens[s.FirstToken].Start));

    /// <summary><see cref="IsHeadline(Document, Sentence)"/> with the sentence's paragraph <paramref name="p"/> known.</summary>
    public static bool IsHeadline(Document doc, Sentence s, int p)
    {
        if (p < 0 || doc.Paragraphs[p].Span != s.Span || s.TokenCount > 30) return false;
        var lastToken = doc.Tokens[s.EndToken - 1];
        return !(lastToken.Kind == TokenKind.Punctuation && doc.Text[lastToken.Start] is '.' or '?' or '!');
    }

    // The last dash of a headline that may set off its speaker ("TEXT – NAME"), or -1.
    public static int HeadlineDash(Document doc, Sentence s)
    {
        for (int i = s.EndToken - 2; i > s.FirstToken + 2; i--)
            if (doc.Tokens[i].Kind == TokenKind.Dash) return i;
        return -1;
    }

    // The first colon among a headline's first words ("NAME: TEXT"), or -1.
    public static int HeadlineColon(Document doc, Sentence s)
    {
        for (int i = s.FirstToken + 1; i < s.FirstToken + 5 && i < s.EndToken - 2; i++)
            if (doc.IsPunct(i, ':')) return i;
        return -1;
    }

    // "is supported by …": the subject of a passive is what is said, not who says it.
    public static bool IsPassive(Document doc, int verb, int min)
    {
        if (!doc.TokenText(verb).EndsWith("ed")) return false;
        for (int j = verb - 1; j >= min && verb - j <= 3; j--)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            if (doc.Words(WordList.BeAndGetForms).Contains(doc.TokenText(j))) return true;
            if (!doc.Has(j, WordClass.Filler) && !doc.TokenText(j).EndsWith("ly")) return false;
        }
        return false;
    }

    // A lower-case word that may be a finite verb: a past or third-person form, or any form right after a modal or auxiliary.
    public static bool IsVerbLike(Document doc, int i)
    {
        if (doc.Tokens[i].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(i);
        // (The token's word classes first: a bit test each, where a list is a lookup. Filler is SpeakerCueFillers.)
        if (w.Length < 3 || !char.IsLower(w[0]) || doc.Has(i, WordClass.Determiner | WordClass.Pronoun | WordClass.Filler)) return false;
        // Then the form: most words are neither -ed nor -s nor after an auxiliary, and need no list looked up.
        int before = i - 1;
        if (!(w.EndsWith("ed") || (w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
              || before >= 0 && doc.Tokens[before].Kind == TokenKind.Word && doc.Has(before, WordClass.Filler))) return false;
        return !w.EndsWith("ly") && !doc.Words(WordList.NotVerbs).Contains(w) && !doc.Words(WordList.ReportPrepositions).Contains(w);
    }
}
