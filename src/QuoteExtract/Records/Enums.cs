namespace QuoteExtract;

/// <summary>How a quote reproduces what was said.</summary>
public enum QuoteKind
{
    /// <summary>Verbatim words in quote marks, a whole utterance ("We will not allow it," she said).</summary>
    Direct,
    /// <summary>Reported speech without quote marks (she said that they would not allow it).</summary>
    Indirect,
    /// <summary>Reported speech containing quoted fragments (she said the plan was "dead on arrival").</summary>
    Mixed,
    /// <summary>A short verbatim fragment inside the writer's sentence (she called it "a reckless gamble").</summary>
    Partial,
}

/// <summary>What kind of entity a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>A named or described person.</summary>
    Person,
    /// <summary>An institution, company, ministry, party, outlet.</summary>
    Organization,
    /// <summary>A set of people or organizations (officials, sources, critics).</summary>
    Group,
    /// <summary>Not determined.</summary>
    Unknown,
}

/// <summary>How a claimant stands towards a claim.</summary>
public enum ClaimStance
{
    /// <summary>The claimant asserts the proposition.</summary>
    Asserts,
    /// <summary>The claimant denies the proposition.</summary>
    Denies,
    /// <summary>The claimant questions the proposition.</summary>
    Questions,
}

/// <summary>
/// What the source did with the content (docs/attribution-types.md; after the attribution types of the Penn Discourse
/// Treebank, with directives as speech and <see cref="Act"/> for PolNeAR).
/// </summary>
public enum AttributionType
{
    /// <summary>Said or wrote it: communication in any medium, judgments voiced in public, directives, "according to", every direct quote with a source.</summary>
    Speech,
    /// <summary>Holds it as true, hopes or fears it, or takes a stance on it (believes, thinks, fears, supports).</summary>
    Belief,
    /// <summary>Knows, found out or shows it (knows, learned, found, showed; a poll that finds).</summary>
    Knowledge,
    /// <summary>Wants, plans, tries or decides to bring it about (wants to, plans to, refuses to).</summary>
    Intention,
    /// <summary>A deed some corpora mark as an attribution, none of the above (signed, vetoed, voted for).</summary>
    Act,
}

/// <summary>A set of <see cref="AttributionType"/>s: which attributions an extractor returns (<see cref="ExtractorOptions.AttributionTypes"/>).</summary>
[Flags]
public enum AttributionTypes
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary><see cref="AttributionType.Speech"/> (the default).</summary>
    Speech = 1 << AttributionType.Speech,
    /// <summary><see cref="AttributionType.Belief"/>.</summary>
    Belief = 1 << AttributionType.Belief,
    /// <summary><see cref="AttributionType.Knowledge"/>.</summary>
    Knowledge = 1 << AttributionType.Knowledge,
    /// <summary><see cref="AttributionType.Intention"/>.</summary>
    Intention = 1 << AttributionType.Intention,
    /// <summary><see cref="AttributionType.Act"/>.</summary>
    Act = 1 << AttributionType.Act,
    /// <summary>Every type.</summary>
    All = Speech | Belief | Knowledge | Intention | Act,
}
