using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Attribution.Rules;
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
/// Every candidate passes <see cref="AttributionGate"/> (through <see cref="TryAdd"/>); each cue is offered to the cue
/// readings (<see cref="AttributionRuleSet.CueReadings"/>, one class per pattern in Rules/) in their order until one
/// claims it, and the sentence rules (<see cref="AttributionRuleSet.SentenceRules"/>) run in their registered order.
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

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = document;
        var used = UsedTokens(doc);
        try
        {
            doc.EarlierSources = SourcesByPosition(doc);
            // (Room for about a report every four sentences, as in news, but never more than a few thousand ahead.)
            doc.Attributions.EnsureCapacity(doc.Attributions.Count + Math.Min(doc.Sentences.Length / 4, 4096));
            // The steps in their order (AttributionRuleSet.ReportedSpeechSteps): what proposes through the gate first, then
            // overlap resolution and the rewrite of quotes after reports.
            foreach (var step in doc.Options.AttributionRules.ReportedSpeechSteps) step.Run(this, doc, used);
        }
        finally { used.Release(); }
    }

    // The speakers of the quotes found so far, by first token (quotes of one speaker in the order found).
    private static Mention[] SourcesByPosition(Document doc)
    {
        var attributions = doc.Attributions;
        int n = 0;
        foreach (var a in attributions) if (a.Source is not null) n++;
        if (n == 0) return [];
        var sources = new Mention[n];
        bool sorted = true;
        n = 0;
        foreach (var a in attributions)
        {
            if (a.Source is not { } source) continue;
            sorted &= n == 0 || sources[n - 1].FirstToken <= source.FirstToken;
            sources[n++] = source;
        }
        if (sorted) return sources;
        // (A stable order: the key holds the position found after the first token, so no two keys are equal.)
        var keys = ScratchArray.Rent<long>(n);
        try
        {
            for (int k = 0; k < n; k++) keys[k] = (long)sources[k].FirstToken << 32 | (uint)k;
            Array.Sort(keys, sources, 0, n);
        }
        finally { ScratchArray.Return(keys); }
        return sources;
    }

    // Each sentence in turn: a headline's rules, the content-first tail, then each cue offered to the cue readings.
    internal void CueSentences(Document doc, TakenTokens used)
    {
        var readings = doc.Options.AttributionRules.CueReadings;
        var paragraphs = new ParagraphCursor(doc);
        double minCue = MinCue(doc);
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount < 3) continue;
            int p = paragraphs.At(doc.Tokens[s.FirstToken].Start);
            if (doc.Options.SkipBoilerplate && paragraphs.IsBoilerplate(p)) continue;
            int end = ContentEnd(doc, s);
            if (Headline(doc, s, used, p)) continue;
            // "CONTENT, SPEAKER CUE." first: its content may itself hold cues ("X told Y that Z, the source added").
            Tail(doc, s, end, used);
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (used[i]) continue;
                if (CueFinder.At(doc, i) is not { } cue || InsideQuote(doc, i)) continue;
                if (cue.Probability < minCue && cue.Entry.Lemma != "according to") continue;
                // The cue's readings in their registered order (AttributionRuleSet.CueReadings) until one claims it.
                var reading = new CueReadingContext(doc, s, cue, end, used, i);
                foreach (var r in readings)
                    if (r.TryRead(ref reading)) break;
                i = reading.Position;
            }
        }
    }

    // The sentence rules in their registered order (built-in ones first, then those added through the builder), each
    // proposal through the same gate as the cue readings' (TryAdd).
    internal static void SentenceRules(Document doc, TakenTokens used)
    {
        var rules = doc.Options.AttributionRules.SentenceRules;
        var paragraphs = new ParagraphCursor(doc);
        foreach (var s in doc.Sentences)
        {
            if (doc.Options.SkipBoilerplate && paragraphs.IsBoilerplate(paragraphs.At(doc.Tokens[s.FirstToken].Start))) continue;
            foreach (var rule in rules)
                foreach (var a in rule.Propose(doc, s))
                {
                    if (a.Rule == AttributionRuleId.None && a.Pattern.Length == 0) a.Pattern = rule.Name;
                    TryAdd(doc, used, a);
                }
        }
    }

    private void Tail(Document doc, Sentence s, int end, TakenTokens used)
    {
        for (int i = end - 1; i > s.FirstToken + 3 && end - i <= 12; i--)
        {
            if (used[i] || CueFinder.At(doc, i) is not { } cue || UsedAsNoun(doc, cue)) continue;
            if (cue.Probability < MinCue(doc) * 0.5 && cue.Entry.Lemma != "according to") continue;
            var found = AccordingToReading.Read(doc, s, cue, end) ?? ContentFirst(doc, s, cue, end);
            if (found is null || !TryAdd(doc, used, found)) continue;
            return;
        }
    }

    // A reported proposition ("that …", "to …", a clause), not an object ("echoing the authorities' claims").
    internal static bool StartsProposition(Document doc, QuoteAttribution a)
    {
        int k = doc.TokenAtOrAfter(a.Content.Start), end = doc.TokenAtOrAfter(a.Content.End);
        return k < end && (doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.PropositionStarts).Contains(doc.TokenText(k)) || StartsClause(doc, k, end));
    }

    // A cue inside quoted words is the quoted speaker's own ("the experience, temperament, critical thinking"):
    // what they report belongs to the quote, not to a reported clause of the article.
    internal static bool InsideQuote(Document doc, int token)
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

    internal static bool ContainsQuote(Document doc, TextSpan content)
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
    internal static bool TryAdd(Document doc, TakenTokens used, QuoteAttribution a, bool explicitRule = false)
    {
        if (!doc.Options.AttributionRules.IsOn(a.Rule) || Overlaps(doc, used, a)) return false;
        a.Kind = ContainsQuote(doc, a.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        if (!AttributionGate.Accepts(doc, a, explicitRule)) return false;
        // Too short to return ("He said: “x.”"): its words are taken as if it were kept, so no other reading claims
        // them, but no object is kept for it (a document of such lines held one every 14 characters until the end).
        if (HasAlphanumerics(doc, a.Content, doc.Options.MinimumQuoteLength)) doc.Attributions.Add(a);
        Mark(doc, used, a);
        return true;
    }
}
