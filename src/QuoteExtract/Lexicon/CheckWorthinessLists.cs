namespace QuoteExtract.Lexicon;

/// <summary>
/// The word lists the check-worthiness features read, in the order of their feature bits. The word-class table marks
/// their words (<see cref="WordClassTable.CheckWorthinessListed"/>), so the features look up only those tokens.
/// </summary>
internal static class CheckWorthinessLists
{
    /// <summary>Every list, a list's index being its bit in the features' per-word mask.</summary>
    public static readonly WordList[] All =
    [
        WordList.CheckComparatives, WordList.CheckSuperlatives, WordList.CheckIrregularPasts, WordList.CheckPerfect,
        WordList.CheckModals, WordList.CheckFuture, WordList.CheckSaid, WordList.CheckFirstSingular,
        WordList.CheckFirstPlural, WordList.CheckSecondPerson, WordList.CheckThirdPerson, WordList.CheckScale,
        WordList.CheckNumberWords, WordList.CheckMoney, WordList.CheckSmallTalk, WordList.CheckOpinion,
        WordList.CheckNegation, WordList.CheckQuestionWords, WordList.CheckDiscourse, WordList.CheckConjunctions,
        WordList.CheckThan, WordList.CheckEver, WordList.CheckPercent, WordList.CheckPresentThird,
        WordList.CheckTopicEconomy, WordList.CheckTopicLaw, WordList.CheckTopicRecord, WordList.CheckTopicChange,
        WordList.CheckTopicHarm, WordList.CheckTopicInstitutions, WordList.CheckHedges, WordList.CheckPromiseVerbs,
    ];
}
