using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>Two halves of one utterance around the cue (<see cref="AttributionRuleId.Parenthetical"/>); claims the cue when both halves are kept, else lets the next reading try.</summary>
internal sealed class ParentheticalReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.Parenthetical];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context)
    {
        if (!Read(context.Run, context.Sentence, context.Cue, context.End)) return false;
        context.Position = context.Cue.End;
        return true;
    }

    // "The museum, Obama said, would make visitors face hard truths.": two halves of one utterance, the second continuing the first.
    private static bool Read(ReportedSpeechRun run, Sentence s, CueMatch cue, int end)
    {
        var doc = run.Document;
        int min = s.FirstToken;
        // Without a comma right before the cue ("…, said Lee, …" inverts), the second half starts past a comma after the
        // cue ("…, Obama said, …"): most cues have none, and their subjects are not read.
        if (!doc.IsPunct(cue.First - 1, ',') && !SecondHalfAfter(doc, SecondComma(doc, cue.End, end), end)) return false;
        // (The phrase is probed; its mention is built once both halves are found.)
        var phrase = NounPhraseReader.ProbeBackward(doc, CueFinder.SkipFillersBackward(doc, cue.First, min), min);
        bool inverted = false;
        // ("…, said Lee, …" inverts; "…, touting a message of unity, …" is a participle with its object.)
        if (phrase is null && doc.IsPunct(cue.First - 1, ',') && (cue.Entry.Flags & CueFlags.Invertible) != 0
            && !CueFinder.IsParticiple(doc, cue))
        {
            phrase = NounPhraseReader.ProbeForward(doc, cue.End, end);
            inverted = phrase is not null;
        }
        // ("…, many delegates were deemed ineligible, …" is a passive of its own, no aside of a speaker.)
        if (phrase is not { } found || !inverted && IsPassive(doc, cue.First, min)) return false;
        int comma1 = inverted ? cue.First - 1 : found.First - 1;
        int comma2 = SecondComma(doc, inverted ? found.End : cue.End, end);
        if (comma1 <= min || !doc.IsPunct(comma1, ',') || !SecondHalfAfter(doc, comma2, end)) return false;
        var subject = found.ToMention();
        var first = Make(doc, cue, subject, min, comma1, 0.7, AttributionRuleId.Parenthetical, 2);
        var second = Make(doc, cue, subject, comma2 + 1, end, 0.7, AttributionRuleId.Parenthetical, 2);
        if (first is null || second is null || run.Overlaps(first) || run.Overlaps(second)) return false;
        // The model judges the utterance by its main (second) half; the first half goes with it. (Without one, both halves
        // have the rule's confidence already: one cue, one pattern.)
        if (!AttributionGate.Accepts(doc, second)) return false;
        first.Confidence = second.Confidence;
        first.Kind = ContainsQuote(doc, first.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        doc.Attributions.Add(first);
        run.Mark(first);
        second.Continues = doc.Attributions.Count - 1;
        second.Kind = ContainsQuote(doc, second.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        doc.Attributions.Add(second);
        run.Mark(second);
        return true;
    }

    // "…, he told me on Friday, …": the comma after a few plain words (audience, time) from the cue or its speaker; else
    // <paramref name="from"/> itself.
    private static int SecondComma(Document doc, int from, int end)
    {
        for (int j = from; j < end && j - from <= 5; j++)
        {
            if (doc.IsPunct(j, ',')) return j;
            if (doc.Tokens[j].Kind != TokenKind.Word || doc.Is(j, "that") || CueFinder.At(doc, j) is not null) break;
        }
        return from;
    }

    // A second half after the comma, not the sentence's last words; ", said Ann Lee, who added …" is a relative clause
    // with its own cue, not the second half.
    private static bool SecondHalfAfter(Document doc, int comma, int end) =>
        comma < end - 2 && doc.IsPunct(comma, ',')
        && !(doc.Is(comma + 1, "who") || doc.Is(comma + 1, "which") || CueFinder.At(doc, comma + 1) is not null);
}
