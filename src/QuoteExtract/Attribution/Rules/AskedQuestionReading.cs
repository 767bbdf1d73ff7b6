using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A reported question (<see cref="AttributionRuleId.AskedQuestion"/>): "Asked whether he would run again, Lee said …"; claims the cue when it reads one, kept or not.</summary>
internal sealed class AskedQuestionReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.AskedQuestion];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context) =>
        context.ClaimWith(Read(context.Document, context.Sentence, context.Cue, context.End));

    // "Asked (on Monday | by a reporter | during a debate) whether X, …": the question is reported, its asker unnamed.
    // The sentence's subject answers it; the asker is not the subject, so the record names no speaker.
    internal static QuoteAttribution? Read(Document doc, Sentence s, CueMatch cue, int end)
    {
        if (!doc.TokenText(cue.First).Equals("asked", StringComparison.OrdinalIgnoreCase)) return null;
        int lead = SkipConjunctions(doc, s.FirstToken, cue.First);
        bool opens = cue.First == lead || cue.First == lead + 1 && doc.Is(lead, "when")
            || cue.First > s.FirstToken && (doc.Is(cue.First - 1, "when") || doc.Is(cue.First - 1, "being") && doc.Is(cue.First - 2, "after"));
        if (!opens) return null;
        int q = -1;
        for (int j = cue.End; j < end && j - cue.End <= 8; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Word && doc.Words(WordList.QuestionOpeners).Contains(doc.TokenText(j))) { q = j; break; }
            if (doc.Tokens[j].Kind is TokenKind.QuoteMark || doc.IsPunct(j, ',') || doc.IsTerminal(j)) break;
        }
        if (q < 0) return null;
        // "asked about the plan": the preposition belongs to the cue, its object is the question.
        var cueSpan = cue.Span(doc);
        if (doc.Is(q, "about") && q == cue.End) { cueSpan = new TextSpan(cueSpan.Start, doc.Tokens[q].End); q++; }
        int stop = q + 1;
        while (stop < end && !doc.IsPunct(stop, ',') && !doc.IsPunct(stop, ':') && !doc.IsPunct(stop, ';')) stop++;
        if (q >= end || doc.WordCount(Span(doc, q, stop)) < 2) return null;
        return new QuoteAttribution
        {
            Kind = QuoteKind.Indirect, Content = Span(doc, q, stop), Cue = cueSpan,
            Confidence = 0.6, Rule = AttributionRuleId.AskedQuestion,
        };
    }
}
