using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A quote going on from the last attributed one: nothing but a time phrase between in the same paragraph (<see cref="AttributionRuleId.FollowOn"/>), the second half of one utterance (<see cref="AttributionRuleId.Split"/>), or a quote paragraph right after (<see cref="AttributionRuleId.FollowOnParagraph"/>).</summary>
internal sealed class FollowOnRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.FollowOn, AttributionRuleId.FollowOnParagraph, AttributionRuleId.Split];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context) =>
        context.ClaimWith(Read(context.Document, context.Where, context.Quote));

    // A quote that follows an attributed quote with nothing but a time phrase between, or opens the next paragraph.
    private static QuoteAttribution? Read(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int prev = QuotedSpeechStage.LastQuoted(doc);
        if (prev < 0) return null;
        var p = doc.Attributions[prev];
        if (p.Source is null) return null;
        int prevPara = doc.ParagraphAt(p.Content.Start);
        if (ctx.Paragraph == prevPara)
        {
            int from = Math.Max(doc.TokenAtOrAfter(p.Content.End), p.Cue is { } c ? doc.TokenAtOrAfter(c.End) : 0);
            from = SkipSpeakerAppositive(doc, Math.Max(from, p.Source.EndToken), ctx.OpenToken);
            // "“A,” said Ann Lee, a director at the institute, “but B.”": the second half of one utterance.
            if (from == ctx.OpenToken && doc.IsPunct(from - 1, ',') && p.Cue is not null
                && doc.SentenceOfToken(doc.TokenAtOrAfter(p.Content.Start)) == doc.SentenceOfToken(ctx.OpenToken))
                return QuotedSpeechStage.Continuation(doc, q, prev, cueKept: true, AttributionRuleId.Split);
            int gap = 0;
            for (int i = from; i < ctx.OpenToken; i++)
            {
                var t = doc.Tokens[i];
                if (t.Kind is TokenKind.Punctuation or TokenKind.QuoteMark) continue;
                // Only the rest of the attribution may stand between: "in August", "at a rally in Ohio".
                if (++gap > 7 || doc.Is(i, "that") || CueFinder.At(doc, i) is not null) return null;
            }
            return ctx.StartsSentence && IsSentenceLike(doc, q) ? QuotedSpeechStage.Continuation(doc, q, prev, cueKept: false, AttributionRuleId.FollowOn) : null;
        }
        // A quote paragraph right after the paragraph of the previous quote.
        if (ctx.OpenToken == ctx.ParagraphStartToken && prevPara == ctx.Paragraph - 1 && IsSentenceLike(doc, q)
            && doc.WordCount(q.Content) >= doc.Options.MinimumDirectQuoteWords && !QuotedSpeechStage.OtherPersonBetween(doc, p, ctx.OpenToken))
            return QuotedSpeechStage.Continuation(doc, q, prev, cueKept: false, AttributionRuleId.FollowOnParagraph);
        return null;
    }

    // "“A,” said Ann Lee, director of studies at the institute in Oslo, “B.”": the speaker's appositive, however
    // long, stands between the halves; it ends at the comma or full stop right before the next quote, with no cue inside.
    private static int SkipSpeakerAppositive(Document doc, int from, int open)
    {
        if (!doc.IsPunct(from, ',')) return from;
        for (int m = from + 1; m < open && m - from <= 40; m++)
        {
            if (doc.Tokens[m].Kind == TokenKind.QuoteMark || doc.Is(m, "that") || CueFinder.At(doc, m) is not null) return from;
            if (doc.IsTerminal(m)) return m + 1 == open ? open : from;
        }
        return open - from <= 41 && doc.IsPunct(open - 1, ',') ? open : from;
    }
}
