namespace QuoteExtract.Attribution;

/// <summary>
/// Which built-in attribution rule proposed a quote (<see cref="QuoteAttribution.Rule"/>): one value per pattern of the
/// quoted-speech and reported-speech stages. The model reads it as one indicator feature per rule, and
/// <see cref="QuoteExtractorBuilder.WithoutAttributionRule"/> switches a rule off by it. <see cref="None"/>: a quote from a
/// custom stage or rule (its <see cref="QuoteAttribution.Pattern"/> names it).
/// </summary>
/// <remarks>The order of the values after <see cref="None"/> is the order of the model's rule features: append only.</remarks>
public enum AttributionRuleId
{
    /// <summary>No built-in rule: a custom stage or rule.</summary>
    None = 0,
    /// <summary>“Q,” said Ann Lee.</summary>
    QuoteCueSpeaker,
    /// <summary>“Q,” Ann Lee said.</summary>
    QuoteSpeakerCue,
    /// <summary>“Q” — Ann Lee.</summary>
    QuoteDashName,
    /// <summary>Ann Lee said, “Q.”</summary>
    SpeakerCueQuote,
    /// <summary>A lead-in sentence with a cue, then the quote: Lee had a warning. “Q.”</summary>
    LeadInCue,
    /// <summary>A lead-in ending in a colon, then the quote.</summary>
    LeadInColon,
    /// <summary>The second half of a split quote: “A,” she said, “B.”</summary>
    Split,
    /// <summary>A quote after an attributed one in the same paragraph, nothing but a time phrase between.</summary>
    FollowOn,
    /// <summary>A quote paragraph right after the paragraph of the previous quote.</summary>
    FollowOnParagraph,
    /// <summary>A segment of a quote running over paragraphs.</summary>
    ParagraphChain,
    /// <summary>A long quote with no cue, near an attributed quote: the same speaker going on.</summary>
    SameParagraph,
    /// <summary>A long quote standing on its own, of unknown speaker.</summary>
    Unattributed,
    /// <summary>A partial quote after a naming cue: called the week “a coup”.</summary>
    NamingPartial,
    /// <summary>A partial quote right after a cue.</summary>
    CuePartial,
    /// <summary>A quote inside a reported clause: accused X of “Y”.</summary>
    MixedClause,
    /// <summary>According to SPEAKER, CONTENT.</summary>
    AccordingToFirst,
    /// <summary>CONTENT, according to SPEAKER.</summary>
    AccordingToLast,
    /// <summary>CONTENT, said SPEAKER.</summary>
    ContentCueSpeaker,
    /// <summary>CONTENT, SPEAKER said.</summary>
    ContentSpeakerCue,
    /// <summary>SPEAKER said (that) CONTENT.</summary>
    SpeakerCueContent,
    /// <summary>A headline attributed by a dash: CONTENT — SPEAKER.</summary>
    HeadlineDash,
    /// <summary>A headline attributed by a colon: SPEAKER: CONTENT.</summary>
    HeadlineColon,
    /// <summary>A transcript line: NAME: words.</summary>
    TranscriptColon,
    /// <summary>The museum, Obama said, would make visitors face hard truths.</summary>
    Parenthetical,
    /// <summary>A quote that opens with its speaker's label: “PENCE: Well, …”.</summary>
    QuotedTranscript,
    /// <summary>A possessor and a cue noun: Lee's claim that CONTENT.</summary>
    PossessorNoun,
    /// <summary>An agent clause: a cue with its agent and its proposition.</summary>
    AgentClause,
    /// <summary>A passive with its agent: CONTENT was echoed by experts.</summary>
    PassiveBy,
    /// <summary>A quoted fragment after a quote with its cue.</summary>
    NextFragment,
    /// <summary>A headline with a cue.</summary>
    HeadlineCue,
    /// <summary>A question asked: SPEAKER asked whether CONTENT.</summary>
    AskedQuestion,
    /// <summary>A finding reported from a poll or a study: In a Gazette poll last month, CONTENT.</summary>
    EvidenceIn,
    /// <summary>A quote right after a reported clause, continuing it.</summary>
    AfterReport,
}
