using System.Collections.Immutable;
using QuoteExtract.Attribution.Rules;
using QuoteExtract.Attribution.Steps;

namespace QuoteExtract.Attribution;

/// <summary>
/// Which attribution rules run (immutable; the builder makes a new one per change): the built-in rules minus those switched
/// off, and the sentence rules of the reported-speech stage in order (the built-in ones first, then those registered).
/// </summary>
internal sealed class AttributionRuleSet
{
    private readonly ulong _off;

    private AttributionRuleSet(ulong off, ImmutableArray<IAttributionRule> sentenceRules)
    {
        _off = off;
        SentenceRules = sentenceRules;
        CueReadings = [.. s_cueReadings.Where(r => r.Ids.IsEmpty || AnyOn(r.Ids))];
        QuoteRules = [.. s_quoteRules.Where(r => r.Ids.IsEmpty || AnyOn(r.Ids))];
    }

    // The readings of a cue in the reported-speech stage, in the order they are tried: the noun readings, then (once a
    // cue word used as a noun stops) the passive, the question, the parenthetical, and the clause readings.
    private static readonly ImmutableArray<ICueReading> s_cueReadings =
    [
        new PossessorNounReading(), new NounThatReading(), new NounCueStop(), new PassiveByReading(), new AskedQuestionReading(),
        new ParentheticalReading(), new AccordingToReading(), new ContentFirstReading(), new CueFirstReading(),
    ];

    // The patterns of the quoted-speech stage, in the order a quote is offered to them: a quoted transcript turn names
    // its own speaker; a segment of an attributed quote goes with it; a work's title is no quote; then the speaker after
    // the quote, a second half joined by a conjunction, the speaker before, a quote going on from the last, a quote
    // inside a cue's clause, a fragment after a partial quote, and a long quote standing alone.
    private static readonly ImmutableArray<IQuoteRule> s_quoteRules =
    [
        new QuotedTranscriptRule(), new ParagraphChainRule(), new WorkTitleStop(), new AfterQuoteRule(), new SplitByConjunctionRule(),
        new BeforeQuoteRule(), new FollowOnRule(), new InsideClauseRule(), new NextFragmentRule(), new StandaloneQuoteRule(),
    ];

    // (After the readings and the quote rules: a static field initializer runs in textual order.)
    /// <summary>Every built-in rule on, no custom rule.</summary>
    public static AttributionRuleSet Default { get; } = new(0, [new EvidenceInRule()]);

    /// <summary>
    /// The readings the reported-speech stage offers each cue, in order, until one claims it: the built-in ones less
    /// those whose every rule is switched off (the cue falls through to the next reading).
    /// </summary>
    public ImmutableArray<ICueReading> CueReadings { get; }

    /// <summary>
    /// The steps of the reported-speech stage, in order: transcript lines, lead-in halves, each sentence's headline rules
    /// and cue readings, agent clauses, the sentence rules, possessors' claims nested in reports (each candidate through
    /// the one gate); then, after the gate, overlap resolution and quotes after reports, the only steps that change what
    /// was kept.
    /// </summary>
    public ImmutableArray<IReportedSpeechStep> ReportedSpeechSteps { get; } =
    [
        new TranscriptLinesStep(), new LeadInHalvesStep(), new CueSentencesStep(), new AgentClausesStep(), new SentenceRulesStep(),
        new NestedPossessorNounsStep(), new OverlapResolutionStep(), new QuotesAfterReportsStep(),
    ];

    /// <summary>
    /// The rules the quoted-speech stage offers each quote, in order, until one claims it: the built-in ones less those
    /// whose every rule is switched off.
    /// </summary>
    public ImmutableArray<IQuoteRule> QuoteRules { get; }

    /// <summary>
    /// The rules the reported-speech stage tries first on a sentence that is a headline, in order; the first candidate kept
    /// claims the sentence. (Each defers to those before it: a headline with a dash is the dash rule's.)
    /// </summary>
    public ImmutableArray<IAttributionRule> HeadlineRules { get; } = [new HeadlineDashRule(), new HeadlineColonRule(), new HeadlineCueRule()];

    /// <summary>The rules the reported-speech stage runs over each sentence once its cue readings are done, in order.</summary>
    public ImmutableArray<IAttributionRule> SentenceRules { get; }

    /// <summary>Whether the built-in rule may propose (<see cref="AttributionRuleId.None"/>, a custom one, always may).</summary>
    public bool IsOn(AttributionRuleId rule) => (_off & Bit(rule)) == 0;

    /// <summary>The same rules with <paramref name="rule"/> switched off.</summary>
    public AttributionRuleSet Without(AttributionRuleId rule)
    {
        if (rule == AttributionRuleId.None || !Enum.IsDefined(rule))
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Name a built-in attribution rule.");
        return new(_off | Bit(rule), SentenceRules);
    }

    /// <summary>The same rules with <paramref name="rule"/> appended to the sentence rules.</summary>
    public AttributionRuleSet With(IAttributionRule rule) => new(_off, SentenceRules.Add(rule));

    private bool AnyOn(ReadOnlySpan<AttributionRuleId> rules)
    {
        foreach (var rule in rules) if (IsOn(rule)) return true;
        return false;
    }

    private static ulong Bit(AttributionRuleId rule) => rule == AttributionRuleId.None ? 0 : 1UL << (int)rule;
}
