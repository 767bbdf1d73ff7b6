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
