using System.Text.Json.Serialization;

namespace QuoteExtract;

/// <summary>A proposition made in the document, by a speaker or in the article's own voice.</summary>
/// <param name="Id">Document-local id (<c>c1</c>, …).</param>
/// <param name="Text">The proposition as it stands in the document.</param>
/// <param name="Span">Where it stands.</param>
/// <param name="ClaimantId">Id of the speaker who makes the claim; null means the article's own voice.</param>
/// <param name="Stance">Whether the claimant asserts, denies or questions it.</param>
/// <param name="CheckWorthiness">How worth fact-checking the claim is, 0..1.</param>
/// <param name="QuoteId">The quote the claim comes from, or null.</param>
[JsonConverter(typeof(Output.ClaimJsonConverter))]
public sealed record Claim(
    string Id,
    string Text,
    TextSpan Span,
    string? ClaimantId,
    ClaimStance Stance,
    double CheckWorthiness,
    string? QuoteId)
{
    private RecordText _text = new(Text);

    /// <summary>The proposition as it stands in the document.</summary>
    public string Text { get => _text.Get(Span); init => _text = new(value); }

    /// <summary>Where it stands.</summary>
    public TextSpan Span { get; init { _text.Keep(field); field = value; } } = Span;

    /// <summary>The result builder's claim: its text stays in <paramref name="document"/>'s until it is read.</summary>
    internal static Claim InDocument(SourceText document, string id, TextSpan span, string? claimantId, ClaimStance stance, double checkWorthiness,
        string? quoteId) =>
        new(id, null!, span, claimantId, stance, checkWorthiness, quoteId) { _text = RecordText.InDocument(document) };

    /// <summary>The text as it is held, for a writer that copies its characters (<see cref="RecordText.Chars"/>).</summary>
    internal RecordText HeldText => _text;

    /// <summary>True when every field is equal.</summary>
    public bool Equals(Claim? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            Id == other.Id && Span == other.Span && RecordText.Equals(_text, Span, other._text, other.Span) && ClaimantId == other.ClaimantId
            && Stance == other.Stance && CheckWorthiness.Equals(other.CheckWorthiness) && QuoteId == other.QuoteId);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, _text.Hash(Span), Span, ClaimantId, Stance, CheckWorthiness, QuoteId);
}
