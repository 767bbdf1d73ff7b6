namespace QuoteExtract.Lexicon;

/// <summary>
/// The English lists (<see cref="LanguageLexicon.English"/>) for code with no document at hand: the cue forms, which are
/// learned from English text, and the attribution rules until they read the document's lexicon (docs/lexicon.md). Code
/// with a document reads <c>doc.Words(list)</c>, the lexicon of its options.
/// </summary>
internal static class WordLists
{
    /// <summary>English <see cref="WordList.Connectors"/>.</summary>
    public static readonly WordSet Connectors = LanguageLexicon.English[WordList.Connectors];

    /// <summary>English <see cref="WordList.RelativeTimeEnds"/>.</summary>
    public static readonly WordSet RelativeTimeEnds = LanguageLexicon.English[WordList.RelativeTimeEnds];

    /// <summary>English <see cref="WordList.Pronouns"/>.</summary>
    public static readonly WordSet Pronouns = LanguageLexicon.English[WordList.Pronouns];

    /// <summary>English <see cref="WordList.Determiners"/>.</summary>
    public static readonly WordSet Determiners = LanguageLexicon.English[WordList.Determiners];

    /// <summary>English <see cref="WordList.SpeakerCueFillers"/>.</summary>
    public static readonly WordSet SpeakerCueFillers = LanguageLexicon.English[WordList.SpeakerCueFillers];

    /// <summary>English <see cref="WordList.NotNames"/>.</summary>
    public static readonly WordSet NotNames = LanguageLexicon.English[WordList.NotNames];

    /// <summary>
    /// The lemmas of the plain verbs of saying (say, tell, ask, …): the cue lexicon's rows with the <c>plain</c> frame
    /// (<see cref="CueFrames.Plain"/>), a flag of the lexicon rather than a list of its own.
    /// </summary>
    public static readonly WordSet PlainSpeechLemmas =
        new([.. LexiconTable.Rows.Where(r => r.Has(CueFrames.Plain)).Select(r => r.Lemma).Distinct(StringComparer.OrdinalIgnoreCase)]);
}
