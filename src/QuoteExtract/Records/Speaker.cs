namespace QuoteExtract;

/// <summary>One entity that speaks in the document, with every mention of it that was resolved.</summary>
/// <param name="Id">Document-local id (<c>s1</c>, <c>s2</c>, …) in order of first mention.</param>
/// <param name="Name">Canonical name: the most complete name the document gives.</param>
/// <param name="Kind">Person, organization, group or unknown.</param>
/// <param name="Titles">Titles and roles the document gives the entity (White House spokesman, Finance Minister).</param>
/// <param name="Mentions">Every mention resolved to this entity, in text order.</param>
public sealed record Speaker(
    string Id,
    string Name,
    SpeakerKind Kind,
    IReadOnlyList<string> Titles,
    IReadOnlyList<Excerpt> Mentions)
{
    /// <summary>
    /// For a group named by its members ("Ann Lee and Tom Baker said"), the ids of the members' own speakers, which the
    /// result lists too; empty otherwise.
    /// </summary>
    public IReadOnlyList<string> Members { get; init; } = [];
}
