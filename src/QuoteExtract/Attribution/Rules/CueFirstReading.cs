namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// SPEAKER said (that) CONTENT (<see cref="AttributionRuleId.SpeakerCueContent"/>): the last reading of a cue, it claims
/// every cue offered to it. (The pattern's code, <see cref="ReportedSpeechStage.CueFirst"/>, stays with the stage's
/// other readings, ReportedSpeechStage.Readings.cs; the clause helpers it reads are in RuleHelpers.Clauses.cs.)
/// </summary>
internal sealed class CueFirstReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.SpeakerCueContent];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context)
    {
        var doc = context.Document;
        // When the content-first reading cannot be kept (its content is taken: "“…,” Rendell recalled, suggesting the
        // debate erased …"), a proposition after the cue still may be; an object ("echoing the authorities' claims") may not.
        if (ReportedSpeechStage.CueFirst(doc, context.Sentence, context.Cue, context.End, context.Run.EarlierSources) is { } after
            && (!context.ContentFirstRefused || ReportedSpeechStage.StartsProposition(doc, after))
            && context.Run.TryAdd(after))
            context.PassContent(after);
        return true;
    }
}
