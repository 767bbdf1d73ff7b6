using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A passive with its agent (<see cref="AttributionRuleId.PassiveBy"/>): "CONTENT was echoed by experts"; claims every passive cue followed by "by", kept or not.</summary>
internal sealed class PassiveByReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.PassiveBy];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context)
    {
        var (doc, cue) = (context.Document, context.Cue);
        // "was echoed by experts", "is supported by few papers": the passive's subject is what was said.
        if (!IsPassive(doc, context.Position, context.Sentence.FirstToken) || !doc.Is(cue.End, "by")) return false;
        if (Read(doc, context.Sentence, cue, context.End) is { } byAgent && context.Run.TryAdd(byAgent))
            context.Position = cue.End;
        return true;
    }

    // "The report was first published by The Post", "X has been endorsed by dozens of papers": the passive's
    // subject is the content, the by-phrase its source.
    internal static QuoteAttribution? Read(Document doc, Sentence s, CueMatch cue, int end)
    {
        if (!doc.Is(cue.End, "by")) return null;
        var source = NounPhraseReader.ReadForward(doc, cue.End + 1, end) ?? CueFinder.BareSubject(doc, cue.End + 1, Math.Min(end, cue.End + 6))
            ?? CueFinder.BareObject(doc, cue.End + 1, end);
        if (source is null) return null;
        // "criticized by his rivals for failing to …": the reason is no part of the agent.
        for (int j = source.FirstToken + 1; j < source.EndToken - 1; j++)
            if ((doc.Is(j, "for") || doc.Is(j, "over")) && doc.TokenText(j + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                source = NounPhraseReader.Analyze(doc, source.FirstToken, j);
                break;
            }
        int be = cue.First - 1;
        while (be > s.FirstToken && !doc.Words(WordList.BeAndGetForms).Contains(doc.TokenText(be))) be--;
        // (Before the be-form: "has been criticized" leaves "has" to the fillers.)
        int subjectEnd = CueFinder.SkipFillersBackward(doc, be, s.FirstToken);
        // ", meanwhile," between the subject and the verb is not part of it.
        if (subjectEnd > s.FirstToken + 1 && doc.IsPunct(subjectEnd - 1, ','))
        {
            int j = subjectEnd - 2;
            while (j > s.FirstToken && subjectEnd - 2 - j < 3 && doc.Tokens[j].Kind == TokenKind.Word && char.IsLower(doc.TokenText(j)[0])) j--;
            subjectEnd = j > s.FirstToken && j < subjectEnd - 2 && doc.IsPunct(j, ',') ? j : subjectEnd - 1;
        }
        var content = NounPhraseReader.ReadBackward(doc, subjectEnd, s.FirstToken) ?? CueFinder.BareSubject(doc, s.FirstToken, subjectEnd);
        if (content is null) return null;
        int from = content.FirstToken;
        // "demands to audit the harbor fund were rejected by …": the phrase read ends a longer subject (it follows a
        // word, not the sentence start or a comma); the subject is the sentence's, after any introductory phrase.
        if (from > s.FirstToken && doc.Tokens[from - 1].Kind == TokenKind.Word)
        {
            from = SkipConjunctions(doc, s.FirstToken, subjectEnd);
            if (CueFinder.IntroducesSentence(doc, from))
                for (int j = from + 1; j < subjectEnd - 1; j++) if (doc.IsPunct(j, ',')) { from = j + 1; break; }
        }
        var cueSpan = cue with { End = cue.End + 1 };
        var a = Make(doc, cueSpan, source, from, content.EndToken, 0.4, AttributionRuleId.PassiveBy, 1);
        return a;
    }
}
