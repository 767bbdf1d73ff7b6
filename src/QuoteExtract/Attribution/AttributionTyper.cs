using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// Decides an attribution's type from its cue's sense in the clause (docs/attribution-types.md): the cue lexicon gives
/// the word's type and frames, and what stands between the cue and its content decides whether that sense applies.
/// "denied that …" is speech, "denied visas to the team" no attribution; "called for a ceasefire" speech, "called the
/// police" none; "found that …" knowledge, "found its plant shut" none. Null means no attribution at all.
/// </summary>
internal static class AttributionTyper
{
    /// <summary>The type of an attribution the rules proposed, or null when its cue in this clause attributes nothing.</summary>
    public static AttributionType? Type(Document doc, QuoteAttribution a) =>
        TypeOf(doc, a.Cue, a.Content, a.Source?.Span, a.Kind, a.Rule);

    /// <summary>
    /// The type of an attribution given by its spans (a gold annotation, say): the cue's spans (empty when it has none),
    /// where its content begins and ends, its source's span if any, and its kind.
    /// </summary>
    public static AttributionType? Type(Document doc, IReadOnlyList<TextSpan> cue, TextSpan content, TextSpan? source, QuoteKind kind, AttributionRuleId rule = AttributionRuleId.None) =>
        TypeOf(doc, Extent(cue), content, source, kind, rule);

    // From the first of a cue's spans to the end of the last (null for a cue without spans).
    private static TextSpan? Extent(IReadOnlyList<TextSpan> cue) => cue.Count == 0 ? null : new TextSpan(cue[0].Start, cue[^1].End);

    private static AttributionType? TypeOf(Document doc, TextSpan? cue, TextSpan content, TextSpan? source, QuoteKind kind, AttributionRuleId rule)
    {
        var type = Classify(doc, cue, content, source, kind, rule, out bool plainObject);
        // "This paper describes a pilot project", "announced his resignation": an act of saying with nothing said, which
        // corpora of every attribution mark (PolNeAR) and the default output (speech) leaves out.
        return plainObject ? AttributionType.Act : type;
    }

    /// <summary>
    /// The type in context, and whether the cue is a verb of saying whose only complement is a plain object (what it is
    /// about, nothing it says): then the type returned is the word's own and the public typer calls it an act.
    /// </summary>
    internal static AttributionType? Classify(Document doc, IReadOnlyList<TextSpan> cue, TextSpan content, TextSpan? source, QuoteKind kind,
        AttributionRuleId rule, out bool plainObject) =>
        Classify(doc, Extent(cue), content, source, kind, rule, out plainObject);

    // The same with the cue's extent (null: no cue).
    private static AttributionType? Classify(Document doc, TextSpan? cueExtent, TextSpan content, TextSpan? source, QuoteKind kind,
        AttributionRuleId rule, out bool plainObject)
    {
        plainObject = false;
        // Every direct quote with a source is speech: the words are the source's own.
        if (kind == QuoteKind.Direct) return AttributionType.Speech;
        // "In a Gazette poll last month, Lee led by six points": a finding reported from a poll is the poll's knowledge.
        if (rule == AttributionRuleId.EvidenceIn) return AttributionType.Knowledge;
        if (cueExtent is not { } cue) return AttributionType.Speech;

        int first = doc.TokenAtOrAfter(cue.Start), end = doc.TokenAtOrAfter(cue.End);
        if (first >= end) return AttributionType.Speech;
        // A headline's or a lead-in's colon or dash ("Lee: We will win", "… — Lee"), a transcript turn.
        if (!HasWord(doc, first, end)) return AttributionType.Speech;

        bool evidence = source is { } src && IsEvidence(doc, src);
        // "according to the ministry" is speech; "according to a new poll", the poll's finding (the phrase's evidence frame).
        if (doc.Is(first, "according") && doc.Is(first + 1, "to"))
            return evidence && AccordingTo?.EvidenceType is { } finding ? finding : AttributionType.Speech;
        // "In a national poll, likely voters …": a finding set in its poll.
        if (end == first + 1 && doc.Is(first, "in") && evidence) return AttributionType.Knowledge;
        // "For the voters, the decision is already clear", "who are against adding regulation": an opinion held.
        if (end == first + 1 && (doc.Is(first, "for") || doc.Is(first, "against"))) return AttributionType.Belief;

        var (at, entry) = ReportingWord(doc, first, end);
        // "was critical of", "is worried about", "criticism of": the cue is a word the lexicon does not type, the typed word
        // before it.
        if (entry is null)
            for (int i = first - 1; i >= 0 && first - i <= 2 && doc.Tokens[i].Kind == TokenKind.Word; i--)
                if (Sense(doc, i) is { Type: not null } before) { at = i; entry = before; break; }
        if (entry is null) return null;

        var type = entry.Type;
        if (evidence && entry.EvidenceType is { } byEvidence) type = byEvidence;
        // "the law ordered …", "a judge ordered periodic releases", "the Constitution mandates": a legal effect, an act.
        if (entry.Has(CueFrames.Legal) && source is { } issuer && IsLegal(doc, issuer)) type = AttributionType.Act;
        // "the Fed would like": to like in the conditional is to want.
        if (entry.Lemma == "like" && at > 0 && (doc.Is(at - 1, "would") || doc.Is(at - 1, "'d") || doc.Is(at - 1, "’d"))) type = AttributionType.Intention;
        // "is convinced that", and "the debate convinced many Republicans that …" (the one convinced named after the cue).
        if (entry.PassiveType is { } passive && (IsPassive(doc, at) || source is { } after && after.Start >= doc.Tokens[end - 1].End)) type = passive;
        // "He is known for his pioneering work", "were asked to leave", "was named to the board": the subject of a passive
        // verb of saying or knowing said and knew nothing; an agent after it is the source ("was praised by critics").
        else if (type is AttributionType.Speech or AttributionType.Knowledge && IsPassive(doc, at) && !doc.Is(end, "by")
            && !(source is { } agent && agent.Start >= doc.Tokens[end - 1].End)) return null;
        // "You know, boys are slow": a filler of talk, nothing known.
        if (entry.Lemma == "know" && at > 0 && doc.Is(at - 1, "you") && (doc.IsPunct(at + 1, ',') || content.Start < cue.Start)) return null;

        // Content before the cue ("…, she believes.", "The plan failed, the report found.", "“A,” she said, “B.”"): the cue
        // takes no object here.
        if (content.Start < cue.Start) return type;
        int k = doc.TokenAtOrAfter(content.Start);
        if (k >= doc.Tokens.Length) return type;
        int contentEnd = doc.TokenAtOrAfter(content.End);
        // (A verb with its particle ends after the particle: "fired back that …".)
        return Complement(doc, entry, type, Math.Max(end, entry.Pos == PartOfSpeech.Phrasal ? at + 2 : at + 1), k, contentEnd, evidence, kind, out plainObject);
    }

    // The word of the cue [first, end) that reports, and its lexicon entry (or -1 and null): a word of saying anywhere in
    // the cue decides ("could not resist pointing out", "expressed
    // concern that"), unless it is a light verb whose noun says more ("maintain a large degree of fondness for");
    // otherwise the first typed word, which governs the rest ("wants to know whether": intention; "have no idea": the
    // idea). A word known to attribute nothing by itself ("offered") counts only when nothing else does.
    private static (int At, LexiconEntry? Entry) ReportingWord(Document doc, int first, int end)
    {
        int said = -1, light = -1, lightNoun = -1, typed = -1, untyped = -1;
        // (Each word's sense is looked up once: kept with the index it is found at.)
        LexiconEntry? saidSense = null, lightSense = null, lightNounSense = null, typedSense = null, untypedSense = null;
        // (The last word of saying: "was quoted as saying that …" reports with "saying".)
        for (int i = first; i < end; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || Sense(doc, i) is not { } sense) continue;
            // ("has long maintained": an adverb or auxiliary is no verb of its own, unless the hand lexicon says so: "reportedly".)
            if (doc.Has(i, WordClass.Filler) && !sense.Hand) continue;
            if (sense.Type is null) { if (untyped < 0) (untyped, untypedSense) = (i, sense); continue; }
            // ("declined to comment on", "avoids discussing": a refusal to say is no saying.)
            if (sense.Type == AttributionType.Speech && typed >= 0 && doc.Words(WordList.RefusalVerbs).Contains(typedSense!.Lemma)) break;
            if (sense.Type == AttributionType.Speech && !sense.Has(CueFrames.Light)) (said, saidSense) = (i, sense);
            else if (sense.Type == AttributionType.Speech && light < 0) (light, lightSense) = (i, sense);
            else if (light >= 0 && lightNoun < 0 && sense.Pos == PartOfSpeech.Noun) (lightNoun, lightNounSense) = (i, sense);
            if (typed < 0 && sense.Type != AttributionType.Speech) (typed, typedSense) = (i, sense);
        }
        int at = said >= 0 ? said : light >= 0 ? (lightNoun >= 0 ? lightNoun : light) : typed >= 0 ? typed : untyped;
        LexiconEntry? entry = said >= 0 ? saidSense : light >= 0 ? (lightNoun >= 0 ? lightNounSense : lightSense) : typed >= 0 ? typedSense : untyped >= 0 ? untypedSense : null;
        // (A light verb's noun is read as a noun: "fondness".)
        if (at == lightNoun && at >= 0) entry = NounSense(doc, at) ?? entry;
        return (at, entry);
    }

    /// <summary>
    /// The type the cue lexicon gives a cue's reporting word, out of context (a cue without words, a headline's colon, and
    /// "according to" are speech); null when no word of the cue is typed.
    /// </summary>
    public static AttributionType? CueType(Document doc, IReadOnlyList<TextSpan> cue, TextSpan? source = null)
    {
        if (cue.Count == 0) return null;
        int first = doc.TokenAtOrAfter(cue[0].Start), end = doc.TokenAtOrAfter(cue[^1].End);
        if (first >= end || !HasWord(doc, first, end)) return AttributionType.Speech;
        var entry = doc.Is(first, "according") && doc.Is(first + 1, "to") ? AccordingTo : ReportingWord(doc, first, end).Entry;
        // (The entry's own frame: "according to a new poll" is the poll's finding.)
        return source is { } src && entry?.EvidenceType is { } evidence && IsEvidence(doc, src) ? evidence : entry?.Type;
    }

    // The cue lexicon's phrase "according to".
    private static LexiconEntry? AccordingTo => s_accordingTo;

    private static readonly LexiconEntry? s_accordingTo = LexiconTable.Senses("according to") is { Length: > 0 } senses ? senses[0] : null;

    // What stands after the cue decides the sense: a proposition, a quote, an infinitive or a topic keep the word's type. A
    // plain noun-phrase object keeps it as a noun of content, and for verbs whose object is what they judge, deny or hold;
    // a verb of saying with a plain object reports an act ("announced his resignation": PolNeAR marks such deeds; the
    // default output, speech, leaves them out), and some senses are no attribution at all ("called the police", "offered
    // discounts", "denied visas to the team", "found its plant shut", "questioned a neighbour").
    private static AttributionType? Complement(Document doc, LexiconEntry entry, AttributionType? type, int cueEnd, int k, int contentEnd,
        bool evidence, QuoteKind kind, out bool plainObject)
    {
        plainObject = false;
        // Quoted words in the content: what was said or thought ("said the plan was “dead on arrival”", "called it “a coup”").
        if (kind is QuoteKind.Mixed or QuoteKind.Partial) return type ?? AttributionType.Speech;
        // "agreed to pick up the bill": the cue ends with the infinitive's "to".
        if (cueEnd > 0 && doc.Is(cueEnd - 1, "to") && cueEnd == k && StartsVerb(doc, k)) return Infinitive(doc, entry, type, k);
        // "called for …", "asked about …", "complained about …": the preposition belongs to the cue; its object is the topic.
        if (cueEnd > 0 && doc.Tokens[cueEnd - 1].Kind == TokenKind.Word && doc.Words(WordList.TopicPrepositions).Contains(doc.TokenText(cueEnd - 1)) && cueEnd - 1 > 0)
            return type;
        // Between the cue and the content: "told reporters that …", "said on Monday that …", "warned: …".
        for (int j = cueEnd; j < k && j < doc.Tokens.Length; j++)
        {
            if (doc.Is(j, "that")) return entry.ThatType ?? type;
            if (doc.IsPunct(j, ':') || doc.Tokens[j].Kind == TokenKind.QuoteMark) return type;
            if (doc.Is(j, "to") && j == k - 1 && StartsVerb(doc, k)) return Infinitive(doc, entry, type, k);
            // "called Wednesday for the justice to resign": a topic after a time.
            if (j == k - 1 && doc.Tokens[j].Kind == TokenKind.Word && doc.Words(WordList.TopicPrepositions).Contains(doc.TokenText(j))) return type;
        }
        var t = doc.Tokens[k];
        if (t.Kind != TokenKind.Word) return type;
        if (doc.Is(k, "that")) return entry.ThatType ?? type;
        if (doc.Is(k, "to") && StartsVerb(doc, k + 1)) return Infinitive(doc, entry, type, k + 1);
        if (doc.Words(WordList.EmbeddedQuestionStarts).Contains(doc.TokenText(k))) return type;
        // A topic after a manner or a place: "talking candidly at a town hall about drug addiction".
        if (doc.Words(WordList.TopicPrepositions).Contains(doc.TokenText(k)) && !doc.Is(k, "with") && !doc.Is(k, "at")) return type;
        // "is seen as politically aligned": a passive of seeing as, what the object is taken for.
        if (doc.Is(k, "as") && k == cueEnd) return entry.AsType ?? type;
        // A topic or a target right after the cue: "spoke about the war", "referring to the party's convention", "warned of".
        // ("called out Lee", "pointed out that", "spoke out against": a particle of the verb.)
        if (k == cueEnd && (doc.Words(WordList.TopicPrepositions).Contains(doc.TokenText(k)) || doc.Is(k, "to") || doc.Is(k, "out"))) return type;
        // A clause: "said he would run", "believes the plan is flawed".
        if (IsClause(doc, k, contentEnd)) return entry.ThatType ?? type;
        // An object: "urged Congress to act", "told her to leave" (an audience, then the infinitive).
        int head = ObjectHead(doc, k, contentEnd, out int after);
        if (after < contentEnd && doc.Is(after, "to") && StartsVerb(doc, after + 1) && (entry.Has(CueFrames.Audience) || entry.Has(CueFrames.Infinitive)))
            return Infinitive(doc, entry, type, after + 1);
        if (after < contentEnd && doc.Is(after, "that") && entry.Has(CueFrames.Audience)) return entry.ThatType ?? type;
        // "sees the campaign as unfair", "described him as reckless", "called it a coup": an object and what it is taken for.
        // ("calling himself conservative": a pronoun object and what it is called.)
        bool complement = after < contentEnd && (doc.Is(after, "as") || StartsNounPhrase(doc, after))
            || doc.Words(WordList.ObjectAndReflexivePronouns).Contains(doc.TokenText(k)) && k + 1 < contentEnd && doc.Tokens[k + 1].Kind == TokenKind.Word;
        if (entry.AsType is { } seenAs && AsFollows(doc, k, contentEnd)) return seenAs;
        // "denied visas to the team", "denied him entry": something denied to someone is no statement.
        if (entry.Has(CueFrames.Denial)) return Ditransitive(doc, k, after, contentEnd) ? null : type;
        // "criticized the role of social media", "blamed the West", "cited the report": the object is what was judged.
        if (entry.Has(CueFrames.Judgment) || entry.Has(CueFrames.Object)) return type;
        // "called the police", "named the driver": a naming verb without what its object is called says nothing.
        // ("what he calls corruption": the object stands before the subject.)
        if (entry.Has(CueFrames.Naming)) return complement || NamedByWhat(doc, cueEnd) ? type : null;
        // ("offered the crowd an emotional evaluation", "asked him a question": the second phrase is what was given.)
        bool content = head >= 0 && IsContentNoun(doc, head)
            || after < contentEnd && doc.Has(after, WordClass.Determiner) && ObjectHead(doc, after, contentEnd, out _) is var second and >= 0 && IsContentNoun(doc, second);
        // "offered condolences" (a speech act), not "offered discounts"; "conceded defeat", not "conceded a penalty".
        if (entry.Has(CueFrames.Give)) return content ? type ?? AttributionType.Speech : null;
        // "maintains a fondness for", "has concerns": a light verb takes its noun's type.
        if (entry.Has(CueFrames.Light)) return content ? NounType(doc, head) ?? type : null;
        // "wrote a letter saying …" goes on; "wrote two novels", "posted a video": something made, not said (no attribution).
        if (entry.Has(CueFrames.Deed)) return content ? type : null;
        if (content) return type;
        // "the survey showed a drop": what evidence shows is a finding.
        if (evidence && type == AttributionType.Knowledge) return type;
        return type switch
        {
            // "announced his resignation", "wrote two novels": an act of saying or writing, nothing said.
            // ("officers questioned a neighbour": to question a person is to interrogate; "questioned his depth" is speech.)
            AttributionType.Speech when (entry.RuleFlags & CueFlags.Question) != 0 => IsPerson(doc, head) ? null : type,
            // "This paper describes a pilot project", "we discuss the implications", "announced his resignation": a verb of
            // saying with a plain object names what it is about, nothing it says.
            AttributionType.Speech => PlainObject(type, out plainObject),
            // "felt a sense of doom", "wants an original take", "seemed embarrassing": a thing or a quality, no proposition held.
            // (A stance towards a thing is a judgment: "supports a ban".)
            AttributionType.Belief or AttributionType.Intention => null,
            AttributionType.Act => type,
            // "Politicians know this": a fact referred to. "found its plant shut", "saw the plane": perceiving a thing is no finding.
            _ => head == k && doc.Words(WordList.FactPronouns).Contains(doc.TokenText(k)) ? type : null,
        };
    }

    // "the campaign of the mayor as most unfair": what the object is taken for, after the object.
    private static bool AsFollows(Document doc, int k, int end)
    {
        for (int j = k + 1; j < end && j - k <= 12; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) { if (doc.Tokens[j].Kind == TokenKind.Punctuation) return false; continue; }
            if (doc.Is(j, "as")) return !(doc.Is(j + 1, "if") || doc.Is(j + 1, "though") || doc.Is(j + 1, "well"));
        }
        return false;
    }

    private static AttributionType? PlainObject(AttributionType? type, out bool plainObject)
    {
        plainObject = true;
        return type;
    }

    // "what he calls corruption", "what Lee called a hoax": the relative "what" is the naming's object.
    private static bool NamedByWhat(Document doc, int cueEnd)
    {
        for (int j = cueEnd - 2; j >= 0 && cueEnd - j <= 5; j--)
        {
            if (doc.Is(j, "what")) return true;
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    // A person as an object: a pronoun, a name, or a noun for people ("a neighbour", "the suspect", "witnesses").
    private static bool IsPerson(Document doc, int head) =>
        head >= 0 && doc.Tokens[head].Kind == TokenKind.Word
        && (doc.Words(WordList.ObjectAndReflexivePronouns).Contains(doc.TokenText(head)) || doc.IsCapitalized(head) || doc.Words(WordList.PersonNouns).Contains(doc.TokenText(head))
            || doc.Has(head, WordClass.GroupHead) || doc.Has(head, WordClass.Title));

    // "refused to pledge", "was quick to point out": an infinitive that is itself a verb of saying reports speech.
    private static AttributionType? Infinitive(Document doc, LexiconEntry entry, AttributionType? type, int verb)
    {
        // ("declined to speculate", "refused to comment": a refusal says nothing.)
        if (doc.Words(WordList.RefusalVerbs).Contains(entry.Lemma)) return entry.InfinitiveType ?? type;
        // ("learned to swim", "knows how to win": a skill, no fact known.)
        if (type == AttributionType.Knowledge && entry.InfinitiveType is null) return null;
        // ("declined to comment" says nothing: a refusal.)
        if (type != AttributionType.Speech && Sense(doc, SkipAdverbs(doc, verb)) is { Pos: PartOfSpeech.Verb, Type: AttributionType.Speech, Hand: true } said
            && said.Has(CueFrames.That) && !doc.Words(WordList.NotSayingInfinitives).Contains(said.Lemma)) return AttributionType.Speech;
        // "was excited to chat", "is unafraid to go to the mat": a feeling towards doing it is the will to.
        if (entry.InfinitiveType is null && entry.Pos == PartOfSpeech.Adjective && type == AttributionType.Belief) return AttributionType.Intention;
        return entry.InfinitiveType ?? type;
    }

    // The lexicon entry for token i read in its place: a noun after a determiner or a possessive ("his claims"), else the
    // verb, adjective or phrase the form is first.
    private static LexiconEntry? Sense(Document doc, int i)
    {
        // "fired back", "doubled down", "walked back": a verb and its particle first.
        if (PhrasalSense(doc, i) is { } phrasal) return phrasal;
        var senses = SensesAt(doc, i);
        if (senses.IsEmpty) return null;
        // (Only a determiner that cannot stand alone: "many argue", "some say", "all lean" have a subject before a verb.)
        bool nounSlot = i > 0 && (doc.Tokens[i - 1].Kind == TokenKind.Word && doc.Words(WordList.NounSlotDeterminers).Contains(doc.TokenText(i - 1)) || doc.IsPossessive(i - 1));
        if (!nounSlot) return senses[0];
        // ("found no fault with": after a determiner only a noun sense counts; "Trump's talking about": a gerund is the verb.)
        foreach (var s in senses) if (s.Pos == PartOfSpeech.Noun) return s;
        return doc.TokenText(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && senses[0].Pos == PartOfSpeech.Verb ? senses[0] : null;
    }

    private static bool HasWord(Document doc, int from, int to)
    {
        for (int i = from; i < to; i++) if (doc.Tokens[i].Kind == TokenKind.Word) return true;
        return false;
    }

    private static bool IsPassive(Document doc, int at)
    {
        var w = doc.TokenText(at);
        if (!w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        for (int j = at - 1; j >= 0 && at - j <= 3 && doc.Tokens[j].Kind is TokenKind.Word or TokenKind.Clitic; j--)
        {
            if (doc.Words(WordList.BeFormsWithClitics).Contains(doc.TokenText(j))) return true;
            if (!doc.Has(j, WordClass.Filler) && !doc.TokenText(j).EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    // A law, a court, a ruling: a source whose orders take effect.
    private static bool IsLegal(Document doc, TextSpan source)
    {
        int from = doc.TokenAtOrAfter(source.Start), to = doc.TokenAtOrAfter(source.End);
        for (int i = from; i < to && i - from <= 12; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.LegalHeads).Contains(doc.TokenText(i))) return true;
        return false;
    }

    // A poll, a study, data: a source whose "shows" and "suggests" are findings.
    private static bool IsEvidence(Document doc, TextSpan source)
    {
        int from = doc.TokenAtOrAfter(source.Start), to = doc.TokenAtOrAfter(source.End);
        // ("Polling that was done in the state before Tuesday's primary showed …": the head may open a long phrase.)
        // (Not inside a name: "the Bureau of Labor Statistics" is an agency, which speaks; "a Suffolk University Poll" is a poll.)
        for (int i = from; i < to && i - from <= 12; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.EvidenceNouns).Contains(doc.TokenText(i))
                && !(doc.IsCapitalized(i) && (doc.Is(i - 2, "of") || doc.Is(i - 3, "of")))) return true;
        return false;
    }

    private static int SkipAdverbs(Document doc, int i)
    {
        for (int n = 0; n < 2 && i + 1 < doc.Tokens.Length && doc.Tokens[i].Kind == TokenKind.Word && doc.TokenText(i) is var w
            && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]); n++) i++;
        return i;
    }

    // "to" then a verb's bare form: "to leave", "to rebuild the bridge", "to address" (not "to reporters", "to students",
    // "to the team").
    private static bool StartsVerb(Document doc, int i)
    {
        // ("to effectively end his bid": an adverb before the verb.)
        i = SkipAdverbs(doc, i);
        if (i >= doc.Tokens.Length || doc.Tokens[i].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(i);
        return char.IsLower(w[0]) && !doc.Has(i, WordClass.Determiner) && !doc.Has(i, WordClass.Pronoun) && !doc.Words(WordList.NotVerbStarts).Contains(w)
            && !(w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal)) && !w.EndsWith("ing", StringComparison.Ordinal)
            && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool StartsNounPhrase(Document doc, int i) =>
        i < doc.Tokens.Length && (doc.Has(i, WordClass.Determiner) || doc.Tokens[i].Kind == TokenKind.QuoteMark
            || doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !doc.Words(WordList.TopicPrepositions).Contains(doc.TokenText(i))
               && !doc.Is(i, "to") && !doc.Is(i, "in") && !doc.Is(i, "at") && !doc.Is(i, "on") && !doc.Is(i, "by"));

    // A subject and a finite verb, or an auxiliary or modal anywhere in the first words: the content is a proposition.
    // A subject and a finite verb: an auxiliary or modal, a contracted one, a past form or a third person after a phrase
    // ("said the plan failed", "believes the economy grows"), never a word of a noun phrase ("wrote a number of papers on
    // mechanical questions", "problems connected with vibrating strings").
    private static bool IsClause(Document doc, int k, int end)
    {
        if (NounPhraseReader.IsPronoun(doc, k) && doc.Words(WordList.ClauseSubjectPronouns).Contains(doc.TokenText(k))) return true;
        for (int j = k; j < end && j - k <= 20; j++)
        {
            var t = doc.Tokens[j];
            // (A relative clause's verb is not the content's: "denied visas to the team that had travelled".)
            if (j > k && (doc.Is(j, "that") || doc.Is(j, "which") || doc.Is(j, "who"))) return false;
            if (t.Kind == TokenKind.Clitic && !doc.IsPossessive(j)) return true;
            if (t.Kind is TokenKind.Punctuation && !doc.IsPunct(j, '.') && !doc.IsPunct(j, '-')) return false;
            if (t.Kind != TokenKind.Word) continue;
            var w = doc.TokenText(j);
            if (doc.Words(WordList.FiniteVerbsWithNegations).Contains(w)) return true;
            if (j == k || !char.IsLower(w[0]) || !AfterSubject(doc, j)) continue;
            if (doc.Words(WordList.TyperIrregularPasts).Contains(w)) return true;
            // ("connected with", "based on": a participle describing the noun before it.)
            if (w.EndsWith("ed", StringComparison.Ordinal) && !(j + 1 < end && doc.Tokens[j + 1].Kind == TokenKind.Word && doc.Words(WordList.PassiveParticipleFollowers).Contains(doc.TokenText(j + 1))))
                return true;
            if (w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                && !w.EndsWith("is", StringComparison.Ordinal) && SingularSubject(doc, j - 1)) return true;
        }
        return false;
    }

    // The word before j can end a subject: a pronoun, a name, or a noun after a determiner (not a preposition or an article).
    private static bool AfterSubject(Document doc, int j)
    {
        var before = doc.Tokens[j - 1];
        if (before.Kind is TokenKind.Number) return true;
        if (before.Kind != TokenKind.Word) return false;
        var w = doc.TokenText(j - 1);
        return !doc.Words(WordList.NounPhraseEnds).Contains(w) && !doc.Has(j - 1, WordClass.Determiner) && !doc.Is(j - 1, "to") && !doc.Is(j - 1, "the")
            && !(w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]));
    }

    // "the economy grows", "Lee wins", "it seems": a third person needs a singular subject right before it.
    private static bool SingularSubject(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word
        && (doc.Words(WordList.ClauseSubjectPronouns).Contains(doc.TokenText(i)) || doc.IsCapitalized(i)
            || i > 0 && doc.Has(i - 1, WordClass.Determiner) && !doc.TokenText(i).EndsWith('s'));

    // The head of the noun phrase that opens the content (its last word before a preposition, a comma or a verb), and the
    // token after the phrase; -1 when the content does not open with a noun phrase.
    private static int ObjectHead(Document doc, int k, int end, out int after)
    {
        int head = -1, j = k;
        for (; j < end && j - k <= 8; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Clitic && doc.IsPossessive(j)) { head = -1; continue; }
            if (t.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)) break;
            var w = doc.TokenText(j);
            if (j > k && (doc.Words(WordList.NounPhraseEnds).Contains(w) || doc.Is(j, "to") || doc.Is(j, "that") || doc.Is(j, "as"))) break;
            // "called him a liar", "the decision a mistake": a determiner after a word opens a second phrase.
            if (j > k && doc.Has(j, WordClass.Determiner) && !doc.Has(j - 1, WordClass.Determiner)) break;
            head = j;
        }
        after = j;
        return head;
    }

    // "visas to the team", "him entry": a thing and the one it goes to.
    private static bool Ditransitive(Document doc, int k, int after, int end)
    {
        if (after < end && (doc.Is(after, "to") || doc.Is(after, "for")) && !StartsVerb(doc, after + 1)) return true;
        if (doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.ObjectAndReflexivePronouns).Contains(doc.TokenText(k)) && k + 1 < end && doc.Tokens[k + 1].Kind == TokenKind.Word) return true;
        return false;
    }

    // The second words of the lexicon's phrasal verbs ("back", "down"): a word after the verb that is none of them makes no
    // phrase the lexicon knows, and the phrase is not looked up.
    private static readonly WordSet s_particles = PhrasalParticles();

    private static WordSet PhrasalParticles()
    {
        var particles = new List<string>();
        foreach (var row in LexiconTable.Rows)
        {
            if (row.Pos != PartOfSpeech.Phrasal) continue;
            foreach (var form in row.Forms)
                if (form.IndexOf(' ') is var space and >= 0 && form.IndexOf(' ', space + 1) < 0 && space + 1 < form.Length) particles.Add(form[(space + 1)..]);
        }
        return new WordSet([.. particles]);
    }

    // The entry of token i and the word after it as a verb with its particle ("shot back"), or null.
    private static LexiconEntry? PhrasalSense(Document doc, int i)
    {
        if (i + 1 >= doc.Tokens.Length || doc.Tokens[i + 1].Kind != TokenKind.Word) return null;
        var verb = doc.TokenText(i);
        var particle = doc.TokenText(i + 1);
        if (verb.Length + 1 + particle.Length > 40 || particle.Length > 6 || !s_particles.Contains(particle)) return null;
        Span<char> phrase = stackalloc char[verb.Length + 1 + particle.Length];
        verb.CopyTo(phrase);
        phrase[verb.Length] = ' ';
        particle.CopyTo(phrase[(verb.Length + 1)..]);
        foreach (var s in LexiconTable.Senses(phrase)) if (s.Pos == PartOfSpeech.Phrasal) return s;
        return null;
    }

    // The lexicon's senses of token i's word: by its cue-form id when it has one (most words asked about are cues: each
    // form's senses are looked up once), else by its letters.
    private static ReadOnlySpan<LexiconEntry> SensesAt(Document doc, int i) =>
        doc.CueFormIdAt(i) is var id and >= 0 && (uint)id < (uint)s_sensesByCueForm.Length ? s_sensesByCueForm[id] : LexiconTable.Senses(doc.TokenText(i));

    private static readonly LexiconEntry[][] s_sensesByCueForm = SensesByCueForm();

    private static LexiconEntry[][] SensesByCueForm()
    {
        var forms = CueForms.Forms.ToArray();
        var senses = new LexiconEntry[forms.Length][];
        foreach (var form in forms) senses[CueForms.IdOf(form)] = LexiconTable.Senses(form).ToArray();
        return senses;
    }

    // The typed noun entry of a word ("fondness": belief, "claim": speech), or null.
    private static LexiconEntry? NounSense(Document doc, int i)
    {
        foreach (var s in SensesAt(doc, i))
            if (s.Pos == PartOfSpeech.Noun && s.Type is not null) return s;
        return null;
    }

    private static AttributionType? NounType(Document doc, int head) => NounSense(doc, head)?.Type;

    // A noun of content: "denied the report", "dismissed the allegations", "offered condolences", "questioned the decision".
    private static bool IsContentNoun(Document doc, int head) => NounSense(doc, head) is not null || doc.Words(WordList.ContentNouns).Contains(doc.TokenText(head));
}
