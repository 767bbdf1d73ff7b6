namespace QuoteExtract.Lexicon;

/// <summary>
/// The hand word lists of a <see cref="LanguageLexicon"/>, one resource file each
/// (<c>Lexicon/Resources/en/&lt;kebab-case name&gt;.txt</c>, which says what the list is for). The numbers index the
/// lexicon's table, so a lookup is an array read.
/// </summary>
internal enum WordList
{
    /// <summary><c>partitives.txt</c> (read in Mentions/NounPhraseReader.cs).</summary>
    Partitives,
    /// <summary><c>not-modifiers.txt</c> (read in Mentions/NounPhraseReader.cs).</summary>
    NotModifiers,
    /// <summary><c>name-honorifics.txt</c> (read in Mentions/TokenTests.cs).</summary>
    NameHonorifics,
    /// <summary><c>contracting-pronouns.txt</c> (read in Mentions/TokenTests.cs).</summary>
    ContractingPronouns,
    /// <summary><c>copulas.txt</c> (read in Speakers/MentionCollector.cs).</summary>
    Copulas,
    /// <summary><c>plain-copulas.txt</c> (read in Speakers/MentionCollector.cs).</summary>
    PlainCopulas,
    /// <summary><c>role-phrase-ends.txt</c> (read in Speakers/MentionCollector.cs).</summary>
    RolePhraseEnds,
    /// <summary><c>definite-determiners.txt</c> (read in Speakers/MentionCollector.cs).</summary>
    DefiniteDeterminers,
    /// <summary><c>subject-verbs.txt</c> (read in Speakers/MentionCollector.cs).</summary>
    SubjectVerbs,
    /// <summary><c>not-subject-verbs.txt</c> (read in Speakers/MentionCollector.cs).</summary>
    NotSubjectVerbs,
    /// <summary><c>owner-pronouns.txt</c> (read in Speakers/SpeakerStage.cs).</summary>
    OwnerPronouns,
    /// <summary><c>authored-works.txt</c> (read in Speakers/SpeakerStage.cs).</summary>
    AuthoredWorks,
    /// <summary><c>section-labels.txt</c> (read in Speakers/SpeakerStage.cs).</summary>
    SectionLabels,
    /// <summary><c>thing-heads.txt</c> (read in Speakers/NameParts.cs).</summary>
    ThingHeads,
    /// <summary><c>honorifics.txt</c> (read in Speakers/NameParts.cs).</summary>
    Honorifics,
    /// <summary><c>male-honorifics.txt</c> (read in Speakers/NameParts.cs).</summary>
    MaleHonorifics,
    /// <summary><c>female-honorifics.txt</c> (read in Speakers/NameParts.cs).</summary>
    FemaleHonorifics,
    /// <summary><c>name-particles.txt</c> (read in Speakers/NameParts.cs).</summary>
    NameParticles,
    /// <summary><c>role-nouns.txt</c> (read in Speakers/NameParts.cs).</summary>
    RoleNouns,
    /// <summary><c>quantities.txt</c> (read in Lexicon/WordLists.cs).</summary>
    Quantities,
    /// <summary><c>comparatives.txt</c> (read in Lexicon/WordLists.cs).</summary>
    Comparatives,
    /// <summary><c>connectors.txt</c> (read in Lexicon/WordLists.cs).</summary>
    Connectors,
    /// <summary><c>relative-time-ends.txt</c> (read in Lexicon/WordLists.cs).</summary>
    RelativeTimeEnds,
    /// <summary><c>breakers.txt</c> (read in Lexicon/WordLists.cs).</summary>
    Breakers,
    /// <summary><c>titles.txt</c> (read in Lexicon/WordLists.cs).</summary>
    Titles,
    /// <summary><c>organization-heads.txt</c> (read in Lexicon/WordLists.cs).</summary>
    OrganizationHeads,
    /// <summary><c>group-heads.txt</c> (read in Lexicon/WordLists.cs).</summary>
    GroupHeads,
    /// <summary><c>pronouns.txt</c> (read in Lexicon/WordLists.cs).</summary>
    Pronouns,
    /// <summary><c>determiners.txt</c> (read in Lexicon/WordLists.cs).</summary>
    Determiners,
    /// <summary><c>speaker-cue-fillers.txt</c> (read in Lexicon/WordLists.cs).</summary>
    SpeakerCueFillers,
    /// <summary><c>not-names.txt</c> (read in Lexicon/WordLists.cs).</summary>
    NotNames,
    /// <summary><c>male-words.txt</c> (read in Lexicon/WordLists.cs).</summary>
    MaleWords,
    /// <summary><c>female-words.txt</c> (read in Lexicon/WordLists.cs).</summary>
    FemaleWords,
    /// <summary><c>feature-prepositions.txt</c> (read in Model/AttributionFeatures.cs).</summary>
    FeaturePrepositions,
    /// <summary><c>check-comparatives.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckComparatives,
    /// <summary><c>check-superlatives.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckSuperlatives,
    /// <summary><c>check-not-superlatives.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckNotSuperlatives,
    /// <summary><c>check-irregular-pasts.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckIrregularPasts,
    /// <summary><c>check-perfect.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckPerfect,
    /// <summary><c>check-modals.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckModals,
    /// <summary><c>check-future.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckFuture,
    /// <summary><c>check-said.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckSaid,
    /// <summary><c>check-first-singular.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckFirstSingular,
    /// <summary><c>check-first-plural.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckFirstPlural,
    /// <summary><c>check-second-person.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckSecondPerson,
    /// <summary><c>check-third-person.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckThirdPerson,
    /// <summary><c>check-scale.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckScale,
    /// <summary><c>check-number-words.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckNumberWords,
    /// <summary><c>check-money.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckMoney,
    /// <summary><c>check-claim-cues.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckClaimCues,
    /// <summary><c>check-small-talk.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckSmallTalk,
    /// <summary><c>check-opinion.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckOpinion,
    /// <summary><c>check-negation.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckNegation,
    /// <summary><c>check-question-words.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckQuestionWords,
    /// <summary><c>check-discourse.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckDiscourse,
    /// <summary><c>check-conjunctions.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckConjunctions,
    /// <summary><c>claim-nouns.txt</c> (read in Claims/ClaimStage.cs).</summary>
    ClaimNouns,
    /// <summary><c>complementizers.txt</c> (read in Claims/ClaimStage.cs).</summary>
    Complementizers,
    /// <summary><c>capitalized-abbreviations.txt</c> (read in Text/Abbreviations.cs).</summary>
    CapitalizedAbbreviations,
    /// <summary><c>any-case-abbreviations.txt</c> (read in Text/Abbreviations.cs).</summary>
    AnyCaseAbbreviations,
    /// <summary><c>number-abbreviations.txt</c> (read in Text/Abbreviations.cs).</summary>
    NumberAbbreviations,
    /// <summary><c>sentence-ending-abbreviations.txt</c> (read in Text/Abbreviations.cs).</summary>
    SentenceEndingAbbreviations,
    /// <summary><c>dotted-abbreviations.txt</c> (read in Text/Abbreviations.cs).</summary>
    DottedAbbreviations,
    /// <summary><c>publisher-words.txt</c> (read in Text/BoilerplateCues.cs).</summary>
    PublisherWords,
    /// <summary><c>reader-words.txt</c> (read in Text/BoilerplateCues.cs).</summary>
    ReaderWords,
    /// <summary><c>call-verbs.txt</c> (read in Text/BoilerplateCues.cs).</summary>
    CallVerbs,
    /// <summary><c>call-objects.txt</c> (read in Text/BoilerplateCues.cs).</summary>
    CallObjects,
    /// <summary><c>boilerplate-reporting-verbs.txt</c> (read in Text/BoilerplateCues.cs).</summary>
    BoilerplateReportingVerbs,
    /// <summary><c>credit-connectives.txt</c> (read in Text/BoilerplateCues.cs).</summary>
    CreditConnectives,
    /// <summary><c>sentence-starters.txt</c> (read in Text/SentenceCues.cs).</summary>
    SentenceStarters,
    /// <summary><c>sentence-reporting-verbs.txt</c> (read in Text/SentenceCues.cs).</summary>
    SentenceReportingVerbs,
    /// <summary><c>check-than.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckThan,
    /// <summary><c>check-ever.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckEver,
    /// <summary><c>check-percent.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckPercent,
    /// <summary><c>check-present-third.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckPresentThird,
}
