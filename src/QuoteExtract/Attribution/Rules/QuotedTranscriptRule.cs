using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A quote that opens with its speaker's label (<see cref="AttributionRuleId.QuotedTranscript"/>): “PENCE: Well, …”; it names its own speaker, whatever came before.</summary>
internal sealed class QuotedTranscriptRule : IQuoteRule
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.QuotedTranscript];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryAttribute(ref QuoteRuleContext context) =>
        context.ClaimWith(Read(context.Document, context.Where, context.Quote));

    // A quote that opens with a speaker label: NAME ":" words.
    private static QuoteAttribution? Read(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int first = ctx.OpenToken + 1, end = doc.TokenAtOrAfter(q.Content.End);
        int colon = -1;
        for (int i = first + 1; i < end && i <= first + 3; i++) if (doc.IsPunct(i, ':')) { colon = i; break; }
        if (colon < 0 || end - colon < 3) return null;
        var name = NounPhraseReader.ReadForward(doc, first, colon);
        if (name is null || name.Shape != MentionShape.Name || name.EndToken != colon) return null;
        // "“The Trumps: Three Generations That Built an Empire”": a book's title and subtitle.
        if (TokenTests.IsTitleCase(doc, colon + 1, end)) return null;
        return new QuoteAttribution
        {
            Kind = QuoteKind.Direct, Content = new TextSpan(doc.Tokens[colon + 1].Start, q.Content.End),
            Cue = doc.Tokens[colon].Span, Source = name, Confidence = 0.75, Rule = AttributionRuleId.QuotedTranscript,
        };
    }
}
