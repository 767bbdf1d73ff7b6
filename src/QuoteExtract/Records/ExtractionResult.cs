using System.Text.Json.Serialization;

namespace QuoteExtract;

/// <summary>
/// Everything extracted from one document. Immutable (the lists are frozen copies) and compared by value: two
/// extractions of one text are equal. Safe to share across threads.
/// </summary>
/// <param name="Quotes">The quotes, in text order.</param>
/// <param name="Speakers">The speakers, in order of first mention.</param>
/// <param name="Claims">The claims, in text order.</param>
[JsonConverter(typeof(Output.ExtractionResultJsonConverter))]
public sealed record ExtractionResult(
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>The quotes, in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; init => field = ValueList.Freeze(value, nameof(Quotes)); } = ValueList.Freeze(Quotes, nameof(Quotes));

    /// <summary>The speakers, in order of first mention.</summary>
    public IReadOnlyList<Speaker> Speakers { get; init => field = ValueList.Freeze(value, nameof(Speakers)); } = ValueList.Freeze(Speakers, nameof(Speakers));

    /// <summary>The claims, in text order.</summary>
    public IReadOnlyList<Claim> Claims { get; init => field = ValueList.Freeze(value, nameof(Claims)); } = ValueList.Freeze(Claims, nameof(Claims));

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

    /// <summary>True when both hold equal quotes, speakers and claims, in the same order.</summary>
    public bool Equals(ExtractionResult? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            ValueList.SequenceEqual(Quotes, other.Quotes) && ValueList.SequenceEqual(Speakers, other.Speakers) && ValueList.SequenceEqual(Claims, other.Claims));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValueList.Hash(Quotes), ValueList.Hash(Speakers), ValueList.Hash(Claims));
}
