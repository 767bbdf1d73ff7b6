namespace QuoteExtract.Evaluation;

/// <summary>What the resolver made of one gold mention.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Span">Where the gold mention stands.</param>
/// <param name="Text">The gold mention as written.</param>
/// <param name="Class">Its class.</param>
/// <param name="FullestName">Its chain's fullest name as written.</param>
/// <param name="Resolved">The name of our entity for it, or null when no mention of ours overlaps its head.</param>
/// <param name="IsSpeaker">True when it is the speaker mention of a quote the extractor returns.</param>
/// <param name="Right">True when <paramref name="Resolved"/> has the fullest name's name tokens.</param>
public sealed record SpeakerResolutionOutcome(
    string Document, TextSpan Span, string Text, MentionClass Class, string FullestName, string? Resolved, bool IsSpeaker, bool Right)
{
    /// <summary>A first- or second-person pronoun in a transcript's turn, whose referent GUM names in metadata only.</summary>
    public bool TurnPronoun { get; init; }
}
