using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

/// <summary>
/// Finds reported speech without quote marks, sentence by sentence:
/// SPEAKER CUE (that) CONTENT / CONTENT, SPEAKER CUE / CONTENT, CUE SPEAKER / According to SPEAKER, CONTENT /
/// CONTENT, according to SPEAKER / SPEAKER CUE OBJ of|for CONTENT, and headline attribution by dash or colon.
/// Quoted fragments inside the content make it Mixed. Runs after <see cref="QuotedSpeechStage"/>, whose quotes it changes
/// in three places only: a lead-in half ("Lee said, …, “Q”") makes the quote continue it, a quote right after a report
/// replaces an unattributed one (after-report), and <see cref="OverlapResolver"/> trims or drops crossing contents of both.
/// Every candidate passes <see cref="AttributionGate"/>; the sentence rules (<see cref="AttributionRuleSet.SentenceRules"/>)
/// run in their registered order.
/// </summary>
internal sealed partial class ReportedSpeechStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => PipelineStageNames.ReportedSpeech;

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
            if (Headline(doc, s, used)) continue;
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
                if (NounThat(doc, s, cue, end) is { } noun)
                {
                    if (TryAdd(doc, used, noun)) i = Math.Max(i, doc.TokenAtOrAfter(noun.Content.End) - 1);
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
        SentenceRules(doc, used);
        NestedPossessorNouns(doc, used);
        OverlapResolver.Resolve(doc);
        QuotesAfterReports(doc);
    }

    // The sentence rules in their registered order (built-in ones first, then those added through the builder), each
    // proposal through the same gate as the cue readings' (TryAdd).
    private static void SentenceRules(Document doc, TakenTokens used)
    {
        var rules = doc.Options.AttributionRules.SentenceRules;
        foreach (var s in doc.Sentences)
        {
            if (doc.Options.SkipBoilerplate && doc.IsBoilerplate(doc.Tokens[s.FirstToken].Start)) continue;
            foreach (var rule in rules)
                foreach (var a in rule.Propose(doc, s))
                {
                    if (a.Rule == AttributionRuleId.None && a.Pattern.Length == 0) a.Pattern = rule.Name;
                    TryAdd(doc, used, a);
                }
        }
    }

    private static readonly WordSet s_propositionStarts = new("that", "to", "whether", "if", "how", "what", "why", "who", "when", "where");
    private static readonly WordSet s_agentPrepositions = new("about", "of", "for", "against", "on", "with", "at", "to", "into", "over");

    private static readonly WordSet s_subjectPronouns = new("he", "she", "they", "we", "i", "it");
    private static readonly WordSet s_emptyObjects = new("nothing", "little", "much", "anything", "something", "everything", "more", "less", "so");
    private void Tail(Document doc, Sentence s, int end, TakenTokens used)
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
    private bool Parenthetical(Document doc, Sentence s, CueMatch cue, int end, TakenTokens used)
    {
        if (!doc.Options.AttributionRules.IsOn(AttributionRuleId.Parenthetical)) return false;
        int min = s.FirstToken;
        var subject = NounPhraseReader.ReadBackward(doc, CueFinder.SkipFillersBackward(doc, cue.First, min), min);
        bool inverted = false;
        // ("…, said Lee, …" inverts; "…, touting a message of unity, …" is a participle with its object.)
        if (subject is null && doc.IsPunct(cue.First - 1, ',') && (cue.Entry.Flags & CueFlags.Invertible) != 0
            && !CueFinder.IsParticiple(doc, cue))
        {
            subject = NounPhraseReader.ReadForward(doc, cue.End, end);
            inverted = subject is not null;
        }
        // ("…, many delegates were deemed ineligible, …" is a passive of its own, no aside of a speaker.)
        if (subject is null || !inverted && Passive(doc, cue.First, min)) return false;
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
        var first = Make(doc, cue, subject, min, comma1, 0.7, AttributionRuleId.Parenthetical, 2);
        var second = Make(doc, cue, subject, comma2 + 1, end, 0.7, AttributionRuleId.Parenthetical, 2);
        if (first is null || second is null || Overlaps(doc, used, first) || Overlaps(doc, used, second)) return false;
        // The model judges the utterance by its main (second) half; the first half goes with it. (Without one, both halves
        // have the rule's confidence already: one cue, one pattern.)
        if (!AttributionGate.Accepts(doc, second)) return false;
        first.Confidence = second.Confidence;
        first.Kind = ContainsQuote(doc, first.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        doc.Attributions.Add(first);
        Mark(doc, used, first);
        second.Continues = doc.Attributions.Count - 1;
        second.Kind = ContainsQuote(doc, second.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
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
            return Make(doc, cue, source, source.EndToken + 1, end, 0.8, AttributionRuleId.AccordingToFirst);
        // "…, according to X" / "… — according to X" / "… “a long dental visit,” according to X" (the comma inside the quote).
        int before = cue.First - 1;
        if (before > s.FirstToken && doc.Tokens[before].Kind == TokenKind.QuoteMark && doc.IsPunct(before - 1, ',')) before--;
        if (before > s.FirstToken && (doc.IsPunct(before, ',') || doc.Tokens[before].Kind == TokenKind.Dash))
        {
            int to = before == cue.First - 1 ? before : cue.First;
            return Make(doc, cue, source, SkipConjunctions(doc, s.FirstToken, before), to, 0.8, AttributionRuleId.AccordingToLast); // "And …"
        }
        // "Lee leads by 271 delegates according to a count by the AP, but …": no comma, a source with a determiner or a
        // name ("sorted according to size" has neither), and the clause before it has its verb.
        if (before > s.FirstToken + 2 && doc.Tokens[before].Kind is TokenKind.Word or TokenKind.Number
            && (doc.Has(cue.End, WordClass.Determiner) || doc.IsCapitalized(cue.End))
            && (source.EndToken >= end || doc.IsPunct(source.EndToken, ',')) && HasFiniteVerb(doc, s.FirstToken, cue.First))
            return Make(doc, cue, source, SkipConjunctions(doc, s.FirstToken, before), cue.First, 0.7, AttributionRuleId.AccordingToLast);
        return null;
    }

    private static bool LeadingOnly(Document doc, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!(doc.Is(i, "but") || doc.Is(i, "and") || doc.Is(i, "yet") || doc.Is(i, "so") || doc.Tokens[i].Kind == TokenKind.Punctuation)) return false;
        return true;
    }

    // Adds the first reading of the cue that can be kept; null when none can.
    private static QuoteAttribution? Reading(Document doc, Sentence s, CueMatch cue, int end, TakenTokens used)
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
    private static bool TryAdd(Document doc, TakenTokens used, QuoteAttribution a, bool explicitRule = false)
    {
        if (!doc.Options.AttributionRules.IsOn(a.Rule) || Overlaps(doc, used, a)) return false;
        a.Kind = ContainsQuote(doc, a.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        if (!AttributionGate.Accepts(doc, a, explicitRule)) return false;
        // Too short to return ("He said: “x.”"): its words are taken as if it were kept, so no other reading claims
        // them, but no object is kept for it (a document of such lines held one every 14 characters until the end).
        if (doc.AlphanumericCount(a.Content) >= doc.Options.MinimumQuoteLength) doc.Attributions.Add(a);
        Mark(doc, used, a);
        return true;
    }
}
