using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A quoted fragment after a partial quote with its speaker, no cue between (<see cref="AttributionRuleId.NextFragment"/>).</summary>
internal sealed class NextFragmentRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.NextFragment];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context) =>
        context.ClaimWith(Read(context.Document, context.Where, context.Quote));

    // "called Trump a “liar” who is “utterly amoral,” a “bully” …": a later fragment of the same sentence, with no
    // cue of its own between, goes on with the quote before it.
    private static QuoteAttribution? Read(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int prev = doc.Attributions.Count - 1;
        if (prev < 0 || doc.Attributions[prev] is not { Kind: QuoteKind.Partial, Source: not null } p) return null;
        int from = doc.TokenAtOrAfter(p.Content.End);
        if (from < ctx.SentenceStartToken || doc.SentenceOfToken(from) != doc.SentenceOfToken(ctx.OpenToken)) return null;
        for (int i = from; i < ctx.OpenToken; i++)
            if (CueFinder.At(doc, i) is not null || doc.IsTerminal(i)) return null;
        var c = QuotedSpeechStage.Continuation(doc, q, prev, cueKept: false, AttributionRuleId.NextFragment);
        c.Kind = IsSentenceLike(doc, q) && StartsUpper(doc, q.Content) ? QuoteKind.Direct : QuoteKind.Partial;
        return c;
    }
}
