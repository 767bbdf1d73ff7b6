using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace QuoteExtract;

/// <summary>One entity that speaks in the document, with every mention of it that was resolved.</summary>
/// <param name="Id">Document-local id (<c>s1</c>, <c>s2</c>, …) in order of first mention.</param>
/// <param name="Name">Canonical name: the most complete name the document gives.</param>
/// <param name="Kind">Person, organization, group or unknown.</param>
/// <param name="Titles">Titles and roles the document gives the entity (White House spokesman, Finance Minister).</param>
/// <param name="Mentions">Every mention resolved to this entity, in text order.</param>
[JsonConverter(typeof(Output.SpeakerJsonConverter))]
public sealed record Speaker(
    string Id,
    string Name,
    SpeakerKind Kind,
    IReadOnlyList<string> Titles,
    IReadOnlyList<Excerpt> Mentions)
{
    /// <summary>Titles and roles the document gives the entity.</summary>
    public IReadOnlyList<string> Titles { get; init => field = ValueList.Freeze(value, nameof(Titles)); } = ValueList.Freeze(Titles, nameof(Titles));

    /// <summary>Every mention resolved to this entity, in text order.</summary>
    public IReadOnlyList<Excerpt> Mentions { get; init => field = ValueList.Freeze(value, nameof(Mentions)); } = ValueList.Freeze(Mentions, nameof(Mentions));

    /// <summary>
    /// For a group named by its members ("Ann Lee and Tom Baker said"), the ids of the members' own speakers, which the
    /// result lists too; empty otherwise.
    /// </summary>
    public IReadOnlyList<string> Members { get; init => field = ValueList.Freeze(value, nameof(Members)); } = ValueList.None<string>();

    /// <summary>True when every field and every list element is equal.</summary>
    public bool Equals(Speaker? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            Id == other.Id && Name == other.Name && Kind == other.Kind && ValueList.SequenceEqual(Titles, other.Titles)
            && ValueList.SequenceEqual(Mentions, other.Mentions) && ValueList.SequenceEqual(Members, other.Members));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Name, Kind, ValueList.Hash(Titles), ValueList.Hash(Mentions), ValueList.Hash(Members));
}
