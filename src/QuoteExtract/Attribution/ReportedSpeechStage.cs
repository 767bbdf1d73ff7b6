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
/// Every candidate passes <see cref="AttributionGate"/> (through <see cref="ReportedSpeechRun.TryAdd"/>); each cue is offered to the cue
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
        var run = new ReportedSpeechRun(doc);
        try
        {
            // (Room for about a report every four sentences, as in news, but never more than a few thousand ahead.)
            doc.Attributions.EnsureCapacity(doc.Attributions.Count + Math.Min(doc.Sentences.Length / 4, 4096));
            // The steps in their order (AttributionRuleSet.ReportedSpeechSteps): what proposes through the gate first, then
            // overlap resolution and the rewrite of quotes after reports.
            foreach (var step in doc.Options.AttributionRules.ReportedSpeechSteps) step.Run(this, run);
        }
        finally { run.Release(); }
    }

    // Each sentence in turn: a headline's rules, the content-first tail, then each cue offered to the cue readings.
    internal void CueSentences(ReportedSpeechRun run)
    {
        var doc = run.Document;
        var used = run.Used;
        var readings = doc.Options.AttributionRules.CueReadings;
        var paragraphs = new ParagraphCursor(doc);
        double minCue = MinCue(doc);
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount < 3) continue;
            int p = paragraphs.At(doc.Tokens[s.FirstToken].Start);
            if (doc.Options.SkipBoilerplate && paragraphs.IsBoilerplate(p)) continue;
            int end = ContentEnd(doc, s);
            if (Headline(run, s, p)) continue;
            // "CONTENT, SPEAKER CUE." first: its content may itself hold cues ("X told Y that Z, the source added").
            Tail(run, s, end);
            // (The cues alone: most tokens are none, and the cache tells so two at a time.)
            for (int i = CueFinder.NextCue(doc, s.FirstToken, s.EndToken); i < s.EndToken; i = CueFinder.NextCue(doc, i + 1, s.EndToken))
            {
                if (used[i]) continue;
                if (CueFinder.At(doc, i) is not { } cue || InsideQuote(doc, i)) continue;
                if (cue.Probability < minCue && cue.Entry.Lemma != "according to") continue;
                // The cue's readings in their registered order (AttributionRuleSet.CueReadings) until one claims it.
                var reading = new CueReadingContext(run, s, cue, end, i);
                foreach (var r in readings)
                    if (r.TryRead(ref reading)) break;
                i = reading.Position;
            }
        }
    }

    // The sentence rules in their registered order (built-in ones first, then those added through the builder), each
    // proposal through the same gate as the cue readings' (ReportedSpeechRun.TryAdd).
    internal static void SentenceRules(ReportedSpeechRun run)
    {
        var doc = run.Document;
        var rules = doc.Options.AttributionRules.SentenceRules;
        var paragraphs = new ParagraphCursor(doc);
        foreach (var s in doc.Sentences)
        {
            if (doc.Options.SkipBoilerplate && paragraphs.IsBoilerplate(paragraphs.At(doc.Tokens[s.FirstToken].Start))) continue;
            foreach (var rule in rules)
                foreach (var a in rule.Propose(doc, s))
                {
                    if (a.Rule == AttributionRuleId.None && a.Pattern.Length == 0) a.Pattern = rule.Name;
                    run.TryAdd(a);
                }
        }
    }

    private void Tail(ReportedSpeechRun run, Sentence s, int end)
    {
        var doc = run.Document;
        for (int i = end - 1; i > s.FirstToken + 3 && end - i <= 12; i--)
        {
            if (run.Used[i] || CueFinder.At(doc, i) is not { } cue || UsedAsNoun(doc, cue)) continue;
            if (cue.Probability < MinCue(doc) * 0.5 && cue.Entry.Lemma != "according to") continue;
            var found = AccordingToReading.Read(doc, s, cue, end) ?? ContentFirst(doc, s, cue, end, run.EarlierSources);
            if (found is null || !run.TryAdd(found)) continue;
            return;
        }
    }

    // A reported proposition ("that …", "to …", a clause), not an object ("echoing the authorities' claims").
    internal static bool StartsProposition(Document doc, QuoteAttribution a)
    {
        int k = doc.TokenAtOrAfter(a.Content.Start), end = doc.TokenAtOrAfter(a.Content.End);
        return k < end && (doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.PropositionStarts).Contains(doc.TokenText(k)) || StartsClause(doc, k, end));
    }
}
