namespace QuoteExtract.Lexicon;

/// <summary>The closed classes a word belongs to (a word may be in several).</summary>
[Flags]
internal enum WordClass : ushort
{
    /// <summary>In no class.</summary>
    None = 0,
    /// <summary><see cref="WordList.Titles"/>.</summary>
    Title = 1,
    /// <summary><see cref="WordList.OrganizationHeads"/>.</summary>
    OrganizationHead = 2,
    /// <summary><see cref="WordList.GroupHeads"/>.</summary>
    GroupHead = 4,
    /// <summary><see cref="WordList.Pronouns"/>.</summary>
    Pronoun = 8,
    /// <summary><see cref="WordList.Determiners"/>.</summary>
    Determiner = 16,
    /// <summary><see cref="WordList.SpeakerCueFillers"/>.</summary>
    Filler = 32,
    /// <summary><see cref="WordList.NotNames"/>.</summary>
    NotName = 64,
    /// <summary><see cref="WordList.MaleWords"/>.</summary>
    Male = 128,
    /// <summary><see cref="WordList.FemaleWords"/>.</summary>
    Female = 256,
    /// <summary><see cref="WordList.Breakers"/>.</summary>
    Breaker = 512,
    /// <summary><see cref="WordList.Connectors"/>.</summary>
    Connector = 1024,
    /// <summary>The token starts with an upper-case letter (set per token, not per word).</summary>
    Capitalized = 2048,
    /// <summary><see cref="WordList.Quantities"/>.</summary>
    Quantity = 4096,
    /// <summary><see cref="WordList.Comparatives"/>.</summary>
    Comparative = 8192,
    /// <summary>
    /// A cue form with an entry (hand-written, learned or weak: <see cref="CueForms.Info.HasEntry"/>), so it may cue a
    /// report; a form known only by its counts ("the") has a cue-form id but not this class.
    /// </summary>
    MayCue = 16384,
}
