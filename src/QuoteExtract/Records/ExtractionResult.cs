namespace QuoteExtract;

/// <summary>Everything extracted from one document. Immutable; safe to share across threads.</summary>
public sealed record ExtractionResult(
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>A result with nothing in it (the result for empty text).</summary>
    public static ExtractionResult Empty { get; } = new([], [], []);

    /// <summary>The speaker a quote is attributed to, or null.</summary>
    public Speaker? SpeakerOf(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (quote.SpeakerId is null) return null;
        foreach (var s in Speakers) if (s.Id == quote.SpeakerId) return s;
        return null;
    }
}
