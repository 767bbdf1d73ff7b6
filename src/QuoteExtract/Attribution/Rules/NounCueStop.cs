using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// No pattern but a stop in the order of the cue readings: a cue word used as a noun ("in a June report", "the
/// claims") is read by the noun readings before it (<see cref="PossessorNounReading"/>, <see cref="NounThatReading"/>)
/// and by no reading after it. It proposes nothing, so no rule id switches it off.
/// </summary>
internal sealed class NounCueStop : ICueReading
{
    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => [];

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context) => UsedAsNoun(context.Document, context.Cue);
}
