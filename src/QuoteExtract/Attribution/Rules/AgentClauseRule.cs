using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// Agent clauses (<see cref="AttributionRuleId.AgentClause"/>), proposed only when a model decides: with a model, any
/// verb with a speaker-like subject proposes the rest of its clause. PolNeAR's attributions include stances and acts of
/// sources ("NBC News first published the video", "the court rejected the request"), which no list of speech verbs
/// covers; the model, not the verb, tells which count. A passive's by-phrase goes to <see cref="PassiveByReading"/>.
/// The reported-speech stage runs it after the cue readings (Steps/AgentClausesStep.cs); each clause goes through the
/// run's gate (<see cref="ReportedSpeechRun.TryAdd"/>) as it is found, and the scan goes on after a clause kept.
/// </summary>
internal static class AgentClauseRule
{
    /// <summary>Reads the agent clauses of every sentence of the run's document, adding those kept.</summary>
    public static void Run(ReportedSpeechRun run)
    {
        var doc = run.Document;
        var used = run.Used;
        if (doc.Options.Scorer is null) return;
        var paragraphs = new ParagraphCursor(doc);
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount < 4) continue;
            if (doc.Options.SkipBoilerplate && paragraphs.IsBoilerplate(paragraphs.At(doc.Tokens[s.FirstToken].Start))) continue;
            int end = ContentEnd(doc, s);
            for (int i = s.FirstToken + 1; i < end - 1; i++)
            {
                if (used[i] || doc.Tokens[i].Kind != TokenKind.Word || !char.IsLower(doc.Text[doc.Tokens[i].Start])) continue;
                // A form never seen as a cue in the corpus is not worth the model's time (checked first: it is cheap).
                if (CueFinder.At(doc, i) is null && (doc.CueFormIdAt(i) is var form && (form < 0 || CueForms.ById(form).Cue < 2))) continue;
                if (!IsVerbLike(doc, i) || InsideQuote(doc, i)) continue;
                var cue = CueFinder.At(doc, i) ?? new CueMatch(i, i + 1, new CueEntry(doc.TokenText(i).ToString(), CueFlags.None), LearnedCues.Probability(doc.TokenText(i), 0.3));
                if (UsedAsNoun(doc, cue) || NotSpeech(doc, cue)) continue;
                if (IsPassive(doc, i, s.FirstToken))
                {
                    if (PassiveByReading.Read(doc, s, cue, end) is { } byAgent && run.TryAdd(byAgent)) i = cue.End;
                    continue;
                }
                var subject = CueFinder.SubjectOf(doc, cue, s.FirstToken, run.EarlierSources);
                if (subject is null || IsTimePhrase(doc, subject) || doc.Is(subject.FirstToken, "which")) continue;
                int k = cue.End;
                var cueSpan = cue;
                if (k < end && doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.CuePrepositions).Contains(doc.TokenText(k)) && !doc.Is(k, "to"))
                {
                    cueSpan = cue with { End = k + 1 };
                    k++;
                }
                if (k >= end || doc.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Dash) continue;
                // A verb known only from corpus statistics, and not as a cue most of the time it was seen, proposes a
                // proposition, never a bare object: "signed the order" is an act, "signed a pledge that …" reports one.
                if (cue.Entry.Flags == CueFlags.None && !(cue.Probability >= 0.5 && LearnedCues.Counts(doc.TokenText(i)).Cue >= 3)
                    && !(doc.Tokens[k].Kind == TokenKind.Word && doc.Words(WordList.PropositionStarts).Contains(doc.TokenText(k)))) continue;
                var found = Make(doc, cueSpan, subject, k, ClauseStop(doc, k, end), 0.4, AttributionRuleId.AgentClause, 1);
                if (found is null || !run.TryAdd(found)) continue;
                i = Math.Max(i, doc.TokenAtOrAfter(found.Content.End) - 1);
            }
        }
    }
}
