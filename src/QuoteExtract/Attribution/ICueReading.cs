namespace QuoteExtract.Attribution;

/// <summary>
/// One reading of a cue in the reported-speech stage (a pattern: a possessor's claim, a passive with its agent, a
/// parenthetical, content first, cue first, …). The stage offers each cue to the readings of
/// <see cref="AttributionRuleSet.CueReadings"/> in their order until one claims it; a reading that claims the cue may
/// move the read position past what it took (<see cref="CueReadingContext.Position"/>).
/// </summary>
internal interface ICueReading
{
    /// <summary>
    /// The rules whose candidates the reading proposes. The rule set leaves a reading out when all of them are switched
    /// off; a candidate of one switched off is refused at the gate.
    /// </summary>
    ReadOnlySpan<AttributionRuleId> Ids { get; }

    /// <summary>
    /// Reads the cue of <paramref name="context"/>, adding what it keeps through the stage's gate
    /// (<see cref="ReportedSpeechRun.TryAdd"/>). True when it claims the cue: no later reading is tried.
    /// </summary>
    bool TryRead(ref CueReadingContext context);
}
