namespace QuoteExtract.Evaluation;

/// <summary>The speaker-resolution evaluation of a GUM corpus (<see cref="SpeakerResolutionScorer"/>).</summary>
/// <param name="Documents">Documents read.</param>
/// <param name="Chains">Person and organization chains with a proper name (the scored chains).</param>
/// <param name="Mentions">One row per <see cref="MentionClass"/>, then the row of all (class null).</param>
/// <param name="SpeakerMentions">The same rows for the gold mentions that are the speaker mention of a quote the extractor returns.</param>
/// <param name="Outcomes">Every scored gold mention, documents in order.</param>
/// <param name="Failures">One message per document whose extraction threw (its mentions count as unresolved).</param>
/// <param name="Warnings">One message per malformed or suspicious CoNLL-U line.</param>
public sealed record SpeakerResolutionReport(
    int Documents,
    int Chains,
    IReadOnlyList<SpeakerResolutionRow> Mentions,
    IReadOnlyList<SpeakerResolutionRow> SpeakerMentions,
    IReadOnlyList<SpeakerResolutionOutcome> Outcomes,
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The pronoun row and the row of all again without the turn pronouns (<see cref="SpeakerResolutionOutcome.TurnPronoun"/>:
    /// "I" and "you" in a transcript's turns, whose speaker only GUM's metadata names): of every mention, then of the speaker mentions.
    /// </summary>
    public IReadOnlyList<SpeakerResolutionRow> WithoutTurnPronouns { get; init; } = [];

    /// <inheritdoc cref="WithoutTurnPronouns"/>
    public IReadOnlyList<SpeakerResolutionRow> SpeakerWithoutTurnPronouns { get; init; } = [];

    /// <summary>Time spent in the extractor.</summary>
    public TimeSpan ExtractionTime { get; init; }
}
