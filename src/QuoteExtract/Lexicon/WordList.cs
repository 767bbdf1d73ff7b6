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
    /// <summary><c>check-topic-economy.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckTopicEconomy,
    /// <summary><c>check-topic-law.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckTopicLaw,
    /// <summary><c>check-topic-record.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckTopicRecord,
    /// <summary><c>check-topic-change.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckTopicChange,
    /// <summary><c>check-topic-harm.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckTopicHarm,
    /// <summary><c>check-topic-institutions.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckTopicInstitutions,
    /// <summary><c>check-hedges.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckHedges,
    /// <summary><c>check-promise-verbs.txt</c> (read in Claims/CheckWorthinessFeatures.cs).</summary>
    CheckPromiseVerbs,
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
    /// <summary><c>embedded-question-starts.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    EmbeddedQuestionStarts,
    /// <summary><c>topic-prepositions.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    TopicPrepositions,
    /// <summary><c>noun-phrase-ends.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    NounPhraseEnds,
    /// <summary><c>clause-subject-pronouns.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    ClauseSubjectPronouns,
    /// <summary><c>person-nouns.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    PersonNouns,
    /// <summary><c>legal-heads.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    LegalHeads,
    /// <summary><c>typer-irregular-pasts.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    TyperIrregularPasts,
    /// <summary><c>passive-participle-followers.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    PassiveParticipleFollowers,
    /// <summary><c>not-saying-infinitives.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    NotSayingInfinitives,
    /// <summary><c>refusal-verbs.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    RefusalVerbs,
    /// <summary><c>noun-slot-determiners.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    NounSlotDeterminers,
    /// <summary><c>fact-pronouns.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    FactPronouns,
    /// <summary><c>object-and-reflexive-pronouns.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    ObjectAndReflexivePronouns,
    /// <summary><c>be-forms-with-clitics.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    BeFormsWithClitics,
    /// <summary><c>finite-verbs-with-negations.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    FiniteVerbsWithNegations,
    /// <summary><c>not-verb-starts.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    NotVerbStarts,
    /// <summary><c>evidence-nouns.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    EvidenceNouns,
    /// <summary><c>content-nouns.txt</c> (read in Attribution/AttributionTyper.cs).</summary>
    ContentNouns,
    /// <summary><c>phrase-prepositions.txt</c> (read in Attribution/CueFinder.Phrases.cs).</summary>
    PhrasePrepositions,
    /// <summary><c>phrase-finite-words.txt</c> (read in Attribution/CueFinder.Phrases.cs).</summary>
    PhraseFiniteWords,
    /// <summary><c>relative-pronouns.txt</c> (read in Attribution/CueFinder.Phrases.cs).</summary>
    RelativePronouns,
    /// <summary><c>count-words.txt</c> (read in Attribution/CueFinder.Phrases.cs).</summary>
    CountWords,
    /// <summary><c>participle-time-followers.txt</c> (read in Attribution/CueFinder.Phrases.cs).</summary>
    ParticipleTimeFollowers,
    /// <summary><c>document-nouns.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    DocumentNouns,
    /// <summary><c>publishing-verbs.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    PublishingVerbs,
    /// <summary><c>calendar-time-heads.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    CalendarTimeHeads,
    /// <summary><c>not-phrase-starts.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    NotPhraseStarts,
    /// <summary><c>standalone-quantifiers.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    StandaloneQuantifiers,
    /// <summary><c>subject-irregular-pasts.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    SubjectIrregularPasts,
    /// <summary><c>object-gerund-prepositions.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    ObjectGerundPrepositions,
    /// <summary><c>object-starts.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    ObjectStarts,
    /// <summary><c>leading-words.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    LeadingWords,
    /// <summary><c>introductory-words.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    IntroductoryWords,
    /// <summary><c>participle-frames.txt</c> (read in Attribution/CueFinder.Subjects.cs).</summary>
    ParticipleFrames,
    /// <summary><c>see-forms.txt</c> (read in Attribution/CueFinder.cs).</summary>
    SeeForms,
    /// <summary><c>clause-auxiliaries.txt</c> (read in Attribution/CueFinder.cs).</summary>
    ClauseAuxiliaries,
    /// <summary><c>not-as-phrases.txt</c> (read in Attribution/CueFinder.cs).</summary>
    NotAsPhrases,
    /// <summary><c>time-fillers.txt</c> (read in Attribution/CueFinder.cs).</summary>
    TimeFillers,
    /// <summary><c>comma-adverbs.txt</c> (read in Attribution/CueFinder.cs).</summary>
    CommaAdverbs,
    /// <summary><c>nouns-in-ly.txt</c> (read in Attribution/CueFinder.cs).</summary>
    NounsInLy,
    /// <summary><c>medium-prepositions.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    MediumPrepositions,
    /// <summary><c>time-leads.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs and Attribution/CueFinder.Subjects.cs).</summary>
    TimeLeads,
    /// <summary><c>loose-speech-pasts.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    LooseSpeechPasts,
    /// <summary><c>verb-particles.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    VerbParticles,
    /// <summary><c>tail-clause-starts.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    TailClauseStarts,
    /// <summary><c>audience-forms.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    AudienceForms,
    /// <summary><c>object-pronouns.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    ObjectPronouns,
    /// <summary><c>not-audience-words.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    NotAudienceWords,
    /// <summary><c>pasts-before-colon.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    PastsBeforeColon,
    /// <summary><c>split-quote-joins.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    SplitQuoteJoins,
    /// <summary><c>quote-clause-joins.txt</c> (read in Attribution/QuotedSpeechStage.Adjacent.cs).</summary>
    QuoteClauseJoins,
    /// <summary><c>title-prepositions.txt</c> (read in Attribution/QuotedSpeechStage.Framing.cs).</summary>
    TitlePrepositions,
    /// <summary><c>title-small-words.txt</c> (read in Attribution/QuotedSpeechStage.Framing.cs).</summary>
    TitleSmallWords,
    /// <summary><c>not-speaker-prepositions.txt</c> (read in Attribution/QuotedSpeechStage.Framing.cs).</summary>
    NotSpeakerPrepositions,
    /// <summary><c>clause-openers.txt</c> (read in Attribution/QuotedSpeechStage.cs).</summary>
    ClauseOpeners,
    /// <summary><c>audience-takers.txt</c> (read in Attribution/QuotedSpeechStage.cs).</summary>
    AudienceTakers,
    /// <summary><c>quote-setting-words.txt</c> (read in Attribution/QuotedSpeechStage.cs).</summary>
    QuoteSettingWords,
    /// <summary><c>report-clause-joins.txt</c> (read in Attribution/ReportedSpeechStage.Clauses.cs).</summary>
    ReportClauseJoins,
    /// <summary><c>frame-starts.txt</c> (read in Attribution/ReportedSpeechStage.LeadIns.cs).</summary>
    FrameStarts,
    /// <summary><c>weekdays.txt</c> (read in Attribution/ReportedSpeechStage.LeadIns.cs).</summary>
    Weekdays,
    /// <summary><c>not-descriptors.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    NotDescriptors,
    /// <summary><c>subordinators.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    Subordinators,
    /// <summary><c>say-noun-leads.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    SayNounLeads,
    /// <summary><c>support-subjects.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    SupportSubjects,
    /// <summary><c>quantity-leads.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    QuantityLeads,
    /// <summary><c>time-prepositions.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    TimePrepositions,
    /// <summary><c>look-particles.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    LookParticles,
    /// <summary><c>label-participles.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    LabelParticiples,
    /// <summary><c>adverbial-clause-starts.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    AdverbialClauseStarts,
    /// <summary><c>question-words.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    QuestionWords,
    /// <summary><c>cue-adverbials.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    CueAdverbials,
    /// <summary><c>time-heads.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    TimeHeads,
    /// <summary><c>cue-prepositions.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs and Attribution/Rules/AgentClauseRule.cs).</summary>
    CuePrepositions,
    /// <summary><c>no-infinitive-cues.txt</c> (read in Attribution/ReportedSpeechStage.Readings.cs).</summary>
    NoInfinitiveCues,
    /// <summary><c>object-takers.txt</c> (read in Attribution/ReportedSpeechStage.cs).</summary>
    ObjectTakers,
    /// <summary><c>report-prepositions.txt</c> (read in Attribution/ReportedSpeechStage.cs).</summary>
    ReportPrepositions,
    /// <summary><c>proposition-starts.txt</c> (read in Attribution/ReportedSpeechStage.cs).</summary>
    PropositionStarts,
    /// <summary><c>subject-pronouns.txt</c> (read in Attribution/ReportedSpeechStage.cs).</summary>
    SubjectPronouns,
    /// <summary><c>empty-objects.txt</c> (read in Attribution/ReportedSpeechStage.cs).</summary>
    EmptyObjects,
    /// <summary><c>question-openers.txt</c> (read in Attribution/Rules/AskedQuestionReading.cs).</summary>
    QuestionOpeners,
    /// <summary><c>evidence-in-heads.txt</c> (read in Attribution/Rules/EvidenceInRule.cs).</summary>
    EvidenceInHeads,
    /// <summary><c>noun-leads.txt</c> (read in Attribution/Rules/NounThatReading.cs).</summary>
    NounLeads,
    /// <summary><c>light-verbs.txt</c> (read in Attribution/Rules/NounThatReading.cs).</summary>
    LightVerbs,
    /// <summary><c>possessive-pronouns.txt</c> (read in Attribution/Rules/PossessorNounReading.cs).</summary>
    PossessivePronouns,
    /// <summary><c>finite-auxiliaries.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    FiniteAuxiliaries,
    /// <summary><c>not-verbs.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    NotVerbs,
    /// <summary><c>noun-signals.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    NounSignals,
    /// <summary><c>do-forms.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    DoForms,
    /// <summary><c>auxiliaries.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    Auxiliaries,
    /// <summary><c>past-speech.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    PastSpeech,
    /// <summary><c>quantifiers.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    Quantifiers,
    /// <summary><c>show-kinds.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    ShowKinds,
    /// <summary><c>time-only-words.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    TimeOnlyWords,
    /// <summary><c>editorial-labels.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    EditorialLabels,
    /// <summary><c>be-and-get-forms.txt</c> (read in Attribution/Rules/RuleHelpers.cs).</summary>
    BeAndGetForms,
}
