using System.Collections.Frozen;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>A reporting cue found at a token: its lemma entry and token range.</summary>
public readonly record struct CueMatch(int First, int End, CueEntry Entry, double Probability = 0.5)
{
    /// <summary>The cue's span in the text.</summary>
    public TextSpan Span(Document doc) => new(doc.Tokens[First].Start, doc.Tokens[End - 1].End);
}

/// <summary>Recognises reporting cues at a token: verbs of the lexicon and "according to".</summary>
public static class CueFinder
{
    private static readonly CueEntry s_accordingTo = new("according to", CueFlags.Speech);
    private static readonly CueEntry s_putIt = new("put it", CueFlags.Speech);

    /// <summary>What is known of <paramref name="word"/> as a cue (all empty for a word never listed).</summary>
    public static CueForms.Info Info(ReadOnlySpan<char> word) => CueForms.Of(word);

    /// <summary>The cue starting at token <paramref name="i"/>, if any.</summary>
    public static CueMatch? At(Document doc, int i)
    {
        if (i < 0 || i >= doc.Tokens.Length || doc.Tokens[i].Kind != TokenKind.Word) return null;
        // The rules ask about the same tokens many times: look each one up once per document
        // (a slot per token: 0 not yet looked up, -1 no cue, k the k-th cue found).
        var slots = doc.CueSlots ??= new int[doc.Tokens.Length];
        int slot = slots[i];
        if (slot > 0) return doc.CueMatches[slot - 1];
        if (slot < 0) return null;
        var found = Find(doc, i);
        if (found is { } match)
        {
            doc.CueMatches.Add(match);
            slots[i] = doc.CueMatches.Count;
        }
        else slots[i] = -1;
        return found;
    }

    private static CueMatch? Find(Document doc, int i)
    {
        var word = doc.TokenText(i);
        if (word.Length == 9 && (word[0] | 0x20) == 'a' && word.Equals("according", StringComparison.OrdinalIgnoreCase))
            return doc.Is(i + 1, "to") ? new CueMatch(i, i + 2, s_accordingTo, 0.95) : null;
        // "As one voter put it, …", "Lee put it bluntly: …": the idiom of saying, not "put it in the drawer".
        if (word.Length is 3 or 4 && (word.Equals("put", StringComparison.OrdinalIgnoreCase) || word.Equals("puts", StringComparison.OrdinalIgnoreCase))
            && doc.Is(i + 1, "it") && i + 2 < doc.Tokens.Length
            && (doc.IsPunct(i + 2, ',') || doc.IsPunct(i + 2, ':') || doc.Tokens[i + 2].Kind == TokenKind.Dash || doc.Is(i + 2, "this")
                || doc.Tokens[i + 2].Kind == TokenKind.Word && doc.TokenText(i + 2).EndsWith("ly", StringComparison.Ordinal)))
            return new CueMatch(i, i + 2, s_putIt, 0.9);
        // Looked up once per token together with the word classes.
        int id = doc.CueFormIdAt(i);
        if (id < 0) return null;
        var info = CueForms.ById(id);
        var entry = info.Hand;
        if (entry is null && char.IsLower(word[0])) entry = info.Learned ?? (doc.Options.Scorer is not null ? info.Weak : null);
        if (entry is null) return null;
        // An upper-case cue word mid-sentence is a name or a title (Claims Court, Post), not a verb; except in a
        // headline set in title case, a verb of saying between capitalised words ("Lee Says He Will Run").
        if (char.IsUpper(word[0]) && i > 0 && !doc.IsTerminal(i - 1) && doc.Tokens[i - 1].Kind != TokenKind.QuoteMark
            && !(entry.Lemma is "say" or "tell" or "warn" && doc.IsCapitalized(i - 1) && doc.IsCapitalized(i + 1))) return null;
        int end = i + 1;
        // Particles that belong to the cue: "pointed out", "went on", "called for".
        if (doc.Is(end, "out") && entry.Lemma is "point" or "lay" or "spell") end++;
        return new CueMatch(i, end, entry, info.Probability(0.3));
    }

    /// <summary>Skips adverbs and auxiliaries forwards ("also", "has", "later") from <paramref name="i"/>.</summary>
    public static int SkipFillersForward(Document doc, int i, int max)
    {
        while (i < max && doc.Tokens[i].Kind == TokenKind.Word && doc.Has(i, WordClass.Filler)) i++;
        return i;
    }

    /// <summary>Skips adverbs and auxiliaries backwards; returns the exclusive end of what precedes them.</summary>
    public static int SkipFillersBackward(Document doc, int end, int min)
    {
        while (end - 1 >= min)
        {
            var t = doc.Tokens[end - 1];
            if (t.Kind == TokenKind.Word && (IsFiller(doc.TokenText(end - 1)) || s_timeFillers.Contains(doc.TokenText(end - 1)))) { end--; continue; }
            // "he’s predicting", "they’ve said": a contracted auxiliary.
            if (t.Kind == TokenKind.Clitic && !doc.IsPossessive(end - 1)) { end--; continue; }
            // "has, however, revealed", "have, in fact, praised": an adverb set off by commas.
            if (doc.IsPunct(end - 1, ',') && end - 3 >= min && doc.IsPunct(end - 3, ',') && doc.Tokens[end - 2].Kind == TokenKind.Word
                && s_commaAdverbs.Contains(doc.TokenText(end - 2))) { end -= 3; continue; }
            if (doc.IsPunct(end - 1, ',') && end - 4 >= min && doc.IsPunct(end - 4, ',') && doc.Tokens[end - 2].Kind == TokenKind.Word
                && doc.Tokens[end - 3].Kind == TokenKind.Word && s_commaAdverbPairs.Contains(string.Concat(doc.TokenText(end - 3), " ", doc.TokenText(end - 2))))
            { end -= 4; continue; }
            break;
        }
        return end;
    }

    private static bool LeadingConjunctionsOnly(Document doc, int from, int to)
    {
        if (to <= from || to - from > 2) return false;
        for (int i = from; i < to; i++) if (!s_leadingWords.Contains(doc.TokenText(i))) return false;
        return true;
    }

    // The opening mark of a short quoted title ending at the closing mark at close ("“Morning Show,”"), or -1.
    private static int QuotedTitleStart(Document doc, int close, int min)
    {
        for (int k = close - 1; k > min && close - k <= 8; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.QuoteMark) return k < close - 1 && doc.IsCapitalized(k + 1) ? k : -1;
            if (doc.IsTerminal(k)) return -1;
        }
        return -1;
    }

    private static readonly WordSet s_participleFrames = new("after", "before", "while", "when", "by", "since", "in", "addition", "to", "upon", "without", "despite", "and", "but", "besides");

    private static bool OnlyFrameWords(Document doc, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (doc.Tokens[i].Kind != TokenKind.Word || !s_participleFrames.Contains(doc.TokenText(i))) return false;
        return true;
    }

    // The subject of the sentence's main clause after a participle clause: a phrase after a comma, then its verb.
    private static Mention? MainSubjectAfter(Document doc, CueMatch cue)
    {
        int sentence = doc.SentenceOfToken(cue.First);
        if (sentence < 0) return null;
        int end = doc.Sentences[sentence].EndToken;
        for (int j = cue.End; j < end - 1 && j - cue.End <= 60; j++)
        {
            if (!doc.IsPunct(j, ',') || NounPhraseReader.ReadForward(doc, j + 1, end) is not { } np) continue;
            int k = SkipFillersForward(doc, np.EndToken, end);
            if (k < end && doc.Tokens[k].Kind == TokenKind.Word && (At(doc, k) is not null || s_finiteWords.Contains(doc.TokenText(k))
                || LowerPast(doc, k) || s_irregularPasts.Contains(doc.TokenText(k)))) return np;
        }
        return null;
    }

    private static readonly WordSet s_commaAdverbPairs = new("in fact", "of course", "for example", "for instance", "in turn", "after all", "in particular", "at least", "in response");
    private static readonly WordSet s_timeFillers = new("today", "yesterday", "tonight");
    private static readonly WordSet s_commaAdverbs = new("however", "meanwhile", "though", "too", "moreover", "nonetheless", "nevertheless", "instead", "therefore");

    // Auxiliaries and adverbs ("has also", "aggressively") between a speaker and the cue.
    private static bool IsFiller(ReadOnlySpan<char> word) =>
        WordLists.SpeakerCueFillers.Contains(word)
        || (word.Length > 4 && word.EndsWith("ly") && char.IsLower(word[0]) && !s_nounsInLy.Contains(word));

    // Nouns that end like adverbs: "the family said", "the assembly voted".
    private static readonly WordSet s_nounsInLy = new(
        "family", "assembly", "rally", "ally", "supply", "monopoly", "anomaly", "homily", "folly", "belly", "bully",
        "reply", "tally", "daily", "weekly", "monthly", "quarterly", "butterfly", "jelly", "lily", "italy", "july");

    /// <summary>True when the token is a word the rules treat as a cue and a phrase boundary.</summary>
    public static bool IsCueWord(Document doc, int i) => At(doc, i) is not null;

    /// <summary>Speaker of a cue read the usual way: the phrase before it, else (inverted) the one after it.</summary>
    public static Mention? SpeakerOf(Document doc, CueMatch cue, int min, int max)
    {
        if (cue.Entry.Lemma == "according to") return NounPhraseReader.ReadForward(doc, cue.End, max);
        var before = NounPhraseReader.ReadBackward(doc, SkipFillersBackward(doc, cue.First, min), min);
        if (before is not null) return PublisherOf(doc, cue, before, min) ?? before;
        // ", telling Reuters, “…”": a participle does not invert (what follows is its audience); its subject is the sentence's.
        if (doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return SubjectOf(doc, cue, min);
        return (cue.Entry.Flags & CueFlags.Invertible) != 0 ? NounPhraseReader.ReadForward(doc, cue.End, max) : null;
    }

    /// <summary>The subject of a cue, reading no earlier than token <paramref name="min"/>.</summary>
    // The subject of a cue: the phrase before it (past adverbs and auxiliaries), past an appositive
    // ("Smith, the mayor, said"), or for a participle after a comma, the subject of the sentence.
    public static Mention? SubjectOf(Document doc, CueMatch cue, int min)
    {
        int end = SkipFillersBackward(doc, cue.First, min);
        // "Wells Fargo just this month announced": a time phrase between the subject and its cue.
        if (end - 2 > min && doc.Tokens[end - 1].Kind == TokenKind.Word && s_timeHeads.Contains(doc.TokenText(end - 1))
            && doc.Tokens[end - 2].Kind == TokenKind.Word && s_timeModifiers.Contains(doc.TokenText(end - 2)))
            end = SkipFillersBackward(doc, end - 2, min);
        // "Trump at the time said": the same with "at the time".
        if (end - 3 > min && doc.Is(end - 1, "time") && doc.Is(end - 2, "the") && doc.Is(end - 3, "at"))
            end = SkipFillersBackward(doc, end - 3, min);
        // "many of whom say": the quantifier of a relative pronoun.
        if (end - 3 >= min && doc.Is(end - 1, "whom") && doc.Is(end - 2, "of"))
            return NounPhraseReader.Analyze(doc, end - 3, end);
        var direct = NounPhraseReader.ReadBackward(doc, end, min);
        if (direct is not null) return PublisherOf(doc, cue, direct, min) ?? direct;
        // "…, each touting …", "both saying …": a quantifier standing alone is the subject.
        if (end - 1 >= min && doc.Tokens[end - 1].Kind == TokenKind.Word && s_standaloneQuantifiers.Contains(doc.TokenText(end - 1)))
            return NounPhraseReader.Analyze(doc, end - 1, end);
        if (end - 1 > min && (doc.Is(end - 1, "and") || doc.Is(end - 1, "but"))) goto sentenceSubject;
        // "Many speakers at the vigil — nurses, teachers — said": a dashed aside between the subject and its cue.
        if (end - 1 > min && doc.Tokens[end - 1].Kind == TokenKind.Dash)
        {
            for (int j = end - 2; j > min && end - j < 30; j--)
            {
                if (doc.IsTerminal(j) || doc.Tokens[j].Kind == TokenKind.QuoteMark) break;
                if (doc.Tokens[j].Kind != TokenKind.Dash) continue;
                if (NounPhraseReader.ReadBackward(doc, j, min) is { } np && (np.FirstToken == min || doc.IsPunct(np.FirstToken - 1, ','))) return np;
                return BareSubject(doc, min, j);
            }
        }
        // "…, who has argued that …": the relative pronoun stands for the phrase before it (resolved by the speaker stage).
        if (end - 1 >= min && (doc.Is(end - 1, "who") || doc.Is(end - 1, "which")))
            return NounPhraseReader.Analyze(doc, end - 1, end);
        // (The comma may stand inside a closing mark: "host of “Morning Show,” said".)
        int lastComma = doc.IsPunct(end - 1, ',') ? end - 1
            : end - 2 > min && doc.Tokens[end - 1].Kind == TokenKind.QuoteMark && doc.IsPunct(end - 2, ',') ? end - 2 : -1;
        if (end - 1 <= min || lastComma < 0) goto sentenceSubject;
        int from = lastComma - 1;
        if (lastComma == end - 2 && (from = QuotedTitleStart(doc, end - 1, min) - 1) < min) goto sentenceSubject;
        // Back over up to three commas: "Ann Lee, a developer and spokeswoman for X, which is made up of Y, said".
        Mention? appositiveName = null;
        for (int j = from, commas = 0; j > min && end - j < 40 && commas < 3; j--)
        {
            if (doc.Tokens[j].Kind == TokenKind.QuoteMark)
            {
                // "Joe Barker, host of the station’s “Morning Show,” said": a quoted title inside the appositive.
                int open = QuotedTitleStart(doc, j, min);
                if (open < 0) break;
                j = open;
                continue;
            }
            if (!doc.IsPunct(j, ',')) continue;
            commas++;
            // "The head of the group backing Lee, Mike Murphy, praised …": the name set off right before the cue.
            if (commas == 1 && NounPhraseReader.ReadBackward(doc, lastComma, j + 1) is { Shape: MentionShape.Name } named && named.FirstToken == j + 1)
                appositiveName = named;
            var np = NounPhraseReader.ReadBackward(doc, j, min);
            // ("Hours later, Lee …, telling …": a time phrase is no subject.)
            // (At the sentence start, past "But", "And": "But the two leading candidates, Lee and Price, have questioned …".)
            if (np is not null && (np.FirstToken == min || doc.IsPunct(np.FirstToken - 1, ',') || LeadingConjunctionsOnly(doc, min, np.FirstToken))
                && !(doc.Is(np.FirstToken, "who") || doc.Is(np.FirstToken, "which")) && !(np.FirstToken == min && IntroducesSentence(doc, min))
                && !(doc.Is(np.EndToken - 1, "later") || doc.Is(np.EndToken - 1, "earlier") || doc.Is(np.EndToken - 1, "ago")))
            {
                // Prefer the name the appositives describe: the phrase before the first of these commas.
                if (np.FirstToken - 1 > min && doc.IsPunct(np.FirstToken - 1, ',') && NounPhraseReader.ReadBackward(doc, np.FirstToken - 1, min) is { } head
                    && (head.FirstToken == min || doc.IsPunct(head.FirstToken - 1, ',')) && head.Shape == MentionShape.Name)
                    return head;
                return np;
            }
        }
        if (appositiveName is not null) return appositiveName;
        sentenceSubject:
        // "fined them for refusing to …", "accused of lying": the gerund's subject is the object, not the sentence's.
        if (end - 1 >= min && doc.Tokens[end - 1].Kind == TokenKind.Word && s_objectGerundPrepositions.Contains(doc.TokenText(end - 1))) return null;
        // "urged the senator to explain …": the object before "to" is the infinitive's subject.
        bool infinitive = end - 1 > min && doc.Is(end - 1, "to");
        // (The verb before the object is itself one of speech: urged, asked, told, pressed.)
        if (infinitive && NounPhraseReader.ReadBackward(doc, end - 1, min) is { } controller && controller.FirstToken > min
            && At(doc, controller.FirstToken - 1) is { Probability: >= 0.5 })
            return controller;
        // ", saying …", ", adding that …", "… and said …", "took to Twitter to accuse …": the sentence's subject
        // (for an infinitive, only of a plain speech cue: "troops were deployed to defend …" reports nothing).
        if (infinitive && cue.Probability >= 0.6 || doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || (end - 1 > min && (doc.Is(end - 1, "and") || doc.Is(end - 1, "but"))))
        {
            // "Conceding that …, he warned …", "After arguing that …, his team is suggesting …": a participle opening the
            // sentence speaks for the subject of the clause after it.
            if (doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && OnlyFrameWords(doc, min, cue.First)
                && MainSubjectAfter(doc, cue) is { } main) return main;
            // The latest attributions (in text order), then an earlier stage's speakers by position: the work per
            // cue stays bounded however long the document is.
            for (int a = doc.Attributions.Count - 1; a >= 0 && a >= doc.Attributions.Count - 16; a--)
            {
                var prev = doc.Attributions[a];
                if (prev.Source is { } src && src.FirstToken >= min && src.EndToken <= cue.First) return src;
                if (prev.Source is { } older && older.EndToken <= min) break;
            }
            if (doc.EarlierSources is { } sources)
            {
                for (int k = FirstSourceFrom(sources, cue.First) - 1; k >= 0 && sources[k].FirstToken >= min; k--)
                    if (sources[k].EndToken <= cue.First) return sources[k];
            }
            return SentenceSubject(doc, min, cue.First);
        }
        return null;
    }

    private static readonly WordSet s_documentNouns = new("statement", "report", "letter", "memo", "release", "tweet", "video", "ad", "post", "email", "note", "filing");
    private static readonly WordSet s_publishingVerbs = new("released", "issued", "published", "posted", "sent", "unveiled", "distributed", "filed", "put", "wrote", "tweeted", "aired");

    // "Lee's office released a statement saying …": the one who published the document speaks through it.
    private static Mention? PublisherOf(Document doc, CueMatch cue, Mention document, int min)
    {
        if (!doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || document.EndToken != cue.First) return null;
        if (!s_documentNouns.Contains(doc.TokenText(document.EndToken - 1))) return null;
        int verb = document.FirstToken - 1;
        if (verb > min && doc.Is(verb, "out")) verb--; // "put out a statement"
        if (verb <= min || !s_publishingVerbs.Contains(doc.TokenText(verb))) return null;
        return NounPhraseReader.ReadBackward(doc, SkipFillersBackward(doc, verb, min), min);
    }

    private static readonly WordSet s_timeHeads = new(
        "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "spring", "summer", "fall", "winter");
    private static readonly WordSet s_timeModifiers = new("this", "last", "next", "earlier", "later", "on");

    private static readonly WordSet s_notPhraseStarts = new(
        "if", "when", "while", "as", "because", "although", "though", "there", "what", "where", "how", "why", "here",
        "unless", "until", "since", "whether", "once", "after", "before", "lest");

    private static readonly WordSet s_standaloneQuantifiers = new("each", "both", "all", "many", "most", "some", "others", "several", "few");

    private static readonly WordSet s_irregularPasts = new(
        "took", "went", "came", "made", "gave", "got", "told", "said", "wrote", "spoke", "met", "left", "held", "sent",
        "led", "brought", "thought", "found", "saw", "became", "began", "ran", "won", "lost", "stood", "kept", "paid",
        "felt", "sat", "built", "chose", "drove", "flew", "fell", "grew", "knew", "meant", "rose", "sold", "sang",
        "threw", "understood", "wore", "struck", "sought", "taught", "fought", "caught", "bought", "withdrew");

    private static readonly WordSet s_objectGerundPrepositions = new("for", "of", "from", "against");

    private static readonly WordSet s_objectStarts = new("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
        "him", "them", "us", "it", "themselves", "himself", "herself", "itself", "ourselves");

    // A cue, an auxiliary, or a lower-case -ed/-s word right before an object ("blocked the", "wants a").
    private static bool StartsPredicate(Document doc, int j)
    {
        if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(j);
        if (WordLists.SpeakerCueFillers.Contains(w) || At(doc, j) is { Probability: >= 0.3 }) return true;
        // "Donald Trump and Hillary Clinton vied …": a lower-case past form right after a name.
        if (char.IsLower(w[0]) && w.EndsWith("ed") && j > 0 && doc.IsNameWord(j - 1)) return true;
        // "The governor took to Twitter …": a common irregular past form.
        if (char.IsLower(w[0]) && s_irregularPasts.Contains(w)) return true;
        return char.IsLower(w[0]) && (w.EndsWith("ed") || w.EndsWith('s')) && j + 1 < doc.Tokens.Length
            && doc.Tokens[j + 1].Kind == TokenKind.Word && s_objectStarts.Contains(doc.TokenText(j + 1));
    }

    private static readonly WordSet s_leadingWords = new("but", "and", "so", "then", "yet", "now", "still", "meanwhile");

    /// <summary>
    /// A subject the phrase reader does not know ("Experts on North Korea", "Those close to him", "someone"):
    /// the words from <paramref name="from"/> (past a leading conjunction) to the cue, when they are few and
    /// plainly a noun phrase (no comma, quote mark, cue or verb-like auxiliary inside).
    /// </summary>
    public static Mention? BareSubject(Document doc, int from, int cueFirst)
    {
        int end = SkipFillersBackward(doc, cueFirst, from);
        while (from < end && doc.Tokens[from].Kind == TokenKind.Word && s_leadingWords.Contains(doc.TokenText(from)))
        {
            from++;
            if (from < end && doc.IsPunct(from, ',')) from++; // "Still, the report suggests …"
        }
        if (end <= from || end - from > 8) return null;
        for (int i = from; i < end; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind is TokenKind.QuoteMark or TokenKind.Dash || t.Kind == TokenKind.Punctuation && !doc.IsPunct(i, '.')) return null;
            if (t.Kind == TokenKind.Word && (WordLists.SpeakerCueFillers.Contains(doc.TokenText(i)) || doc.Is(i, "that") || doc.Is(i, "who") || doc.Is(i, "which"))) return null;
            if (i > from && At(doc, i) is { Probability: >= 0.3 }) return null;
            // A verb of its own makes it a clause ("Trump took offense at", "the gravitas … combined with").
            if (i > from && t.Kind == TokenKind.Word && (s_finiteWords.Contains(doc.TokenText(i)) || s_irregularPasts.Contains(doc.TokenText(i))
                || LowerPast(doc, i) && !Participle(doc, i) && !NounSlot(doc, i))) return null;
        }
        // A phrase starts with a determiner, a capital or a word like "someone" (lower-case, after a capital sentence start),
        // never with a clause word ("If a replacement …", "There's no way to …", "what many …").
        var first = doc.TokenText(from);
        // ("In a statement announcing …", "At a news conference": a prepositional phrase speaks for no one.)
        if (s_notPhraseStarts.Contains(first) || s_phrasePrepositions.Contains(first)) return null;
        if (!(char.IsUpper(first[0]) || doc.Has(from, WordClass.Determiner) || doc.Has(from, WordClass.GroupHead))) return null;
        return NounPhraseReader.Analyze(doc, from, end);
    }

    private static readonly WordSet s_phrasePrepositions = new(
        "in", "at", "on", "during", "with", "from", "for", "of", "by", "about", "into", "over", "under",
        "through", "despite", "amid", "among", "following", "to", "via", "without", "within", "across", "near");

    private static readonly WordSet s_finiteWords = new(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
        "does", "do", "did", "been");
    private static readonly WordSet s_relatives = new("who", "which", "that", "whom");

    private static readonly WordSet s_numberWords = new("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "a", "all", "every");

    private static readonly WordSet s_participleFollowers = new("in", "across", "at", "by", "on", "from", "for", "with", "during", "over", "since", "last", "this",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "earlier", "recently");

    private static bool NounSlot(Document doc, int i) => doc.Has(i - 1, WordClass.Determiner) || doc.IsPossessive(i - 1);

    private static bool LowerPast(Document doc, int i) => doc.TokenText(i) is var w && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]);

    // "the nurses surveyed across four hospitals": a past participle after a noun and before a preposition describes it.
    private static bool Participle(Document doc, int i) =>
        doc.TokenText(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && doc.Tokens[i - 1].Kind == TokenKind.Word
        && i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Kind == TokenKind.Word && s_participleFollowers.Contains(doc.TokenText(i + 1));

    /// <summary>
    /// For a speech cue whose subject the phrase reader cannot read, the whole stretch from the sentence start
    /// (past conjunctions; none after an introductory word) to the cue: "Large majorities of the farmers in three counties
    /// said …", "Some residents who have lived beside the river for decades, in trailers or farmhouses, said …".
    /// At most 30 tokens, no quote mark or sentence end inside, opening like a noun phrase.
    /// </summary>
    public static Mention? LongSubject(Document doc, int from, int cueFirst)
    {
        int end = SkipFillersBackward(doc, cueFirst, from);
        // "… last spring said": the time phrase before the cue is not part of the subject.
        if (end - 2 > from && doc.Tokens[end - 1].Kind == TokenKind.Word && s_timeHeads.Contains(doc.TokenText(end - 1))
            && doc.Tokens[end - 2].Kind == TokenKind.Word && s_timeModifiers.Contains(doc.TokenText(end - 2)))
            end -= 2;
        while (end > from && doc.IsPunct(end - 1, ',')) end--;
        while (from < end && doc.Tokens[from].Kind == TokenKind.Word && s_leadingWords.Contains(doc.TokenText(from)))
        {
            from++;
            if (from < end && doc.IsPunct(from, ',')) from++;
        }
        if (IntroducesSentence(doc, from)) return null;
        if (end - from < 2 || end - from > 30) return null;
        // "The union stayed calm for months, though a review board in 2019 found": the subject is the last clause's,
        // after its opening word.
        for (int i = end - 2; i > from; i--)
            if (doc.IsPunct(i - 1, ',') && doc.Tokens[i].Kind == TokenKind.Word && s_notPhraseStarts.Contains(doc.TokenText(i))) { from = i + 1; break; }
        bool relative = false;
        for (int i = from; i < end; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark || doc.IsTerminal(i) || doc.IsPunct(i, ';') || doc.IsPunct(i, ':')) return null;
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            relative |= i > from && s_relatives.Contains(doc.TokenText(i));
            // A verb of its own makes the stretch a clause ("X has been targeting Y since Z, at the debate, cited",
            // "the union stayed calm"), except inside a relative clause ("voters who have listened").
            // (After an article or a possessive the word is a noun: "familiar with the planning", "Monday's meeting".)
            if (!relative && i > from && (s_finiteWords.Contains(doc.TokenText(i)) || s_notPhraseStarts.Contains(doc.TokenText(i))
                || (StartsPredicate(doc, i) || LowerPast(doc, i)) && !Participle(doc, i) && !NounSlot(doc, i))) return null;
        }
        // It ends on its head noun, not on a preposition or an article ("none of the rules should stop him from").
        if (doc.Tokens[end - 1].Kind != TokenKind.Word && doc.Tokens[end - 1].Kind != TokenKind.Number || WordLists.Connectors.Contains(doc.TokenText(end - 1))
            || doc.Has(end - 1, WordClass.Determiner) || s_notPhraseStarts.Contains(doc.TokenText(end - 1))) return null;
        var first = doc.TokenText(from);
        if (s_notPhraseStarts.Contains(first) || doc.Has(from, WordClass.Pronoun)) return null;
        if (!(char.IsUpper(first[0]) || doc.Has(from, WordClass.Determiner) || doc.Has(from, WordClass.GroupHead))) return null;
        return NounPhraseReader.Analyze(doc, from, end);
    }

    /// <summary>
    /// The plain words from <paramref name="from"/> to the next comma, dash or the sentence end (before
    /// <paramref name="end"/>), as a phrase: at most ten words, no quote mark, cue or clause word inside.
    /// </summary>
    public static Mention? BareObject(Document doc, int from, int end)
    {
        int stop = from;
        while (stop < end && stop - from <= 10)
        {
            var t = doc.Tokens[stop];
            if (t.Kind is TokenKind.Dash || t.Kind == TokenKind.Punctuation && (doc.IsPunct(stop, ',') || doc.IsTerminal(stop))) break;
            if (t.Kind == TokenKind.QuoteMark || t.Kind == TokenKind.Punctuation && !doc.IsPunct(stop, '.')) return null;
            if (t.Kind == TokenKind.Word && (doc.Is(stop, "that") || doc.Is(stop, "who") || doc.Is(stop, "which")
                || WordLists.SpeakerCueFillers.Contains(doc.TokenText(stop)))) return null;
            stop++;
        }
        if (stop == from || stop - from > 10 || doc.Tokens[from].Kind is not (TokenKind.Word or TokenKind.Number)) return null;
        return NounPhraseReader.Analyze(doc, from, stop);
    }

    /// <summary>The index of the first of <paramref name="sources"/> (sorted by first token) starting at or after <paramref name="token"/>.</summary>
    internal static int FirstSourceFrom(Mention[] sources, int token)
    {
        int lo = 0, hi = sources.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (sources[mid].FirstToken < token) lo = mid + 1; else hi = mid; }
        return lo;
    }

    // "WASHINGTON (AP) — …", "DES MOINES, Iowa — …": a dateline's place in capitals (a state or agency after it),
    // then a dash, is no part of the sentence's subject.
    private static int AfterDateline(Document doc, int min, int max)
    {
        // "New York (AFP) – …", "Aug 27 (Reuters) - …": an agency in brackets before a dash ends a dateline of any case.
        for (int j = min + 2; j + 1 < max && j - min <= 6; j++)
            if (doc.IsPunct(j - 2, '(') && doc.IsPunct(j, ')') && doc.Tokens[j + 1].Kind == TokenKind.Dash && doc.IsCapitalized(j - 1)) return j + 2;
        if (min >= max || doc.Tokens[min].Kind != TokenKind.Word || doc.Tokens[min].Length < 3 || !doc.IsAllCaps(doc.Tokens[min].Span)) return min;
        for (int j = min + 1; j < max && j - min <= 8; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Dash) return j + 1;
            if (doc.Tokens[j].Kind is TokenKind.QuoteMark || doc.IsTerminal(j) && !doc.IsPunct(j, '.')) return min;
        }
        return min;
    }

    private static readonly WordSet s_introductoryWords = new(
        "in", "on", "at", "after", "before", "during", "since", "despite", "with", "without", "for", "from", "by", "as",
        "although", "though", "while", "when", "if", "because", "once", "having", "being", "still", "meanwhile", "however",
        "through", "under", "amid", "among", "across", "following", "unlike", "within", "throughout", "earlier", "later",
        "late", "early");

    // "Recently, …", "Chastened by …, Trump …", "In a statement, …": a sentence-initial adverb, participle or
    // preposition opens an introductory phrase, not the subject (capitalized, it would read as a name).
    internal static bool IntroducesSentence(Document doc, int first)
    {
        if (first >= doc.Tokens.Length || doc.Tokens[first].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(first);
        if (s_introductoryWords.Contains(w)) return true;
        if (w.Length < 5 || !char.IsUpper(w[0]) || first + 1 >= doc.Tokens.Length) return false;
        bool suffix = w.EndsWith("ly") || w.EndsWith("ed") || w.EndsWith("ing");
        // "Nearly two thirds of …", "Roughly 40 percent of …": an adverb before a number quantifies the subject.
        if (w.EndsWith("ly") && (doc.Tokens[first + 1].Kind == TokenKind.Number || s_numberWords.Contains(doc.TokenText(first + 1)))) return false;
        // "Chastened by", "Recently,": the shape of the next token tells the word from a name ("Reed said").
        return suffix && (doc.IsPunct(first + 1, ',') || doc.Tokens[first + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(first + 1)[0]));
    }

    // The sentence's subject: its first phrase, or the first after an introductory phrase ("In 1986, the court …").
    private static Mention? SentenceSubject(Document doc, int min, int max)
    {
        min = AfterDateline(doc, min, max);
        // "A few minutes later they …", "Two days ago, the court …": a time phrase first is no subject.
        for (int j = min + 1; j < max && j - min <= 5; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) break;
            if (doc.Is(j, "later") || doc.Is(j, "earlier") || doc.Is(j, "ago")) { min = doc.IsPunct(j + 1, ',') ? j + 2 : j + 1; break; }
        }
        // The subject ends where its verb begins: "the court | blocked the merger, citing …".
        for (int j = min + 1; j < max; j++)
            if (StartsPredicate(doc, j)) { max = j; break; }
        var first = IntroducesSentence(doc, min) ? null : NounPhraseReader.ReadForward(doc, min, max);
        if (first is not null && !doc.IsPunct(first.EndToken, ',')) return first;
        // Past the introductory phrases: "On Thursday, however, Trump spoke …", "In a column on the day before the debate, two writers …".
        for (int j = min + 1; j < max && j - min <= 16; j++)
        {
            if (!doc.IsPunct(j, ',')) continue;
            if (NounPhraseReader.ReadForward(doc, j + 1, max) is { } after) return after;
        }
        return first;
    }
}
