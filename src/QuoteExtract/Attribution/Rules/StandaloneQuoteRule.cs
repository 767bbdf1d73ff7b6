using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A long quote with no cue anywhere: the same speaker going on when an attributed quote is near (<see cref="AttributionRuleId.SameParagraph"/>), else a quote of unknown speaker (<see cref="AttributionRuleId.Unattributed"/>); a short one is a scare quote or a title, no quote. The last rule: it claims every quote offered to it.</summary>
internal sealed class StandaloneQuoteRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.SameParagraph, AttributionRuleId.Unattributed];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context)
    {
        context.Found = Read(context.Document, context.Where, context.Quote);
        return true;
    }

    // No cue anywhere: a long quote standing on its own is still a quote, of unknown speaker;
    // a short one is a scare quote or a title.
    private static QuoteAttribution? Read(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        if (doc.WordCount(q.Content) < Math.Max(doc.Options.MinimumDirectQuoteWords, 6) || !ctx.StartsSentence || !IsSentenceLike(doc, q)) return null;
        // Same paragraph (or the next) as an attributed quote: most likely the same speaker going on.
        int prev = QuotedSpeechStage.LastQuoted(doc);
        if (prev < 0) prev = QuotedSpeechStage.LastWithSpeaker(doc);
        if (prev >= 0 && doc.ParagraphAt(doc.Attributions[prev].Content.Start) is var pp && pp >= ctx.Paragraph - 2 && pp <= ctx.Paragraph
            && !QuotedSpeechStage.OtherPersonBetween(doc, doc.Attributions[prev], ctx.OpenToken))
        {
            var c = QuotedSpeechStage.Continuation(doc, q, prev, cueKept: false, AttributionRuleId.SameParagraph);
            c.Confidence = Math.Min(c.Confidence, 0.6);
            return c;
        }
        return new QuoteAttribution { Kind = QuoteKind.Direct, Content = q.Content, Confidence = 0.3, Rule = AttributionRuleId.Unattributed };
    }
}
