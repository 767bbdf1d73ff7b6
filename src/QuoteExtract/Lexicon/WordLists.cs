namespace QuoteExtract.Lexicon;

/// <summary>
/// The English lists (<see cref="LanguageLexicon.English"/>) for code with no document at hand: the cue forms, which are
/// learned from English text, and the attribution rules until they read the document's lexicon (docs/lexicon.md). Code
/// with a document reads <c>doc.Words(list)</c>, the lexicon of its options.
/// </summary>
internal static class WordLists
{
    /// <summary>English <see cref="WordList.Quantities"/>.</summary>
    public static readonly WordSet Quantities = LanguageLexicon.English[WordList.Quantities];

    /// <summary>English <see cref="WordList.Comparatives"/>.</summary>
    public static readonly WordSet Comparatives = LanguageLexicon.English[WordList.Comparatives];

    /// <summary>English <see cref="WordList.Connectors"/>.</summary>
    public static readonly WordSet Connectors = LanguageLexicon.English[WordList.Connectors];

    /// <summary>English <see cref="WordList.RelativeTimeEnds"/>.</summary>
    public static readonly WordSet RelativeTimeEnds = LanguageLexicon.English[WordList.RelativeTimeEnds];

    /// <summary>English <see cref="WordList.Breakers"/>.</summary>
    public static readonly WordSet Breakers = LanguageLexicon.English[WordList.Breakers];

    /// <summary>English <see cref="WordList.Titles"/>.</summary>
    public static readonly WordSet Titles = LanguageLexicon.English[WordList.Titles];

    /// <summary>English <see cref="WordList.OrganizationHeads"/>.</summary>
    public static readonly WordSet OrganizationHeads = LanguageLexicon.English[WordList.OrganizationHeads];

    /// <summary>English <see cref="WordList.GroupHeads"/>.</summary>
    public static readonly WordSet GroupHeads = LanguageLexicon.English[WordList.GroupHeads];

    /// <summary>English <see cref="WordList.Pronouns"/>.</summary>
    public static readonly WordSet Pronouns = LanguageLexicon.English[WordList.Pronouns];

    /// <summary>English <see cref="WordList.Determiners"/>.</summary>
    public static readonly WordSet Determiners = LanguageLexicon.English[WordList.Determiners];

    /// <summary>English <see cref="WordList.SpeakerCueFillers"/>.</summary>
    public static readonly WordSet SpeakerCueFillers = LanguageLexicon.English[WordList.SpeakerCueFillers];

    /// <summary>English <see cref="WordList.NotNames"/>.</summary>
    public static readonly WordSet NotNames = LanguageLexicon.English[WordList.NotNames];

    /// <summary>English <see cref="WordList.MaleWords"/>.</summary>
    public static readonly WordSet MaleWords = LanguageLexicon.English[WordList.MaleWords];

    /// <summary>English <see cref="WordList.FemaleWords"/>.</summary>
    public static readonly WordSet FemaleWords = LanguageLexicon.English[WordList.FemaleWords];
}
