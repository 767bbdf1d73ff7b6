namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// CONTENT, said SPEAKER (<see cref="AttributionRuleId.ContentCueSpeaker"/>) / CONTENT, SPEAKER said
/// (<see cref="AttributionRuleId.ContentSpeakerCue"/>): claims the cue when its candidate is kept; when the candidate's
/// content is taken, it lets the cue-first reading try a proposition after the cue (<see cref="CueFirstReading"/>).
/// (The pattern's code, <see cref="ReportedSpeechStage.ContentFirst"/>, is shared with the stage's tail pass.)
/// </summary>
internal sealed class ContentFirstReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.ContentCueSpeaker, AttributionRuleId.ContentSpeakerCue];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context)
    {
        if (ReportedSpeechStage.ContentFirst(context.Document, context.Sentence, context.Cue, context.End, context.Run.EarlierSources) is not { } before) return false;
        if (!context.Run.TryAdd(before))
        {
            context.ContentFirstRefused = true;
            return false;
        }
        context.PassContent(before);
        return true;
    }
}
