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
    string? QuoteId);
