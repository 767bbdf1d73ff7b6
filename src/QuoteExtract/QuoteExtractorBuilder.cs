using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>
/// Builds an immutable <see cref="QuoteExtractor"/>:
/// <c>new QuoteExtractorBuilder().UseQuoteMarks(QuoteMarkStyles.Curly).UseBefore(PipelineStageNames.Speakers, myStage).Build()</c>.
/// </summary>
public sealed class QuoteExtractorBuilder
{
    private ExtractorOptions _options = ExtractorOptions.Default;
    private readonly List<IPipelineStage> _stages =
        [new TextStage(), new Attribution.QuotedSpeechStage(), new Attribution.ReportedSpeechStage(), new Attribution.AttributionTypeStage(), new Speakers.SpeakerStage(), new Claims.ClaimStage()];

    /// <summary>The stages, in the order they will run; starts with the built-in pipeline (<see cref="PipelineStageNames"/>).</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Recognise only these quote-mark families.</summary>
    public QuoteExtractorBuilder UseQuoteMarks(QuoteMarkStyles styles)
    {
        _options = _options with { QuoteMarks = styles };
        return this;
    }

    /// <summary>Drop quotes whose content has fewer letters or digits than <paramref name="characters"/>.</summary>
    public QuoteExtractorBuilder WithMinimumQuoteLength(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(characters);
        _options = _options with { MinimumQuoteLength = characters };
        return this;
    }

    /// <summary>
    /// Return these attribution types: <see cref="AttributionTypes.Speech"/> (the default) or, for corpora that annotate
    /// beliefs, findings, intentions and acts as attributions too, <see cref="AttributionTypes.All"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="types"/> is empty or names no type.</exception>
    public QuoteExtractorBuilder WithAttributionTypes(AttributionTypes types)
    {
        if (types == AttributionTypes.None || (types & ~AttributionTypes.All) != 0)
            throw new ArgumentOutOfRangeException(nameof(types), types, "Name at least one attribution type, and only those of AttributionTypes.");
        _options = _options with { AttributionTypes = types };
        return this;
    }

    /// <summary>
    /// Skip (true, the default) or read (false) the paragraphs detected as publisher boilerplate (appeals to subscribe or
    /// donate, photo credits, "Read more" lines): while they are skipped, no quote, reported speech or claim comes from them.
    /// </summary>
    public QuoteExtractorBuilder SkipBoilerplate(bool skip = true)
    {
        _options = _options with { SkipBoilerplate = skip };
        return this;
    }

    /// <summary>
    /// Decide with the attribution model embedded in the library (trained on PolNeAR train): it keeps quotes whose speaker
    /// and cue are right more often and finds a few fewer; the rules alone are the default.
    /// </summary>
    /// <exception cref="InvalidOperationException">The embedded model is missing or cannot be read.</exception>
    public QuoteExtractorBuilder UseModel()
    {
        var model = Model.AttributionModel.Default
            ?? throw new InvalidOperationException($"The embedded attribution model cannot be used: {Model.AttributionModel.DefaultLoadError}.");
        _options = _options with { Scorer = model };
        return this;
    }

    /// <summary>The rules alone decide and score (the default; undoes <see cref="UseModel"/> or <see cref="UseScorer"/>).</summary>
    public QuoteExtractorBuilder RulesOnly()
    {
        _options = _options with { Scorer = null };
        return this;
    }

    /// <summary>Use <paramref name="scorer"/> to decide on the rules' candidates (a model trained on your own data).</summary>
    public QuoteExtractorBuilder UseScorer(Model.IAttributionScorer scorer)
    {
        _options = _options with { Scorer = scorer ?? throw new ArgumentNullException(nameof(scorer)) };
        return this;
    }

    /// <summary>
    /// Switch off a built-in attribution rule: it proposes nothing, and what it would have found is left to the other rules
    /// (or unattributed). <c>WithoutAttributionRule(AttributionRuleId.Unattributed)</c> drops long quotes with no cue.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a built-in rule.</exception>
    public QuoteExtractorBuilder WithoutAttributionRule(Attribution.AttributionRuleId rule)
    {
        _options = _options with { AttributionRules = _options.AttributionRules.Without(rule) };
        return this;
    }

    /// <summary>
    /// Add a rule that proposes reported speech sentence by sentence: it runs after the built-in rules and those added before
    /// it, and its proposals pass the same test as theirs (no word taken by an attribution already kept; the model's
    /// acceptance when one decides).
    /// </summary>
    public QuoteExtractorBuilder UseAttributionRule(Attribution.IAttributionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _options = _options with { AttributionRules = _options.AttributionRules.With(rule) };
        return this;
    }

    /// <summary>Read the hand word lists of <paramref name="lexicon"/> (a user's own list, another language) instead of the English ones.</summary>
    public QuoteExtractorBuilder UseLexicon(Lexicon.LanguageLexicon lexicon)
    {
        _options = _options with { Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon)) };
        return this;
    }

    /// <summary>Replace all options at once (the attribution rules too: all built-in ones on, no custom one, unless set on them).</summary>
    public QuoteExtractorBuilder WithOptions(ExtractorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>
    /// Append a custom stage after all others. Attributions it adds there get no speaker or claims: to have them
    /// resolved, place it with <see cref="UseBefore"/> (<c>UseBefore(PipelineStageNames.Speakers, stage)</c>).
    /// </summary>
    public QuoteExtractorBuilder Use(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Run <paramref name="stage"/> just before the stage named <paramref name="stageName"/>.</summary>
    /// <exception cref="ArgumentException">No stage has that name.</exception>
    public QuoteExtractorBuilder UseBefore(string stageName, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf(stageName), stage);
        return this;
    }

    /// <summary>Run <paramref name="stage"/> just after the stage named <paramref name="stageName"/>.</summary>
    /// <exception cref="ArgumentException">No stage has that name.</exception>
    public QuoteExtractorBuilder UseAfter(string stageName, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf(stageName) + 1, stage);
        return this;
    }

    /// <summary>Run <paramref name="stage"/> in place of the stage named <paramref name="stageName"/>.</summary>
    /// <exception cref="ArgumentException">No stage has that name.</exception>
    public QuoteExtractorBuilder Replace(string stageName, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages[IndexOf(stageName)] = stage;
        return this;
    }

    /// <summary>Leave out the stage named <paramref name="stageName"/> (later stages then see no layer of its).</summary>
    /// <exception cref="ArgumentException">No stage has that name.</exception>
    public QuoteExtractorBuilder Remove(string stageName)
    {
        _stages.RemoveAt(IndexOf(stageName));
        return this;
    }

    private int IndexOf(string stageName)
    {
        ArgumentNullException.ThrowIfNull(stageName);
        for (int i = 0; i < _stages.Count; i++)
            if (string.Equals(_stages[i].Name, stageName, StringComparison.Ordinal)) return i;
        throw new ArgumentException(
            $"No stage is named '{stageName}'; the stages are: {string.Join(", ", _stages.Select(s => s.Name))}.", nameof(stageName));
    }

    /// <summary>Makes the extractor. The builder can be changed and built again afterwards.</summary>
    public QuoteExtractor Build() => new(_options, [.. _stages]);
}
