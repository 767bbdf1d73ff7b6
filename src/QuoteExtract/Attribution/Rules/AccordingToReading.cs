using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>According to SPEAKER, CONTENT (<see cref="AttributionRuleId.AccordingToFirst"/>) / CONTENT, according to SPEAKER (<see cref="AttributionRuleId.AccordingToLast"/>); claims every "according to", kept or not.</summary>
internal sealed class AccordingToReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.AccordingToFirst, AttributionRuleId.AccordingToLast];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context)
    {
        if (context.Cue.Entry.Lemma != "according to") return false;
        if (Read(context.Document, context.Sentence, context.Cue, context.End) is { } found && context.Run.TryAdd(found))
            context.PassContent(found);
        return true;
    }

    // According to SPEAKER, CONTENT. / CONTENT, according to SPEAKER.
    internal static QuoteAttribution? Read(Document doc, Sentence s, CueMatch cue, int end)
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
}
