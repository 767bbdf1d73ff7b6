using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

// Who speaks a cue: the phrase before it, past appositives, fillers and asides; for a participle the sentence's
// subject; a long subject the phrase reader cannot read; the publisher of a statement.
internal static partial class CueFinder
{
    /// <summary>Speaker of a cue read the usual way: the phrase before it, else (inverted) the one after it.</summary>
    public static Mention? SpeakerOf(Document doc, CueMatch cue, int min, int max)
    {
        if (cue.Entry.Lemma == "according to") return NounPhraseReader.ReadForward(doc, cue.End, max);
        int beforeCue = SkipFillersBackward(doc, cue.First, min);
        if (ParticipleAfterPreposition(doc, cue, beforeCue, min)) return SubjectOf(doc, cue, min);
        // "… by name, but told his supporters, “…”": a second verb of the sentence's subject; what follows is its audience.
        if (beforeCue - 1 > min && (doc.Is(beforeCue - 1, "and") || doc.Is(beforeCue - 1, "but"))) return SubjectOf(doc, cue, min);
        var before = NounPhraseReader.ReadBackward(doc, beforeCue, min);
        if (before is not null) return PublisherOf(doc, cue, before, min, default) ?? before;
        // "A White House official who spoke anonymously said, “…”": past a relative clause without commas.
        if (RelativeHead(doc, beforeCue, min) is { } described) return described;
        // "Tommy Lee, a former spokesman for the mayor, said: “…”": past the appositive, as a subject is read.
        if (beforeCue - 1 > min && doc.IsPunct(beforeCue - 1, ',') && SubjectOf(doc, cue, min) is { } subject && subject.EndToken < beforeCue) return subject;
        // ", telling Reuters, “…”": a participle does not invert (what follows is its audience); its subject is the sentence's.
        if (IsParticiple(doc, cue)) return SubjectOf(doc, cue, min);
        return (cue.Entry.Flags & CueFlags.Invertible) != 0 ? NounPhraseReader.ReadForward(doc, cue.End, max) : null;
    }

    /// <summary>
    /// The subject of a cue, reading no earlier than token <paramref name="min"/>; <paramref name="earlierSources"/> are
    /// the speakers an earlier stage found, by first token (<see cref="ReportedSpeechRun.EarlierSources"/>), which a
    /// participle's subject may be.
    /// </summary>
    // The subject of a cue: the phrase before it (past adverbs and auxiliaries), past an appositive
    // ("Smith, the mayor, said"), or for a participle after a comma, the subject of the sentence.
    public static Mention? SubjectOf(Document doc, CueMatch cue, int min, ReadOnlySpan<Mention> earlierSources = default)
    {
        int end = SkipFillersBackward(doc, cue.First, min);
        // "Wells Fargo just this month announced": a time phrase between the subject and its cue.
        if (end - 2 > min && doc.Tokens[end - 1].Kind == TokenKind.Word && doc.Words(WordList.CalendarTimeHeads).Contains(doc.TokenText(end - 1))
            && doc.Tokens[end - 2].Kind == TokenKind.Word && doc.Words(WordList.TimeLeads).Contains(doc.TokenText(end - 2)))
            end = SkipFillersBackward(doc, end - 2, min);
        // "Trump at the time said": the same with "at the time".
        if (end - 3 > min && doc.Is(end - 1, "time") && doc.Is(end - 2, "the") && doc.Is(end - 3, "at"))
            end = SkipFillersBackward(doc, end - 3, min);
        // "many of whom say": the quantifier of a relative pronoun.
        if (end - 3 >= min && doc.Is(end - 1, "whom") && doc.Is(end - 2, "of"))
            return NounPhraseReader.Analyze(doc, end - 3, end);
        // "campaigned in Ohio without mentioning …", "Besides attacking …, the senator asserted": a participle after a
        // preposition speaks for the sentence's subject; the words before the preposition are no subject of it.
        if (ParticipleAfterPreposition(doc, cue, end, min)) goto sentenceSubject;
        // "Two in three said": a proportion standing alone.
        if (end - 3 >= min && doc.Is(end - 2, "in") && IsCount(doc, end - 1) && IsCount(doc, end - 3)) return NounPhraseReader.Analyze(doc, end - 3, end);
        var direct = NounPhraseReader.ReadBackward(doc, end, min);
        // "Dana Reyes at the University of Ottawa said": the person before "at", "of", "from" speaks; the rest is an affiliation.
        if (direct is not null && AffiliatedName(doc, direct, min) is { } affiliated) return affiliated;
        // "The man who built his career on his credentials said": the phrase read ends a relative clause; the
        // subject is the phrase the clause describes.
        if (RelativeHead(doc, direct?.FirstToken ?? end, min) is { } relativeHead) return relativeHead;
        if (direct is not null) return PublisherOf(doc, cue, direct, min, earlierSources) ?? direct;
        // "…, each touting …", "both saying …": a quantifier standing alone is the subject.
        if (end - 1 >= min && doc.Tokens[end - 1].Kind == TokenKind.Word && doc.Words(WordList.StandaloneQuantifiers).Contains(doc.TokenText(end - 1)))
            return NounPhraseReader.Analyze(doc, end - 1, end);
        if (end - 1 > min && (doc.Is(end - 1, "and") || doc.Is(end - 1, "but"))) goto sentenceSubject;
        // "Many speakers at the vigil — nurses, teachers — said": a dashed aside between the subject and its cue.
        if (end - 1 > min && doc.Tokens[end - 1].Kind == TokenKind.Dash)
        {
            for (int j = end - 2; j > min && end - j < 30; j--)
            {
                if (doc.IsTerminal(j) || doc.Tokens[j].Kind == TokenKind.QuoteMark) break;
                if (doc.Tokens[j].Kind != TokenKind.Dash) continue;
                if (NounPhraseReader.ProbeBackward(doc, j, min) is { } np && (np.First == min || doc.IsPunct(np.First - 1, ','))) return np.ToMention();
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
        if (lastComma == end - 2 && (from = NounPhraseReader.ShortTitleOpening(doc, end - 1, min) - 1) < min) goto sentenceSubject;
        // "Sandy Lee, who lost her daughter in Aurora, Colorado, in July 2012, said": a relative clause, whatever
        // commas it holds, follows the subject; the phrase before ", who" is it.
        if (RelativeClauseSubject(doc, min, lastComma) is { } described) return described;
        // Back over up to three commas: "Ann Lee, a developer and spokeswoman for X, which is made up of Y, said".
        NounPhraseReader.Phrase? appositiveName = null;
        for (int j = from, commas = 0; j > min && end - j < 40 && commas < 3; j--)
        {
            if (doc.Tokens[j].Kind == TokenKind.QuoteMark)
            {
                // "Joe Barker, host of the station’s “Morning Show,” said": a quoted title inside the appositive.
                int open = NounPhraseReader.ShortTitleOpening(doc, j, min);
                if (open < 0) break;
                j = open;
                continue;
            }
            if (!doc.IsPunct(j, ',')) continue;
            commas++;
            // "The head of the group backing Lee, Mike Murphy, praised …": the name set off right before the cue.
            if (commas == 1 && NounPhraseReader.ProbeBackward(doc, lastComma, j + 1) is { Shape: MentionShape.Name } named && named.First == j + 1)
                appositiveName = named;
            // (Phrases are probed, and a mention built only for the one returned.)
            if (NounPhraseReader.ProbeBackward(doc, j, min) is not { } np) continue;
            // "His lawyer, Zhang Wei, said", "Ann Lee's agent, Tom Baker, told": a role set off by the name after it is
            // that name's title; the name speaks.
            if (commas == 1 && appositiveName is { } name && (np.Shape == MentionShape.Nominal || np.End < j && doc.IsPossessive(np.End))
                && (np.First == min || doc.IsPunct(np.First - 1, ',') || LeadingConjunctionsOnly(doc, min, np.First)))
            {
                var titled = name.ToMention();
                return titled with { Titles = [.. titled.Titles, new TextSpan(doc.Tokens[np.First].Start, doc.Tokens[j - 1].End)] };
            }
            // "Ann Lee and former Gov. Tom Hale, who …, have pledged": two names joined before the appositive speak together
            // (a group, of common shape: see Coordinated).
            bool coordinated = false;
            if (np.Shape == MentionShape.Name && np.First - 1 > min && doc.Is(np.First - 1, "and")
                && NounPhraseReader.ProbeBackward(doc, np.First - 1, min) is { Shape: MentionShape.Name } left
                && (left.First == min || doc.IsPunct(left.First - 1, ',') || LeadingConjunctionsOnly(doc, min, left.First)))
            {
                np = np with { First = left.First };
                coordinated = true;
            }
            // ("Hours later, Lee …, telling …": a time phrase is no subject.)
            // (At the sentence start, past "But", "And": "But the two leading candidates, Lee and Price, have questioned …".)
            if ((np.First == min || doc.IsPunct(np.First - 1, ',') || LeadingConjunctionsOnly(doc, min, np.First))
                && !(doc.Is(np.First, "who") || doc.Is(np.First, "which")) && !(np.First == min && IntroducesSentence(doc, min))
                && !doc.Words(WordList.RelativeTimeEnds).Contains(doc.TokenText(np.End - 1)))
            {
                // Prefer the name the appositives describe: the phrase before the first of these commas.
                // ("Similarly, Ann Lee, a former secretary, said": an opening adverb is no phrase; "The anchor for Univision, a
                // Spanish-language channel, was trying to ask": of two common phrases, the first is the subject.)
                if (np.First - 1 > min && doc.IsPunct(np.First - 1, ',') && NounPhraseReader.ProbeBackward(doc, np.First - 1, min) is { } head
                    && (head.First == min || doc.IsPunct(head.First - 1, ',')) && !(head.First == min && IntroducesSentence(doc, min))
                    && (head.Shape == MentionShape.Name || (coordinated || np.Shape == MentionShape.Nominal) && head.Shape == MentionShape.Nominal && head.First == min))
                    return head.ToMention();
                return coordinated ? Coordinated(doc, np.First, np.End) : np.ToMention();
            }
        }
        if (appositiveName is { } appositive) return appositive.ToMention();
        // "Sen. Jack Reed (D-R.I.), said": a stray comma after a party tag.
        if (doc.IsPunct(lastComma - 1, ')') && NounPhraseReader.ReadBackward(doc, lastComma, min) is { Shape: MentionShape.Name } tagged
            && (tagged.FirstToken == min || LeadingConjunctionsOnly(doc, min, tagged.FirstToken))) return tagged;
        sentenceSubject:
        // "fined them for refusing to …", "accused of lying": the gerund's subject is the object, not the sentence's.
        if (end - 1 >= min && doc.Tokens[end - 1].Kind == TokenKind.Word && doc.Words(WordList.ObjectGerundPrepositions).Contains(doc.TokenText(end - 1))) return null;
        // "urged the senator to explain …": the object before "to" is the infinitive's subject.
        bool infinitive = end - 1 > min && doc.Is(end - 1, "to");
        // (The verb before the object is itself one of speech: urged, asked, told, pressed.)
        if (infinitive && NounPhraseReader.ProbeBackward(doc, end - 1, min) is { } controller && controller.First > min
            && At(doc, controller.First - 1) is { Probability: >= 0.5 })
            return controller.ToMention();
        // ", saying …", ", adding that …", "… and said …", "took to Twitter to accuse …": the sentence's subject
        // (for an infinitive, only of a plain speech cue: "troops were deployed to defend …" reports nothing).
        bool participle = IsParticiple(doc, cue);
        if (infinitive && cue.Probability >= 0.6 || participle || (end - 1 > min && (doc.Is(end - 1, "and") || doc.Is(end - 1, "but"))))
        {
            // "…, Mr. Lee said, adding that …", "…, said Mr. Lee, adding …": the speaker of the clause just before.
            if (participle && SpeakerOfTailBefore(doc, end, min) is { } tail) return tail;
            // "Conceding that …, he warned …", "After arguing that …, his team is suggesting …": a participle opening the
            // sentence speaks for the subject of the clause after it.
            if (participle && OnlyFrameWords(doc, min, cue.First)
                && MainSubjectAfter(doc, cue) is { } main) return main;
            // The latest attributions (in text order), then an earlier stage's speakers by position: the work per
            // cue stays bounded however long the document is.
            for (int a = doc.Attributions.Count - 1; a >= 0 && a >= doc.Attributions.Count - 16; a--)
            {
                var prev = doc.Attributions[a];
                if (prev.Source is { } src && src.FirstToken >= min && src.EndToken <= cue.First) return src;
                if (prev.Source is { } older && older.EndToken <= min) break;
            }
            for (int k = FirstSourceFrom(earlierSources, cue.First) - 1; k >= 0 && earlierSources[k].FirstToken >= min; k--)
                if (earlierSources[k].EndToken <= cue.First) return earlierSources[k];
            return SentenceSubject(doc, min, cue.First);
        }
        return null;
    }

    // The person's name before "at / of / from / with" and an affiliation read as the subject: a name of two or more words
    // or with an honorific, opening the clause ("Dana Reyes at the University of Ottawa"; not "the mayor of Springfield").
    private static Mention? AffiliatedName(Document doc, Mention affiliation, int min)
    {
        int connector = affiliation.FirstToken - 1;
        if (connector <= min || !(doc.Is(connector, "at") || doc.Is(connector, "of") || doc.Is(connector, "from") || doc.Is(connector, "with"))) return null;
        if (NounPhraseReader.ProbeBackward(doc, connector, min) is not { Shape: MentionShape.Name } phrase || phrase.End != connector) return null;
        if (phrase.End - phrase.First < 2 || !(phrase.First == min || doc.IsPunct(phrase.First - 1, ',') || LeadingConjunctionsOnly(doc, min, phrase.First))) return null;
        for (int i = phrase.First; i < phrase.End; i++) if (!doc.IsNameWord(i) && !doc.Has(i, WordClass.Title)) return null;
        var name = phrase.ToMention();
        return name with { Titles = [.. name.Titles, new TextSpan(doc.Tokens[connector].Start, affiliation.Span.End)] };
    }

    private static readonly CueEntry s_publishingEntry = new("publish", CueFlags.None);

    // "Lee's office released a statement saying …": the one who published the document speaks through it.
    private static Mention? PublisherOf(Document doc, CueMatch cue, Mention document, int min, ReadOnlySpan<Mention> earlierSources)
    {
        if (!IsParticiple(doc, cue) || document.EndToken != cue.First) return null;
        if (!doc.Words(WordList.DocumentNouns).Contains(doc.TokenText(document.EndToken - 1))) return null;
        int verb = document.FirstToken - 1;
        if (verb > min && doc.Is(verb, "out")) verb--; // "put out a statement"
        if (verb <= min || !doc.Words(WordList.PublishingVerbs).Contains(doc.TokenText(verb))) return null;
        // ("Chris Carr, the committee's political director, released a statement confirming …": past an appositive.)
        return SubjectOf(doc, new CueMatch(verb, verb + 1, s_publishingEntry, 0.5), min, earlierSources);
    }

    // A cue, an auxiliary, or a lower-case -ed/-s word right before an object ("blocked the", "wants a").
    private static bool StartsPredicate(Document doc, int j)
    {
        if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(j);
        if (doc.Has(j, WordClass.Filler) || At(doc, j) is { Probability: >= 0.3 }) return true;
        // "Donald Trump and Hillary Clinton vied …": a lower-case past form right after a name.
        if (char.IsLower(w[0]) && w.EndsWith("ed") && j > 0 && doc.IsNameWord(j - 1)) return true;
        // "The governor took to Twitter …": a common irregular past form.
        if (char.IsLower(w[0]) && doc.Words(WordList.SubjectIrregularPasts).Contains(w)) return true;
        return char.IsLower(w[0]) && (w.EndsWith("ed") || w.EndsWith('s')) && j + 1 < doc.Tokens.Length
            && doc.Tokens[j + 1].Kind == TokenKind.Word && doc.Words(WordList.ObjectStarts).Contains(doc.TokenText(j + 1));
    }

    /// <summary>The index of the first of <paramref name="sources"/> (sorted by first token) starting at or after <paramref name="token"/>.</summary>
    internal static int FirstSourceFrom(ReadOnlySpan<Mention> sources, int token)
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

    // "Recently, …", "Chastened by …, Trump …", "In a statement, …": a sentence-initial adverb, participle or
    // preposition opens an introductory phrase, not the subject (capitalized, it would read as a name).
    internal static bool IntroducesSentence(Document doc, int first)
    {
        if (first >= doc.Tokens.Length || doc.Tokens[first].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(first);
        if (doc.Words(WordList.IntroductoryWords).Contains(w)) return true;
        if (w.Length < 5 || !char.IsUpper(w[0]) || first + 1 >= doc.Tokens.Length) return false;
        bool suffix = w.EndsWith("ly") || w.EndsWith("ed") || w.EndsWith("ing");
        // "Nearly two thirds of …", "Roughly 40 percent of …": an adverb before a number quantifies the subject.
        if (w.EndsWith("ly") && (doc.Tokens[first + 1].Kind == TokenKind.Number || doc.Words(WordList.CountWords).Contains(doc.TokenText(first + 1)))) return false;
        // (A name with such an ending before a verb of saying is the subject: "Fleming said", "Ahmed told".)
        if (doc.Tokens[first + 1].Kind == TokenKind.Word && At(doc, first + 1) is { Probability: >= 0.5 }) return false;
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
            if (doc.Words(WordList.RelativeTimeEnds).Contains(doc.TokenText(j))) { min = doc.IsPunct(j + 1, ',') ? j + 2 : j + 1; break; }
        }
        // The subject ends where its verb begins: "the court | blocked the merger, citing …".
        for (int j = min + 1; j < max; j++)
            if (StartsPredicate(doc, j)) { max = j; break; }
        var first = IntroducesSentence(doc, min) ? null : NounPhraseReader.ProbeForward(doc, min, max);
        if (first is { } subject && !doc.IsPunct(subject.End, ',')) return subject.ToMention();
        // Past the introductory phrases: "On Thursday, however, Trump spoke …", "In a column on the day before the debate, two writers …".
        for (int j = min + 1; j < max && j - min <= 16; j++)
        {
            if (!doc.IsPunct(j, ',')) continue;
            if (NounPhraseReader.ProbeForward(doc, j + 1, max) is { } after) return after.ToMention();
        }
        return first?.ToMention();
    }

    private static bool IsCount(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Number || doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.CountWords).Contains(doc.TokenText(i));

    // The phrase before "who" when the words from it to the token are a relative clause with no punctuation.
    private static Mention? RelativeHead(Document doc, int first, int min)
    {
        for (int j = first - 1; j > min && first - j <= 15; j--)
        {
            if (doc.Tokens[j].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Clitic)) return null;
            if (!doc.Is(j, "who")) continue;
            // (A verb right after "who": "The man who built …", not "… whom".)
            if (j + 1 >= first || doc.Tokens[j + 1].Kind != TokenKind.Word) return null;
            return NounPhraseReader.ProbeBackward(doc, j, min) is { } head && (head.First == min || LeadingConjunctionsOnly(doc, min, head.First))
                && !IntroducesSentence(doc, head.First) ? head.ToMention() : null;
        }
        return null;
    }

    private static Mention? SpeakerOfTailBefore(Document doc, int end, int min)
    {
        int comma = end - 1;
        if (comma - 2 < min || !doc.IsPunct(comma, ',')) return null;
        // ", Lee said,": a cue, and before it a phrase set off by a comma.
        if (At(doc, comma - 1) is { Probability: >= 0.5 } said && !doc.TokenText(said.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && NounPhraseReader.ProbeBackward(doc, SkipFillersBackward(doc, said.First, min), min) is { } np && np.First - 1 >= min
            && doc.IsPunct(np.First - 1, ',')) return np.ToMention();
        // ", said Lee,": a phrase after an inverting cue.
        if (NounPhraseReader.ProbeBackward(doc, comma, min) is { } after && after.First - 1 >= min
            && At(doc, after.First - 1) is { } inverted && (inverted.Entry.Flags & CueFlags.Invertible) != 0 && inverted.First - 1 >= min
            && doc.IsPunct(inverted.First - 1, ',')) return after.ToMention();
        return null;
    }

    private static Mention? RelativeClauseSubject(Document doc, int min, int lastComma)
    {
        for (int j = lastComma - 1; j > min && lastComma - j <= 40; j--)
        {
            if (doc.IsTerminal(j) || doc.Tokens[j].Kind == TokenKind.QuoteMark || At(doc, j) is { Probability: >= 0.5 }) return null;
            if (!doc.Is(j, "who") || !doc.IsPunct(j - 1, ',')) continue;
            return NounPhraseReader.ProbeBackward(doc, j - 1, min) is { Shape: MentionShape.Name } np
                && (np.First == min || doc.IsPunct(np.First - 1, ',') || LeadingConjunctionsOnly(doc, min, np.First))
                && !(np.First == min && IntroducesSentence(doc, min)) ? np.ToMention() : null;
        }
        return null;
    }

    // Two phrases joined by "and": one plural mention of a group, named by the whole phrase.
    // Two names joined by "and", tokens [first, end): a group speaking together.
    private static Mention Coordinated(Document doc, int first, int end)
    {
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        return new Mention(span, span, [], MentionShape.Nominal, SpeakerKind.Group, Gender.Unknown, true, first, end);
    }

    private static bool ParticipleAfterPreposition(Document doc, CueMatch cue, int end, int min) =>
        end - 1 >= min && IsParticiple(doc, cue)
        && doc.Tokens[end - 1].Kind == TokenKind.Word && doc.Words(WordList.ParticipleFrames).Contains(doc.TokenText(end - 1))
        && !doc.Is(end - 1, "and") && !doc.Is(end - 1, "but");

    private static bool LeadingConjunctionsOnly(Document doc, int from, int to)
    {
        if (to <= from || to - from > 2) return false;
        for (int i = from; i < to; i++) if (!doc.Words(WordList.LeadingWords).Contains(doc.TokenText(i))) return false;
        return true;
    }

    private static bool OnlyFrameWords(Document doc, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (doc.Tokens[i].Kind != TokenKind.Word || !doc.Words(WordList.ParticipleFrames).Contains(doc.TokenText(i))) return false;
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
            if (!doc.IsPunct(j, ',') || NounPhraseReader.ProbeForward(doc, j + 1, end) is not { } np) continue;
            int k = SkipFillersForward(doc, np.End, end);
            if (k < end && doc.Tokens[k].Kind == TokenKind.Word && (At(doc, k) is not null || doc.Words(WordList.PhraseFiniteWords).Contains(doc.TokenText(k))
                || LowerPast(doc, k) || doc.Words(WordList.SubjectIrregularPasts).Contains(doc.TokenText(k)))) return np.ToMention();
        }
        return null;
    }
}
