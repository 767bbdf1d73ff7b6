using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// Finds reported speech without quote marks, sentence by sentence:
/// SPEAKER CUE (that) CONTENT / CONTENT, SPEAKER CUE / CONTENT, CUE SPEAKER / According to SPEAKER, CONTENT /
/// CONTENT, according to SPEAKER / SPEAKER CUE OBJ of|for CONTENT, and headline attribution by dash or colon.
/// Quoted fragments inside the content make it Mixed. Runs after <see cref="QuotedSpeechStage"/> and leaves
/// its quotes, cues and speakers alone.
/// </summary>
public sealed partial class ReportedSpeechStage : IPipelineStage
{
    /// <summary>Cues less likely than this (learned per word form) do not start a reported clause.</summary>
    public double MinimumCueProbability { get; init; } = 0.2;

    /// <summary>With a model to decide, weaker cues may propose too.</summary>
    public double MinimumCueProbabilityWithModel { get; init; } = 0.0;

    private double MinCue(Document doc) => doc.Options.Scorer is null ? MinimumCueProbability : MinimumCueProbabilityWithModel;

    private static readonly WordSet s_objectTakers = new("tell", "ask", "urge", "warn", "remind", "inform", "assure", "promise");
    private static readonly WordSet s_prepositions = new("in", "on", "at", "during", "after", "before", "while", "to", "with", "from", "for", "of", "by", "about", "into", "over", "via", "through");

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = document;
        var used = UsedTokens(doc);
        doc.EarlierSources = [.. doc.Attributions.Where(a => a.Source is not null).Select(a => a.Source!).OrderBy(m => m.FirstToken)];
        Transcripts(doc, used);
        LeadInHalves(doc, used);
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount < 3) continue;
            if (doc.Options.SkipBoilerplate && doc.IsBoilerplate(doc.Tokens[s.FirstToken].Start)) continue;
            int end = ContentEnd(doc, s);
            if (Headline(doc, s, end, used)) continue;
            // "CONTENT, SPEAKER CUE." first: its content may itself hold cues ("X told Y that Z, the source added").
            Tail(doc, s, end, used);
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (used[i]) continue;
                if (CueFinder.At(doc, i) is not { } cue || InsideQuote(doc, i)) continue;
                if (cue.Probability < MinCue(doc) && cue.Entry.Lemma != "according to") continue;
                if (PossessorNoun(doc, s, cue, end) is { } claim)
                {
                    if (TryAdd(doc, used, claim)) i = Math.Max(i, doc.TokenAtOrAfter(claim.Content.End) - 1);
                    continue;
                }
                if (UsedAsNoun(doc, cue)) continue;
                // "was echoed by experts", "is supported by few papers": the passive's subject is what was said.
                if (Passive(doc, i, s.FirstToken) && doc.Is(cue.End, "by"))
                {
                    if (PassiveBy(doc, s, cue, end) is { } byAgent && TryAdd(doc, used, byAgent)) i = cue.End;
                    continue;
                }
                if (AskedQuestion(doc, s, cue, end) is { } asked)
                {
                    if (TryAdd(doc, used, asked)) i = Math.Max(i, doc.TokenAtOrAfter(asked.Content.End) - 1);
                    continue;
                }
                if (Parenthetical(doc, s, cue, end, used)) { i = cue.End; continue; }
                // The readings in order. When the content-first reading cannot be kept (its content is taken: "“…,”
                // Rendell recalled, suggesting the debate erased …"), a proposition after the cue still may be.
                var found = Reading(doc, s, cue, end, used);
                if (found is null) continue;
                i = Math.Max(i, doc.TokenAtOrAfter(found.Content.End) - 1);
            }
        }
        AgentClauses(doc, used);
        foreach (var s in doc.Sentences)
            if (s.TokenCount >= 5 && !(doc.Options.SkipBoilerplate && doc.IsBoilerplate(doc.Tokens[s.FirstToken].Start)))
                EvidenceIn(doc, s, ContentEnd(doc, s), used);
        NestedPossessorNouns(doc, used);
        OverlapResolver.Resolve(doc);
    }

    private static readonly WordSet s_notVerbs = new(
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "but", "or", "if", "as", "and",
        "than", "so", "then", "there", "here", "this", "these", "those", "its", "his", "her", "their", "is", "are",
        "was", "were", "be", "been", "being", "has", "have", "had", "does", "do", "did", "news", "percent", "always",
        "perhaps", "whether", "various", "previous", "serious", "famous", "obvious", "numerous", "us", "this", "thus",
        "less", "unless", "across", "its", "yes", "always", "sometimes", "nearly", "afterwards", "towards", "besides",
        "nothing", "something", "anything", "everything", "willing");
    private static readonly WordSet s_propositionStarts = new("that", "to", "whether", "if", "how", "what", "why", "who", "when", "where");
    private static readonly WordSet s_agentPrepositions = new("about", "of", "for", "against", "on", "with", "at", "to", "into", "over");

    // "rejected the minister's claim that X": the claim is an attribution of its own, nested in the rejection's content.
    private void NestedPossessorNouns(Document doc, bool[] used)
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
                if (inner.Content.End > outer.Content.End) continue;
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

    private static readonly WordSet s_nounSignals = new("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those");
    private static readonly WordSet s_subjectPronouns = new("he", "she", "they", "we", "i", "it");
    private static readonly WordSet s_emptyObjects = new("nothing", "little", "much", "anything", "something", "everything", "more", "less", "so");
    private static readonly WordSet s_doForms = new("do", "does", "did", "must", "shall");
    private static readonly WordSet s_auxiliaries = new("have", "has", "had", "are", "were", "is", "was", "will", "would", "could", "can", "may", "might", "should");

    // "the claims", "his remarks", "worries have dogged": the cue word is a noun here.
    private static bool UsedAsNoun(Document doc, CueMatch cue)
    {
        int before = cue.First - 1;
        // "a talk show", "ABC's TV show", "the CW show": a show on the air.
        if (before >= 0 && doc.Is(cue.First, "show") && !doc.Is(cue.End, "that") && (doc.Tokens[before].Length >= 2 && doc.IsAllCaps(doc.Tokens[before].Span)
            || doc.Tokens[before].Kind == TokenKind.Word && s_showKinds.Contains(doc.TokenText(before)))) return true;
        if (before >= 0 && (doc.IsPossessive(before) || (doc.Tokens[before].Kind == TokenKind.Word && s_nounSignals.Contains(doc.TokenText(before))))) return true;
        // "a New York Times report", "an Ann Lee tweet": an article, a name, and the cue word as the noun it modifies.
        int name = before;
        while (name >= 0 && before - name < 4 && doc.IsNameWord(name)) name--;
        // (Not a verb form: "a California Democrat supporting Clinton", "a Nieto said".)
        var word = doc.TokenText(cue.First);
        if (name < before && name >= 0 && (doc.Is(name, "a") || doc.Is(name, "an")) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !s_pastSpeech.Contains(word)) return true;
        // "worries have dogged", "claims were": a plural before an auxiliary ("what the senators said was" is a verb).
        return cue.End < doc.Tokens.Length && doc.Tokens[cue.End].Kind == TokenKind.Word && s_auxiliaries.Contains(doc.TokenText(cue.End))
            && doc.TokenText(cue.End - 1).EndsWith('s');
    }

    private static readonly WordSet s_pastSpeech = new("said", "says", "told", "wrote", "spoke");
    private static readonly WordSet s_possessivePronouns = new("his", "her", "their", "its");

    // "Trump's claim that …", "the ministry's earlier warning that …", "his insistence that …": a cue noun with a
    // that-clause, spoken by its possessor.
    private static QuoteAttribution? PossessorNoun(Document doc, Sentence s, CueMatch cue, int end)
    {
        // "the minister's claim that X", "the authorities' claims of X" (a noun of saying, not a verb: "claims of").
        bool of = doc.Is(cue.End, "of") && doc.TokenText(cue.First).EndsWith('s') && (cue.Entry.Flags & CueFlags.Speech) != 0;
        if (!(doc.Is(cue.End, "that") || of) || cue.End + 2 >= end) return null;
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
        return of ? Make(doc, cue with { End = cue.End + 1 }, source, cue.End + 1, ClauseStop(doc, cue.End + 1, end), 0.6, "possessor-noun")
            : Make(doc, cue, source, cue.End, ClauseStop(doc, cue.End, end), 0.6, "possessor-noun");
    }

    private void Tail(Document doc, Sentence s, int end, bool[] used)
    {
        for (int i = end - 1; i > s.FirstToken + 3 && end - i <= 12; i--)
        {
            if (used[i] || CueFinder.At(doc, i) is not { } cue || UsedAsNoun(doc, cue)) continue;
            if (cue.Probability < MinCue(doc) * 0.5 && cue.Entry.Lemma != "according to") continue;
            var found = AccordingTo(doc, s, cue, end) ?? ContentFirst(doc, s, cue, end);
            if (found is null || !TryAdd(doc, used, found)) continue;
            return;
        }
    }

    // "The museum, Obama said, would make visitors face hard truths.": two halves of one utterance, the second continuing the first.
    private bool Parenthetical(Document doc, Sentence s, CueMatch cue, int end, bool[] used)
    {
        int min = s.FirstToken;
        var subject = NounPhraseReader.ReadBackward(doc, CueFinder.SkipFillersBackward(doc, cue.First, min), min);
        bool inverted = false;
        // ("…, said Lee, …" inverts; "…, touting a message of unity, …" is a participle with its object.)
        if (subject is null && doc.IsPunct(cue.First - 1, ',') && (cue.Entry.Flags & CueFlags.Invertible) != 0
            && !doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            subject = NounPhraseReader.ReadForward(doc, cue.End, end);
            inverted = subject is not null;
        }
        if (subject is null) return false;
        int comma1 = inverted ? cue.First - 1 : subject.FirstToken - 1;
        int comma2 = inverted ? subject.EndToken : cue.End;
        // "…, he told me on Friday, …": a few plain words (audience, time) between the cue and the second comma.
        for (int j = comma2; j < end && j - comma2 <= 5; j++)
        {
            if (doc.IsPunct(j, ',')) { comma2 = j; break; }
            if (doc.Tokens[j].Kind != TokenKind.Word || doc.Is(j, "that") || CueFinder.At(doc, j) is not null) break;
        }
        if (comma1 <= min || !doc.IsPunct(comma1, ',') || comma2 >= end - 2 || !doc.IsPunct(comma2, ',')) return false;
        // ", said Ann Lee, who added …" is a relative clause with its own cue, not the second half.
        if (doc.Is(comma2 + 1, "who") || doc.Is(comma2 + 1, "which") || CueFinder.At(doc, comma2 + 1) is not null) return false;
        var first = Make(doc, cue, subject, min, comma1, 0.7, "parenthetical", 2);
        var second = Make(doc, cue, subject, comma2 + 1, end, 0.7, "parenthetical", 2);
        if (first is null || second is null || Overlaps(doc, used, first) || Overlaps(doc, used, second)) return false;
        // The model judges the utterance by its main (second) half; the first half goes with it.
        if (doc.Options.Scorer is { } scorer)
        {
            double p = scorer.Score(doc, second);
            if (p < scorer.AcceptThreshold) return false;
            first.Confidence = p;
        }
        first.Kind = ContainsQuote(doc, first.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        doc.Attributions.Add(first);
        Mark(doc, used, first);
        second.Continues = doc.Attributions.Count - 1;
        second.Kind = ContainsQuote(doc, second.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        second.Confidence = first.Confidence;
        doc.Attributions.Add(second);
        Mark(doc, used, second);
        return true;
    }

    // According to SPEAKER, CONTENT. / CONTENT, according to SPEAKER.
    private static QuoteAttribution? AccordingTo(Document doc, Sentence s, CueMatch cue, int end)
    {
        if (cue.Entry.Lemma != "according to") return null;
        var source = NounPhraseReader.ReadForward(doc, cue.End, end);
        // "according to show insiders", "according to the top British medical journal": whatever ends the
        // sentence after "according to" is its source, when it is a few plain words.
        if (source is null || (source.EndToken < end && !doc.IsPunct(source.EndToken, ',')))
            source = CueFinder.BareObject(doc, cue.End, end) ?? PhraseToComma(doc, cue.End, end) ?? source;
        if (source is null) return null;
        if (LeadingOnly(doc, s.FirstToken, cue.First) && doc.IsPunct(source.EndToken, ','))
            return Make(doc, cue, source, source.EndToken + 1, end, 0.8, "according-to-first");
        // "…, according to X" / "… — according to X" / "… “a long dental visit,” according to X" (the comma inside the quote).
        int before = cue.First - 1;
        if (before > s.FirstToken && doc.Tokens[before].Kind == TokenKind.QuoteMark && doc.IsPunct(before - 1, ',')) before--;
        if (before > s.FirstToken && (doc.IsPunct(before, ',') || doc.Tokens[before].Kind == TokenKind.Dash))
        {
            int to = before == cue.First - 1 ? before : cue.First;
            return Make(doc, cue, source, SkipConjunctions(doc, s.FirstToken, before), to, 0.8, "according-to-last"); // "And …"
        }
        return null;
    }

    // "according to a city/county survey,", "according to the engineer on duty at the dam that night,": the
    // source is all of it up to the comma, when the phrase reader stops short (at most 20 tokens).
    private static Mention? PhraseToComma(Document doc, int from, int end)
    {
        int stop = from;
        while (stop < end && stop - from <= 20 && !doc.IsPunct(stop, ',') && !doc.IsPunct(stop, ';') && doc.Tokens[stop].Kind != TokenKind.Dash) stop++;
        if (stop == from || stop - from > 20 || doc.Tokens[from].Kind is not (TokenKind.Word or TokenKind.Number)) return null;
        return NounPhraseReader.Analyze(doc, from, stop);
    }

    // CONTENT, SPEAKER CUE (tail). / CONTENT, CUE SPEAKER (tail).
    private static QuoteAttribution? ContentFirst(Document doc, Sentence s, CueMatch cue, int end)
    {
        int min = s.FirstToken;
        // Inverted: ", said the spokesman."
        // (What comes before must be a clause: "Another analyst, Ann Lee of Ohio State, said her count …" is the subject.)
        if (cue.First - 1 > min && doc.IsPunct(cue.First - 1, ',') && (cue.Entry.Flags & CueFlags.Invertible) != 0
            && (HasFiniteVerb(doc, min, cue.First - 1) || ContainsQuote(doc, Span(doc, min, cue.First - 1))))
        {
            var after = NounPhraseReader.ReadForward(doc, cue.End, end);
            if (after is not null && ShortTail(doc, after.EndToken, end))
                return Make(doc, cue, after, min, cue.First - 1, 0.75, "content-cue-speaker");
        }
        if (!ShortTail(doc, cue.End, end)) return null;
        // "As the race turned south, Clinton highlighted her record": a verb with an object of its own reports that
        // object; only a verb of saying takes an audience or a time after it ("…, Lee told reporters Monday").
        if (cue.End < end && doc.Tokens[cue.End].Kind == TokenKind.Word && !IsAdverbial(doc, cue.End) && !s_timePrepositions.Contains(doc.TokenText(cue.End))
            && !s_plainSpeech.Contains(cue.Entry.Lemma) && (cue.Entry.Flags & CueFlags.ObjectThenContent) == 0) return null;
        // "…, each touting their record": a participle with an object after it reports that object, not what came before.
        if (doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && cue.End < end && doc.Tokens[cue.End].Kind == TokenKind.Word) return null;
        // The subject, possibly with an appositive: "…, Ann Lee, a spokeswoman for the ministry, said."
        var subject = CueFinder.SubjectOf(doc, cue, min + 1);
        if (subject is null || subject.Shape == MentionShape.Pronoun && doc.Is(subject.FirstToken, "who")) return null;
        subject = WithAppositive(doc, subject, cue.First);
        // "…, singer Ann Lee revealed", "…, campaign spokesman Bo Price said": a lower-case descriptor before the name.
        for (int d = subject.FirstToken - 1; subject.Shape == MentionShape.Name && d > min && subject.FirstToken - d <= 2 && IsDescriptor(doc, d); d--)
            if (doc.IsPunct(d - 1, ',') || doc.Tokens[d - 1].Kind == TokenKind.Dash) { subject = NounPhraseReader.Analyze(doc, d, subject.EndToken); break; }
        int comma = subject.FirstToken - 1;
        if (comma <= min || !(doc.IsPunct(comma, ',') || doc.Tokens[comma].Kind == TokenKind.Dash)) return null;
        // "On Thursday, however, the senator spoke …", "In a column last week, Lee acknowledged …": an introductory
        // phrase with no verb of its own is not what was said.
        int lead = SkipConjunctions(doc, min, comma);
        if (CueFinder.IntroducesSentence(doc, lead) && !HasFiniteVerb(doc, lead, comma)) return null;
        return Make(doc, cue, subject, min, comma, 0.75, "content-speaker-cue");
    }

    private static readonly WordSet s_notDescriptors = new("since", "beyond", "until", "unless", "after", "before", "because", "whereas", "once", "like", "than", "even", "only", "also");

    // A role noun before a name ("singer", "frontman", "campaign spokesman"): a plain lower-case word, no verb form.
    private static bool IsDescriptor(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !s_notVerbs.Contains(doc.TokenText(i))
        && !s_notDescriptors.Contains(doc.TokenText(i)) && !doc.TokenText(i).EndsWith("ing", StringComparison.Ordinal)
        && !doc.TokenText(i).EndsWith("ed", StringComparison.Ordinal) && !doc.TokenText(i).EndsWith("ly", StringComparison.Ordinal)
        && !s_prepositions.Contains(doc.TokenText(i)) && !doc.Has(i, WordClass.Determiner) && !doc.Has(i, WordClass.Filler)
        && !doc.Has(i, WordClass.Pronoun) && CueFinder.At(doc, i) is null;

    // "Ann Lee, a spokeswoman for the ministry, said": the appositive between the name and the cue is a title.
    private static Mention WithAppositive(Document doc, Mention subject, int cueFirst)
    {
        int k = subject.EndToken;
        int stop = CueFinder.SkipFillersBackward(doc, cueFirst, k);
        if (!doc.IsPunct(k, ',') || stop - 1 <= k + 1 || !doc.IsPunct(stop - 1, ',')) return subject;
        if (doc.Is(k + 1, "who") || doc.Is(k + 1, "which")) return subject;
        return subject with { Titles = [.. subject.Titles, new TextSpan(doc.Tokens[k + 1].Start, doc.Tokens[stop - 2].End)] };
    }

    // SPEAKER CUE (OBJ) (that|:) CONTENT
    private static QuoteAttribution? CueFirst(Document doc, Sentence s, CueMatch cue, int end)
    {
        int min = s.FirstToken;
        var subject = CueFinder.SubjectOf(doc, cue, s.FirstToken);
        // With a model to decide, a strong cue may take a subject the phrase reader does not know.
        if (subject is null && doc.Options.Scorer is not null && cue.Probability >= 0.6) subject = CueFinder.BareSubject(doc, s.FirstToken, cue.First);
        // "Large majorities of the farmers in three counties said …": a speech verb takes the whole stretch before it.
        // (A finite verb only: a participle's subject is the phrase right before it, "a poll showing …".)
        bool longSubject = (cue.Entry.Flags & CueFlags.Speech) != 0 && cue.Probability >= 0.4
            && !doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !doc.Is(cue.First - 1, "to");
        if (subject is null && longSubject) subject = CueFinder.LongSubject(doc, s.FirstToken, cue.First);
        // "Those close to | the senator say", "Experts on | trade said": the phrase read is a prepositional object; the subject is all of it.
        else if (subject is not null && subject.FirstToken > s.FirstToken && doc.Tokens[subject.FirstToken - 1].Kind == TokenKind.Word
            && s_prepositions.Contains(doc.TokenText(subject.FirstToken - 1)))
            subject = CueFinder.BareSubject(doc, s.FirstToken, cue.First) ?? (longSubject ? CueFinder.LongSubject(doc, s.FirstToken, cue.First) : null) ?? subject;
        if (subject is null || IsTimePhrase(doc, subject)) return null;
        if (NotSpeech(doc, cue)) return null;
        int k = cue.End;
        // "told reporters that X": the content is the that-clause; "urged Republicans to join X": the object is part of it.
        // (Not when the clause ends after the object: "a poll showing the mayor's support falling, told …" shows the object.)
        if (s_objectTakers.Contains(cue.Entry.Lemma) && NounPhraseReader.ReadForward(doc, k, end) is { } obj
            && !doc.Is(obj.FirstToken, "that") && !doc.Is(obj.EndToken, "to") && ClauseStop(doc, obj.EndToken, end) > obj.EndToken + 1)
        {
            // "told the Gazette the plan was shelved": the object ends where a new phrase opens a clause; "warn it will
            // scare off builders": a subject and its verb are the content itself, no object before it.
            int split = -1;
            for (int d = obj.FirstToken + 1; d < obj.EndToken && split < 0; d++)
                if (doc.Has(d, WordClass.Determiner) && StartsClause(doc, d, end)) split = d;
            if (split > 0) k = split;
            else if (!StartsClause(doc, k, end)) k = obj.EndToken;
        }
        // "was quoted as saying that …": the cue is the whole phrase.
        if (doc.Is(k, "as") && k + 1 < end && doc.TokenText(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && CueFinder.At(doc, k + 1) is { } saying)
        {
            cue = cue with { End = saying.End };
            k = saying.End;
        }
        // "complained about X", "has been critical of X": the preposition belongs to the cue, its object is the content.
        var cueSpan = cue;
        if (k < end && IsCuePreposition(doc, k, cue) && !HasThatSoon(doc, k, end))
        {
            cueSpan = cue with { End = k + 1 };
            k++;
        }
        // "said in a statement that …", "said on Monday that …": the content starts at "that".
        // "promised to", "urged them to", "plans to": the infinitive is the content, except after plain speech verbs ("said to cost").
        bool infinitive = doc.Is(k, "to") && !s_noInfinitive.Contains(cue.Entry.Lemma);
        // ("reported at least six planes …": a quantifier, not a preposition.)
        bool quantifier = doc.Is(k, "at") && (doc.Is(k + 1, "least") || doc.Is(k + 1, "most"));
        if (k < end && doc.Tokens[k].Kind == TokenKind.Word && s_prepositions.Contains(doc.TokenText(k)) && (cue.Entry.Flags & (CueFlags.ObjectThenContent | CueFlags.Naming)) == 0
            && !infinitive && !quantifier)
        {
            int that = -1;
            // "told reporters on Thursday how surprised he is that …": a question word opens the content before any "that".
            // ("told a crowd in snowy Riverton, Ohio, on the last day of the campaign that …": as far as no verb intervenes.)
            for (int j = k; j < end && j - k <= 20; j++)
            {
                if (doc.Is(j, "that") || (j > k && doc.Tokens[j].Kind == TokenKind.Word && s_questionWords.Contains(doc.TokenText(j)))) { that = j; break; }
                if (j - k >= 10 && (IsFiniteVerb(doc, j) || CueFinder.At(doc, j) is not null)) break;
            }
            // "said after the convention he would …": no "that", but a subject pronoun opens the clause.
            for (int j = k + 2; that < 0 && j < end - 2 && j - k <= 6; j++)
            {
                if (doc.Tokens[j].Kind != TokenKind.Word || doc.IsPunct(j - 1, ',')) continue;
                if (s_subjectPronouns.Contains(doc.TokenText(j)) && doc.Tokens[j + 1].Kind is TokenKind.Word or TokenKind.Clitic) that = j;
                else if (CueFinder.At(doc, j) is { } other && !UsedAsNoun(doc, other)) break;
            }
            if (that < 0) return null;
            k = that;
        }
        if (k < end && (doc.IsPunct(k, ':') || doc.IsPunct(k, ','))) k++;
        // "said earlier Monday that …", "said repeatedly that …": the content starts at "that".
        for (int j = k; j < end && j - k <= 5; j++)
        {
            if (doc.Is(j, "that")) { k = j; break; }
            if (!IsAdverbial(doc, j)) break;
        }
        // "said when she resigned …", "spoke as he entered the hall": a time or reason clause is not what was said.
        if (k < end && doc.Tokens[k].Kind == TokenKind.Word && s_adverbialClauseStarts.Contains(doc.TokenText(k))) return null;
        int stop = RelativeClauseStop(doc, subject, k, ClauseStop(doc, k, end));
        // A strong cue takes even a one-word object as its content ("backed Clinton"); a weak one needs a clause.
        int minWords = cue.Probability >= 0.6 ? 1 : 3;
        // A cue known only from corpus statistics ("signed", "offered") proposes a proposition, never a bare object.
        if (cue.Entry.Flags == CueFlags.None && !(doc.Is(k, "that") || doc.Is(k, "to") || doc.Is(k, "whether") || doc.Is(k, "if")
            || doc.Tokens[k].Kind == TokenKind.QuoteMark || StartsClause(doc, k, end))) return null;
        if (doc.WordCount(Span(doc, k, stop)) < minWords) return null;
        // "adding nothing more", "said little": a bare quantifier reports no content.
        if (stop - k <= 2 && doc.Tokens[k].Kind == TokenKind.Word && s_emptyObjects.Contains(doc.TokenText(k))) return null;
        _ = min;
        return Make(doc, cueSpan, subject, k, stop, subject.Shape == MentionShape.Pronoun ? 0.65 : 0.7, "speaker-cue-content", minWords);
    }

    // "Lee, who said the plan was flawed, stepped down": a relative clause's content ends before the sentence's own verb.
    private static int RelativeClauseStop(Document doc, Mention subject, int from, int stop)
    {
        if (!(doc.Is(subject.FirstToken, "who") || doc.Is(subject.FirstToken, "which")) || !doc.IsPunct(subject.FirstToken - 1, ',')) return stop;
        for (int j = from + 1; j < stop - 1; j++)
            if (doc.IsPunct(j, ',') && IsVerbLike(doc, j + 1) && !doc.Is(j + 2, "by")) return j;
        return stop;
    }

    // Phrasal uses that say nothing: "called in to a radio show", "showed up", "appeared on a talk show", "looking
    // off into the distance", "passed away"; and a label, "a program called Safe Streets".
    private static bool NotSpeech(Document doc, CueMatch cue)
    {
        int next = cue.End;
        var word = doc.TokenText(cue.First);
        if (word.StartsWith("call", StringComparison.OrdinalIgnoreCase) && (doc.Is(next, "in") || doc.Is(next, "into"))) return true;
        if (word.StartsWith("show", StringComparison.OrdinalIgnoreCase) && doc.Is(next, "up")) return true;
        if (word.StartsWith("look", StringComparison.OrdinalIgnoreCase) && next < doc.Tokens.Length && doc.Tokens[next].Kind == TokenKind.Word
            && s_lookParticles.Contains(doc.TokenText(next))) return true;
        if (word.StartsWith("pass", StringComparison.OrdinalIgnoreCase) && doc.Is(next, "away")) return true;
        if (word.StartsWith("add", StringComparison.OrdinalIgnoreCase) && doc.Is(next, "up")) return true;
        // "found itself at the center", "helped found the group": to find oneself, to found something.
        if (word.Equals("found", StringComparison.OrdinalIgnoreCase)
            && (next < doc.Tokens.Length && doc.Tokens[next].Kind == TokenKind.Word
                    && (doc.TokenText(next).EndsWith("self", StringComparison.OrdinalIgnoreCase) || doc.TokenText(next).EndsWith("selves", StringComparison.OrdinalIgnoreCase))
                || doc.Is(cue.First - 1, "helped") || doc.Is(cue.First - 1, "help") || doc.Is(cue.First - 1, "to"))) return true;
        if (s_labelParticiples.Contains(word) && cue.First > 0 && doc.Tokens[cue.First - 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(cue.First - 1)[0])
            && !doc.Has(cue.First - 1, WordClass.Pronoun) && !doc.Has(cue.First - 1, WordClass.Filler) && doc.IsCapitalized(next)) return true;
        return word.StartsWith("appear", StringComparison.OrdinalIgnoreCase) && next < doc.Tokens.Length
            && doc.Tokens[next].Kind == TokenKind.Word && !doc.Is(next, "to") && s_prepositions.Contains(doc.TokenText(next));
    }

    private static readonly WordSet s_timePrepositions = new("since", "for", "during", "until", "throughout", "after", "before", "as", "when", "while");
    private static readonly WordSet s_lookParticles = new("off", "pretty", "good", "great", "bad", "like", "up", "around", "out", "back");
    private static readonly WordSet s_labelParticiples = new("called", "named", "dubbed", "titled", "entitled", "nicknamed");
    private static readonly WordSet s_showKinds = new("talk", "radio", "tv", "television", "game", "reality", "weekly", "morning", "cable", "news", "cooking", "comedy", "variety", "evening", "nightly", "popular", "late-night");
    private static readonly WordSet s_adverbialClauseStarts = new("when", "while", "until", "because", "once");
    private static readonly WordSet s_questionWords = new("how", "why", "whether", "what");
    private static readonly WordSet s_adverbials = new(
        "earlier", "later", "last", "this", "next", "on", "in", "at", "today", "yesterday", "tonight", "week", "month",
        "year", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "again", "also", "then", "repeatedly", "publicly", "privately", "previously", "recently");

    private static readonly WordSet s_timeHeads = new(
        "fall", "spring", "summer", "winter", "week", "weekend", "month", "year", "day", "days", "weeks", "months",
        "years", "time", "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow", "decade", "era");

    // "this fall expected …": a time phrase is not a speaker.
    private static bool IsTimePhrase(Document doc, Mention m) =>
        s_timeHeads.Contains(doc.TokenText(m.EndToken - 1)) || WordLists.NotNames.Contains(doc.TokenText(m.EndToken - 1)) && m.Shape == MentionShape.Name;

    private static bool IsAdverbial(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && (s_adverbials.Contains(doc.TokenText(i)) || (doc.TokenText(i).EndsWith("ly") && char.IsLower(doc.TokenText(i)[0])));

    private static readonly WordSet s_cuePrepositions = new("about", "of", "for", "against", "over", "on", "with", "at", "into");
    private static readonly WordSet s_noInfinitive = new("say", "add", "note", "state", "report", "write", "speak", "comment", "explain", "reply");
    private static readonly WordSet s_plainSpeech = new("say", "tell", "speak", "add", "write", "state", "note", "report", "tweet", "post", "announce", "ask");

    private static bool IsCuePreposition(Document doc, int k, CueMatch cue)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || !s_cuePrepositions.Contains(doc.TokenText(k))) return false;
        // "denied on Monday", "said at night": a time phrase, not what the cue is about.
        if (k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Kind == TokenKind.Word && (s_timeHeads.Contains(doc.TokenText(k + 1))
            || s_adverbials.Contains(doc.TokenText(k + 1)) && !doc.Is(k + 1, "this"))) return false;
        return doc.Is(k, "about") || !s_plainSpeech.Contains(cue.Entry.Lemma);
    }

    private static bool HasThatSoon(Document doc, int k, int end)
    {
        for (int j = k; j < end && j - k <= 10; j++) if (doc.Is(j, "that")) return true;
        return false;
    }

    // After the cue only a few words that name time, place or medium ("said Monday", "told reporters in Kyiv"),
    // possibly followed by a comma and a clause of its own (", as they bristled at …").
    private static bool ShortTail(Document doc, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (i - from >= 7) return false;
            // A comma ends the tail; right after the speaker it must open a relative clause about them (", who added …").
            if (doc.IsPunct(i, ',') && (i > from || doc.Is(i + 1, "who") || doc.Is(i + 1, "which"))) return true;
            if (doc.Is(i, "that") || doc.Tokens[i].Kind == TokenKind.QuoteMark) return false;
            // A cue word starts a clause of its own, unless it is a noun ("in a June report", "in a statement").
            if (CueFinder.At(doc, i) is { } c && !(i > from && (UsedAsNoun(doc, c) || char.IsUpper(doc.TokenText(i - 1)[0])))) return false;
            // An auxiliary or modal makes it a clause ("said the budget would …", "said X didn't …"), not a tail.
            if (doc.Tokens[i].Kind == TokenKind.Word && (s_auxiliaries.Contains(doc.TokenText(i)) || s_doForms.Contains(doc.TokenText(i)))) return false;
        }
        return true;
    }

    // The sentence without its final punctuation (a closing quote mark after it stays in).
    private static int ContentEnd(Document doc, Sentence s)
    {
        int end = s.EndToken;
        if (end - 1 > s.FirstToken && doc.IsTerminal(end - 1)) end--;
        return end;
    }

    // Past the conjunctions that open a sentence ("But …", "And so …"), no further than to.
    private static int SkipConjunctions(Document doc, int from, int to)
    {
        while (from < to && doc.Tokens[from].Kind == TokenKind.Word && (doc.Is(from, "but") || doc.Is(from, "and") || doc.Is(from, "yet") || doc.Is(from, "so"))) from++;
        return from;
    }

    private static bool LeadingOnly(Document doc, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!(doc.Is(i, "but") || doc.Is(i, "and") || doc.Is(i, "yet") || doc.Is(i, "so") || doc.Tokens[i].Kind == TokenKind.Punctuation)) return false;
        return true;
    }

    private static QuoteAttribution? Make(Document doc, CueMatch cue, Mention source, int from, int to, double confidence, string pattern, int minWords = 3)
    {
        while (to > from && (doc.IsPunct(to - 1, ',') || doc.IsPunct(to - 1, ':') || doc.Tokens[to - 1].Kind == TokenKind.Dash)) to--;
        if (to <= from || doc.WordCount(Span(doc, from, to)) < minWords) return null;
        return new QuoteAttribution
        {
            Content = Span(doc, from, to), Cue = cue.Span(doc), Source = source,
            Confidence = confidence * (0.5 + 0.5 * Math.Min(1, cue.Probability + 0.2)), Pattern = pattern,
        };
    }

    private static TextSpan Span(Document doc, int from, int to) =>
        to > from ? new TextSpan(doc.Tokens[from].Start, doc.Tokens[to - 1].End) : new TextSpan(doc.Tokens[Math.Min(from, doc.Tokens.Length - 1)].Start, doc.Tokens[Math.Min(from, doc.Tokens.Length - 1)].Start);

    // Adds the first reading of the cue that can be kept; null when none can.
    private static QuoteAttribution? Reading(Document doc, Sentence s, CueMatch cue, int end, bool[] used)
    {
        if (AccordingTo(doc, s, cue, end) is { } source) return TryAdd(doc, used, source) ? source : null;
        if (cue.Entry.Lemma == "according to") return null;
        if (ContentFirst(doc, s, cue, end) is { } before)
        {
            if (TryAdd(doc, used, before)) return before;
            return CueFirst(doc, s, cue, end) is { } after && StartsProposition(doc, after) && TryAdd(doc, used, after) ? after : null;
        }
        return CueFirst(doc, s, cue, end) is { } found && TryAdd(doc, used, found) ? found : null;
    }

    // A reported proposition ("that …", "to …", a clause), not an object ("echoing the authorities' claims").
    private static bool StartsProposition(Document doc, QuoteAttribution a)
    {
        int k = doc.TokenAtOrAfter(a.Content.Start), end = doc.TokenAtOrAfter(a.Content.End);
        return k < end && (doc.Tokens[k].Kind == TokenKind.Word && s_propositionStarts.Contains(doc.TokenText(k)) || StartsClause(doc, k, end));
    }

    // A cue inside quoted words is the quoted speaker's own ("the experience, temperament, critical thinking"):
    // what they report belongs to the quote, not to a reported clause of the article.
    private static bool InsideQuote(Document doc, int token)
    {
        int at = doc.Tokens[token].Start;
        for (int q = doc.QuoteAtOrAfter(at) - 1, steps = 0; q >= 0 && steps < 8; q--, steps++)
        {
            var quote = doc.Quotes[q];
            if (quote.Depth != 0) continue;
            return quote.Content.Start <= at && at < quote.Content.End;
        }
        return false;
    }

    private static bool ContainsQuote(Document doc, TextSpan content)
    {
        for (int i = doc.QuoteAtOrAfter(content.Start); i < doc.Quotes.Length; i++)
        {
            var q = doc.Quotes[i];
            if (q.Open.Start >= content.End) break;
            if (q.Depth == 0) return true;
        }
        return false;
    }

    // Keeps a candidate that overlaps nothing taken and that the model (when there is one) accepts.
    // A headline's attribution by dash or colon is explicit: the model scores it but does not veto it
    // (PolNeAR leaves most headlines unannotated, so the model learned to doubt them).
    private static bool TryAdd(Document doc, bool[] used, QuoteAttribution a, bool explicitRule = false)
    {
        if (Overlaps(doc, used, a)) return false;
        a.Kind = ContainsQuote(doc, a.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        if (doc.Options.Scorer is { } scorer)
        {
            double p = scorer.Score(doc, a);
            if (p < scorer.AcceptThreshold && !explicitRule) return false;
            a.Confidence = p;
        }
        doc.Attributions.Add(a);
        Mark(doc, used, a);
        return true;
    }

    // Tokens already taken by earlier stages: quoted speech, its cues and speakers, and all quoted text.
    private static bool[] UsedTokens(Document doc)
    {
        var used = new bool[doc.Tokens.Length];
        var extents = new TextSpan[doc.Tokens.Length];
        foreach (var a in doc.Attributions)
        {
            Mark(doc, used, a);
            // (A continuation's speaker may stand paragraphs away: only a speaker and cue next to the content count,
            // which also keeps the filling linear in the text.)
            int start = a.Content.Start, end = a.Content.End;
            if (a.Cue is { } c && Near(a.Content, c)) (start, end) = (Math.Min(start, c.Start), Math.Max(end, c.End));
            if (a.Source is { } s && Near(a.Content, s.Span)) (start, end) = (Math.Min(start, s.Span.Start), Math.Max(end, s.Span.End));
            var extent = new TextSpan(start, end);
            for (int i = doc.TokenAtOrAfter(start); i < extents.Length && doc.Tokens[i].Start < end; i++)
                if (extents[i].IsEmpty) extents[i] = extent;
        }
        doc.QuoteExtents = extents;
        return used;
    }

    private static void Mark(Document doc, bool[] used, QuoteAttribution a)
    {
        MarkSpan(doc, used, a.Content);
        if (a.Cue is { } c) MarkSpan(doc, used, c);
        if (a.Source is { } s) MarkSpan(doc, used, s.Span);
    }

    private static void MarkSpan(Document doc, bool[] used, TextSpan span)
    {
        for (int i = doc.TokenAtOrAfter(span.Start); i < used.Length && doc.Tokens[i].Start < span.End; i++) used[i] = true;
    }

    private static bool Near(TextSpan content, TextSpan other) => other.End >= content.Start - 200 && other.Start <= content.End + 200;

    private static bool Overlaps(Document doc, bool[] used, QuoteAttribution a)
    {
        for (int i = doc.TokenAtOrAfter(a.Content.Start); i < used.Length && doc.Tokens[i].Start < a.Content.End; i++)
        {
            if (!used[i]) continue;
            // A whole quote of the earlier stage inside the content nests in it (its tokens are skipped at once).
            // (Only in a report that follows its cue: "…,” Lee said, explaining X" holds no quote before its cue.)
            if (doc.QuoteExtents is { } extents && !extents[i].IsEmpty && a.Content.Contains(extents[i])
                && a.Cue is { } cue && cue.End <= a.Content.Start && (a.Source is null || !a.Source.Span.Overlaps(extents[i])))
            {
                i = doc.TokenAtOrAfter(extents[i].End) - 1;
                continue;
            }
            return true;
        }
        if (a.Source is not { } s) return false;
        int first = doc.TokenAtOrAfter(s.Span.Start);
        if (first >= used.Length || !used[first]) return false;
        // A subject shared by coordinated cues ("X said A and warned B", "…, arguing that C") speaks each of them.
        // It is in the same sentence: the latest attributions are enough to look at (and keep the work bounded).
        for (int k = doc.Attributions.Count - 1; k >= 0 && k >= doc.Attributions.Count - 16; k--)
            if (doc.Attributions[k].Source is { } o && o.Span == s.Span) return false;
        // Or the speaker of a quote found by the quoted-speech stage ("“…,” she said, adding that …").
        if (doc.EarlierSources is { } sources)
        {
            for (int k = CueFinder.FirstSourceFrom(sources, first); k < sources.Length && sources[k].FirstToken == first; k++)
                if (sources[k].Span == s.Span) return false;
        }
        return true;
    }
}
