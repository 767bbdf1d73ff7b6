namespace QuoteExtract.Evaluation;

/// <summary>
/// One prediction as scored: a quote, or a chain of quotes tied by <see cref="Quote.Continues"/> merged into
/// one (gold corpora annotate “A,” she said, “B.” as a single attribution).
/// </summary>
/// <param name="Parts">The quotes of the chain in text order; the first is the chain's head.</param>
/// <param name="Content">The content: the union of the parts' spans, sorted and merged.</param>
/// <param name="SpeakerMention">The speaker mention of the first part that has one, or null.</param>
/// <param name="Cue">The cue of the first part that has one, or null.</param>
public sealed record PredictedAttribution(
    IReadOnlyList<Quote> Parts,
    IReadOnlyList<TextSpan> Content,
    Excerpt? SpeakerMention,
    Excerpt? Cue)
{
    /// <summary>The id of the chain's first quote.</summary>
    public string Id => Parts[0].Id;

    /// <summary>The kind of the chain's first quote.</summary>
    public QuoteKind Kind => Parts[0].Kind;

    /// <summary>Where the content begins.</summary>
    public int Start => Content.Count == 0 ? Parts[0].Span.Start : Content[0].Start;

    /// <summary>Where the content ends.</summary>
    public int End => Content.Count == 0 ? Parts[0].Span.Start : Content[^1].End;

    /// <summary>The parts' texts joined by " … ".</summary>
    public string Text => string.Join(" … ", Parts.Select(p => p.Text));

    /// <summary>
    /// Merges the quotes of <paramref name="result"/> along their <see cref="Quote.Continues"/> links into
    /// predictions, ordered by where they begin. A link to an unknown id is ignored.
    /// </summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="textLength">The document length; spans are clamped to it.</param>
    public static IReadOnlyList<PredictedAttribution> From(ExtractionResult result, int textLength)
    {
        ArgumentNullException.ThrowIfNull(result);
        var byId = new Dictionary<string, Quote>(StringComparer.Ordinal);
        foreach (var quote in result.Quotes) byId.TryAdd(quote.Id, quote);

        var chains = new Dictionary<string, List<Quote>>(StringComparer.Ordinal);
        var heads = new List<string>();
        foreach (var quote in result.Quotes)
        {
            var head = HeadOf(quote, byId);
            if (!chains.TryGetValue(head, out var chain))
            {
                chains[head] = chain = [];
                heads.Add(head);
            }
            chain.Add(quote);
        }

        return [.. heads
            .Select(head => Merge(chains[head], textLength))
            .OrderBy(p => p.Start)];
    }

    private static string HeadOf(Quote quote, Dictionary<string, Quote> byId)
    {
        var current = quote;
        // Bounded walk: a cyclic chain (an extractor bug) must not hang the evaluation.
        for (var steps = 0; steps <= byId.Count && current.Continues is { } previous && byId.TryGetValue(previous, out var next); steps++)
            current = next;
        return current.Id;
    }

    private static PredictedAttribution Merge(List<Quote> chain, int textLength)
    {
        var parts = chain.OrderBy(q => q.Span.Start).ToList();
        return new PredictedAttribution(
            parts,
            SpanSet.Normalize(parts.Select(p => p.Span), textLength),
            parts.Select(p => p.SpeakerMention).FirstOrDefault(m => m is not null),
            parts.Select(p => p.Cue).FirstOrDefault(c => c is not null));
    }
}
