namespace QuoteExtract.Claims;

/// <summary>A claim as the pipeline works on it, before it becomes a <see cref="Claim"/> record.</summary>
public sealed class ClaimCandidate
{
    /// <summary>The proposition's span.</summary>
    public TextSpan Span { get; set; }

    /// <summary>The proposition's text (the characters of <see cref="Span"/>), or null to take them from the document.</summary>
    public string? Text { get; set; }

    /// <summary>Index of the claimant entity in <see cref="Text.Document.Entities"/>, or -1 for the article's own voice.</summary>
    public int Claimant { get; set; } = -1;

    /// <summary>Asserts, denies or questions.</summary>
    public ClaimStance Stance { get; set; }

    /// <summary>How worth checking, 0..1.</summary>
    public double CheckWorthiness { get; set; }

    /// <summary>Index of the attribution it came from (<see cref="Text.Document.Attributions"/>), or -1.</summary>
    public int Attribution { get; set; } = -1;
}

/// <summary>
/// A claim as the claim stage keeps it in the document: the fields of a <see cref="ClaimCandidate"/> as a value, in an
/// array of the document's layers (rented for a document only the extraction sees), not an object a claim.
/// </summary>
internal readonly record struct ClaimEntry(TextSpan Span, string? Text, int Claimant, ClaimStance Stance, double CheckWorthiness, int Attribution)
{
    /// <summary>The entry of <paramref name="claim"/>.</summary>
    public static ClaimEntry Of(ClaimCandidate claim) =>
        new(claim.Span, claim.Text, claim.Claimant, claim.Stance, claim.CheckWorthiness, claim.Attribution);

    /// <summary>The entry as a candidate of the public list.</summary>
    public ClaimCandidate ToCandidate() =>
        new() { Span = Span, Text = Text, Claimant = Claimant, Stance = Stance, CheckWorthiness = CheckWorthiness, Attribution = Attribution };
}
