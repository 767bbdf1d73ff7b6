using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// The two readings of a cue in a sentence: CONTENT, SPEAKER CUE (content first) and SPEAKER CUE CONTENT (cue
// first), with what may stand between a cue and its content.
internal sealed partial class ReportedSpeechStage
{
    // CONTENT, SPEAKER CUE (tail). / CONTENT, CUE SPEAKER (tail).
    internal static QuoteAttribution? ContentFirst(Document doc, Sentence s, CueMatch cue, int end, ReadOnlySpan<Mention> earlierSources)
    {
        int min = s.FirstToken;
        // Inverted: ", said the spokesman."
        // (What comes before must be a clause: "Another analyst, Ann Lee of Ohio State, said her count …" is the subject.)
        if (cue.First - 1 > min && doc.IsPunct(cue.First - 1, ',') && (cue.Entry.Flags & CueFlags.Invertible) != 0
            && (HasFiniteVerb(doc, min, cue.First - 1) || ContainsQuote(doc, Span(doc, min, cue.First - 1))))
        {
            if (NounPhraseReader.ProbeForward(doc, cue.End, end) is { } after && ShortTail(doc, after.End, end))
                return Make(doc, cue, after.ToMention(), min, cue.First - 1, 0.75, AttributionRuleId.ContentCueSpeaker);
        }
        if (!ShortTail(doc, cue.End, end)) return null;
        // "As the race turned south, Clinton highlighted her record": a verb with an object of its own reports that
        // object; only a verb of saying takes an audience or a time after it ("…, Lee told reporters Monday").
        if (cue.End < end && doc.Tokens[cue.End].Kind == TokenKind.Word && !IsAdverbial(doc, cue.End) && !doc.Words(WordList.TimePrepositions).Contains(doc.TokenText(cue.End))
            && !PlainSpeechLemmas.Contains(cue.Entry.Lemma)) return null;
        // "…, each touting their record": a participle with an object after it reports that object, not what came before.
        if (CueFinder.IsParticiple(doc, cue) && cue.End < end && doc.Tokens[cue.End].Kind == TokenKind.Word) return null;
        // The subject, possibly with an appositive: "…, Ann Lee, a spokeswoman for the ministry, said."
        var subject = CueFinder.SubjectOf(doc, cue, min + 1, earlierSources);
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
        return Make(doc, cue, subject, min, comma, 0.75, AttributionRuleId.ContentSpeakerCue);
    }

    // A role noun before a name ("singer", "frontman", "campaign spokesman"): a plain lower-case word, no verb form.
    private static bool IsDescriptor(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !doc.Words(WordList.NotVerbs).Contains(doc.TokenText(i))
        && !doc.Words(WordList.NotDescriptors).Contains(doc.TokenText(i)) && !doc.TokenText(i).EndsWith("ing", StringComparison.Ordinal)
        && !doc.TokenText(i).EndsWith("ed", StringComparison.Ordinal) && !doc.TokenText(i).EndsWith("ly", StringComparison.Ordinal)
        && !doc.Words(WordList.ReportPrepositions).Contains(doc.TokenText(i)) && !doc.Has(i, WordClass.Determiner) && !doc.Has(i, WordClass.Filler)
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
    internal static QuoteAttribution? CueFirst(Document doc, Sentence s, CueMatch cue, int end, ReadOnlySpan<Mention> earlierSources)
    {
        int min = s.FirstToken;
        // (A cue that says nothing here proposes nothing, whatever its subject: asked before the subject is read.)
        if (NotSpeech(doc, cue)) return null;
        var subject = CueFinder.SubjectOf(doc, cue, s.FirstToken, earlierSources);
        // With a model to decide, a strong cue may take a subject the phrase reader does not know.
        if (subject is null && doc.Options.Scorer is not null && cue.Probability >= 0.6) subject = CueFinder.BareSubject(doc, s.FirstToken, cue.First);
        // "Large majorities of the farmers in three counties said …": a speech verb takes the whole stretch before it.
        // (A finite verb only: a participle's subject is the phrase right before it, "a poll showing …".)
        bool longSubject = (cue.Entry.Flags & CueFlags.Reporting) != 0 && cue.Probability >= 0.4
            && !CueFinder.IsParticiple(doc, cue) && !doc.Is(cue.First - 1, "to");
        if (subject is null && longSubject) subject = CueFinder.LongSubject(doc, s.FirstToken, cue.First);
        // "Those close to | the senator say", "Experts on | trade said": the phrase read is a prepositional object; the subject is all of it.
        else if (subject is not null && subject.FirstToken > s.FirstToken && doc.Tokens[subject.FirstToken - 1].Kind == TokenKind.Word
            && doc.Words(WordList.ReportPrepositions).Contains(doc.TokenText(subject.FirstToken - 1)))
            subject = CueFinder.BareSubject(doc, s.FirstToken, cue.First) ?? (longSubject ? CueFinder.LongSubject(doc, s.FirstToken, cue.First) : null) ?? subject;
        if (subject is null || IsTimePhrase(doc, subject)) return null;
        int k = cue.End;
        // "The immigration bill, which House Republicans opposed, died": in an object relative clause the cue's object
        // is the phrase the relative pronoun stands for.
        if ((k >= end || doc.IsPunct(k, ',')) && ObjectRelativeAntecedent(doc, subject, min) is { } antecedent)
            return Make(doc, cue, subject, antecedent.FirstToken, antecedent.EndToken, 0.6, AttributionRuleId.SpeakerCueContent, 1);
        // "told reporters that X": the content is the that-clause; "urged Republicans to join X": the object is part of it.
        // (Not when the clause ends after the object: "a poll showing the mayor's support falling, told …" shows the object.)
        if (doc.Words(WordList.ObjectTakers).Contains(cue.Entry.Lemma) && NounPhraseReader.ProbeForward(doc, k, end) is { } obj
            && !doc.Is(obj.First, "that") && !doc.Is(obj.End, "to") && ClauseStop(doc, obj.End, end) > obj.End + 1)
        {
            // "told the Gazette the plan was shelved": the object ends where a new phrase opens a clause; "warn it will
            // scare off builders": a subject and its verb are the content itself, no object before it.
            int split = -1;
            for (int d = obj.First + 1; d < obj.End && split < 0; d++)
                if (doc.Has(d, WordClass.Determiner) && StartsClause(doc, d, end)) split = d;
            if (split > 0) k = split;
            else if (!StartsClause(doc, k, end)) k = obj.End;
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
        bool infinitive = doc.Is(k, "to") && !doc.Words(WordList.NoInfinitiveCues).Contains(cue.Entry.Lemma);
        // ("reported at least six planes …": a quantifier, not a preposition.)
        bool quantifier = doc.Is(k, "at") && (doc.Is(k + 1, "least") || doc.Is(k + 1, "most"));
        if (k < end && doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.ReportPrepositions).Contains(doc.TokenText(k)) && (cue.Entry.Flags & (CueFlags.ObjectThenContent | CueFlags.Naming)) == 0
            && !infinitive && !quantifier)
        {
            int that = -1;
            // "told reporters on Thursday how surprised he is that …": a question word opens the content before any "that".
            // ("told a crowd in snowy Riverton, Ohio, on the last day of the campaign that …": as far as no verb intervenes.)
            for (int j = k; j < end && j - k <= 20; j++)
            {
                if (doc.Is(j, "that") || (j > k && doc.Tokens[j].Kind == TokenKind.Word && doc.Words(WordList.QuestionWords).Contains(doc.TokenText(j)))) { that = j; break; }
                if (j - k >= 10 && (IsFiniteVerb(doc, j) || CueFinder.At(doc, j) is not null)) break;
            }
            // "said after the convention he would …": no "that", but a subject pronoun opens the clause.
            for (int j = k + 2; that < 0 && j < end - 2 && j - k <= 6; j++)
            {
                if (doc.Tokens[j].Kind != TokenKind.Word || doc.IsPunct(j - 1, ',')) continue;
                if (doc.Words(WordList.SubjectPronouns).Contains(doc.TokenText(j)) && doc.Tokens[j + 1].Kind is TokenKind.Word or TokenKind.Clitic) that = j;
                else if (CueFinder.At(doc, j) is { } other && !UsedAsNoun(doc, other)) break;
            }
            if (that < 0) return null;
            k = that;
        }
        // "Lee said, clutching the lectern": a participle after the comma describes the speaker, it is not what was said.
        if (k + 1 < end && doc.IsPunct(k, ',') && doc.Tokens[k + 1].Kind == TokenKind.Word && doc.TokenText(k + 1).EndsWith("ing", StringComparison.Ordinal)
            && CueFinder.At(doc, k + 1) is null) return null;
        if (k < end && (doc.IsPunct(k, ':') || doc.IsPunct(k, ','))) k++;
        // "said earlier Monday that …", "said repeatedly that …": the content starts at "that".
        for (int j = k; j < end && j - k <= 5; j++)
        {
            if (doc.Is(j, "that")) { k = j; break; }
            if (!IsAdverbial(doc, j)) break;
        }
        // "said when she resigned …", "spoke as he entered the hall": a time or reason clause is not what was said.
        if (k < end && doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.AdverbialClauseStarts).Contains(doc.TokenText(k))) return null;
        int stop = SubordinateClauseStop(doc, subject, k, RelativeClauseStop(doc, subject, k, ClauseStop(doc, k, end)));
        // A strong cue takes even a one-word object as its content ("backed Clinton"); a weak one needs a clause.
        int minWords = cue.Probability >= 0.6 ? 1 : 3;
        // A cue known only from corpus statistics ("signed", "offered") proposes a proposition, never a bare object.
        if (cue.Entry.Flags == CueFlags.None && !(doc.Is(k, "that") || doc.Is(k, "to") || doc.Is(k, "whether") || doc.Is(k, "if")
            || doc.Tokens[k].Kind == TokenKind.QuoteMark || StartsClause(doc, k, end))) return null;
        if (!HasWords(doc, k, stop, minWords)) return null;
        // "adding nothing more", "said little": a bare quantifier reports no content.
        if (stop - k <= 2 && doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.EmptyObjects).Contains(doc.TokenText(k))) return null;
        _ = min;
        return Make(doc, cueSpan, subject, k, stop, subject.Shape == MentionShape.Pronoun ? 0.65 : 0.7, AttributionRuleId.SpeakerCueContent, minWords);
    }

    // The phrase before ", which SUBJECT …" / ", that SUBJECT …", when the subject stands right after the pronoun.
    private static Mention? ObjectRelativeAntecedent(Document doc, Mention subject, int min)
    {
        int pronoun = subject.FirstToken - 1;
        if (pronoun <= min || !(doc.Is(pronoun, "which") || doc.Is(pronoun, "that") || doc.Is(pronoun, "whom"))) return null;
        if (subject.Shape == MentionShape.Pronoun && (doc.Is(subject.FirstToken, "who") || doc.Is(subject.FirstToken, "which"))) return null;
        int end = doc.IsPunct(pronoun - 1, ',') ? pronoun - 1 : pronoun;
        if (end <= min) return null;
        // (A plain phrase the reader does not know as a speaker still is an object: "the immigration bill".)
        return NounPhraseReader.ReadBackward(doc, end, min) ?? CueFinder.BareSubject(doc, SkipConjunctions(doc, min, end), end);
    }

    // "Lee, who said the plan was flawed, stepped down": a relative clause's content ends before the sentence's own verb.
    private static int RelativeClauseStop(Document doc, Mention subject, int from, int stop)
    {
        if (!(doc.Is(subject.FirstToken, "who") || doc.Is(subject.FirstToken, "which")) || !doc.IsPunct(subject.FirstToken - 1, ',')) return stop;
        for (int j = from + 1; j < stop - 1; j++)
            if (doc.IsPunct(j, ',') && IsVerbLike(doc, j + 1) && !doc.Is(j + 2, "by")) return j;
        return stop;
    }

    // "When Lee attacked the plan, voters were outraged": a report inside an opening time, reason or condition
    // clause ends where the main clause begins. ("As Lee noted, …" is a parenthetical and not read here.)
    private static int SubordinateClauseStop(Document doc, Mention subject, int from, int stop)
    {
        int opener = subject.FirstToken - 1;
        if (opener < 0 || doc.Tokens[opener].Kind != TokenKind.Word || !doc.Words(WordList.Subordinators).Contains(doc.TokenText(opener))) return stop;
        int sentence = doc.SentenceOfToken(opener);
        int start = doc.Sentences[sentence].FirstToken;
        if (opener != start && !(opener == start + 1 && (doc.Is(start, "but") || doc.Is(start, "and")))) return stop;
        for (int j = from + 1; j < stop - 1; j++)
            if (doc.IsPunct(j, ',') && StartsClause(doc, j + 1, stop)) return j;
        return stop;
    }

    private static bool IsAdverbial(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && (doc.Words(WordList.CueAdverbials).Contains(doc.TokenText(i)) || (doc.TokenText(i).EndsWith("ly") && char.IsLower(doc.TokenText(i)[0])));

    private static bool IsCuePreposition(Document doc, int k, CueMatch cue)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || !doc.Words(WordList.CuePrepositions).Contains(doc.TokenText(k))) return false;
        // "denied on Monday", "said at night": a time phrase, not what the cue is about.
        if (k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Kind == TokenKind.Word && (doc.Words(WordList.TimeHeads).Contains(doc.TokenText(k + 1))
            || doc.Words(WordList.CueAdverbials).Contains(doc.TokenText(k + 1)) && !doc.Is(k + 1, "this"))) return false;
        return doc.Is(k, "about") || !PlainSpeechLemmas.Contains(cue.Entry.Lemma);
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
            // (", Lee said, adding that …": a participle of the same speaker goes on with a report of its own.)
            if (doc.IsPunct(i, ',') && i + 1 < end && doc.TokenText(i + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && CueFinder.At(doc, i + 1) is { Probability: >= 0.5 }) return true;
            if (doc.Is(i, "that") || doc.Tokens[i].Kind == TokenKind.QuoteMark) return false;
            // A cue word starts a clause of its own, unless it is a noun ("in a June report", "in a statement").
            if (CueFinder.At(doc, i) is { } c && !(i > from && (UsedAsNoun(doc, c) || char.IsUpper(doc.TokenText(i - 1)[0])))) return false;
            // An auxiliary or modal makes it a clause ("said the budget would …", "said X didn't …"), not a tail.
            if (doc.Tokens[i].Kind == TokenKind.Word && (doc.Words(WordList.Auxiliaries).Contains(doc.TokenText(i)) || doc.Words(WordList.DoForms).Contains(doc.TokenText(i)))) return false;
        }
        return true;
    }
}
