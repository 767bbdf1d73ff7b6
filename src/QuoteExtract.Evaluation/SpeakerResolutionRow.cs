namespace QuoteExtract.Evaluation;

/// <summary>One row of the speaker-resolution report: the gold mentions of one class and how many the resolver got right.</summary>
/// <param name="Class">The class, or null for the row of all classes.</param>
/// <param name="Count">Gold mentions.</param>
/// <param name="Resolved">Of them, those some mention of ours overlaps (right or wrong).</param>
/// <param name="Right">Of them, those whose entity of ours is named with the chain's fullest name.</param>
public sealed record SpeakerResolutionRow(MentionClass? Class, int Count, int Resolved, int Right)
{
    /// <summary>Right / Count, 0 when there are none.</summary>
    public double Rate => Count == 0 ? 0 : (double)Right / Count;
}
