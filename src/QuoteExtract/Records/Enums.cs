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
