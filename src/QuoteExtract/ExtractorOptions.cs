using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>Settings of a built extractor. Immutable.</summary>
public sealed record ExtractorOptions
{
    /// <summary>
    /// The default check-worthiness scorer (declared before <see cref="Default"/>, which uses it). The claim
    /// stage recognises it and scores a claim on the document's own tokens (the same words, read in their
    /// context) instead of tokenizing the claim's text again.
    /// </summary>
    /// <remarks>(The model is loaded at the first score, not when options are first made: a document made to read a sentence
    /// needs options, and the training tool makes those before any model exists.)</remarks>
    internal static readonly Func<string, double> DefaultCheckWorthiness = sentence =>
        Claims.CheckWorthinessModel.Default is { } model
            ? Claims.CheckWorthinessModel.Percentile(model.Score(sentence))
            : Claims.CheckWorthinessHeuristic.Score(sentence);

    /// <summary>The defaults.</summary>
    public static ExtractorOptions Default { get; } = new();

    /// <summary>Which quote-mark families are recognised.</summary>
    public QuoteMarkStyles QuoteMarks { get; init; } = QuoteMarkStyles.All;

    /// <summary>Quotes whose content has fewer letters or digits than this are dropped.</summary>
    public int MinimumQuoteLength { get; init; } = 2;

    /// <summary>
    /// A quoted stretch with no cue of its own and fewer words than this is a scare quote or a title,
    /// not a direct quote (it may still be a Partial quote inside a reported clause).
    /// </summary>
    public int MinimumDirectQuoteWords { get; init; } = 4;

    /// <summary>
    /// Which attributions are returned: <see cref="AttributionTypes.Speech"/> (what people said or wrote) by default;
    /// <see cref="AttributionTypes.All"/> adds beliefs, knowledge, intentions and acts (docs/attribution-types.md).
    /// </summary>
    public AttributionTypes AttributionTypes { get; init; } = AttributionTypes.Speech;

    /// <summary>Whether paragraphs detected as publisher boilerplate are skipped.</summary>
    public bool SkipBoilerplate { get; init; } = true;

    /// <summary>
    /// A model that decides on the quotes the rules propose and gives their confidence; null (the default) runs the rules
    /// alone. The trained model embedded in the library (<see cref="QuoteExtractorBuilder.UseModel"/>) keeps quotes whose
    /// speaker and cue are right more often, but finds fewer: on PolNeAR dev and cross-validated train it scores below
    /// the rules alone on content F1, so it is an option, not the default.
    /// </summary>
    public Model.IAttributionScorer? Scorer { get; init; }

    /// <summary>
    /// Without a <see cref="Scorer"/> (the default): the map from a rule's fixed confidence to how often such quotes are right;
    /// null keeps the rules' own numbers. Defaults to the map fitted on PolNeAR train and embedded in the library.
    /// </summary>
    internal Model.ConfidenceCalibration? RulesConfidence { get; init; } = Model.RulesConfidence.Map;

    /// <summary>
    /// Which attribution rules run: the built-in ones minus those switched off, and the custom ones in their order
    /// (<see cref="QuoteExtractorBuilder.WithoutAttributionRule"/>, <see cref="QuoteExtractorBuilder.UseAttributionRule"/>).
    /// </summary>
    internal Attribution.AttributionRuleSet AttributionRules { get; init; } = Attribution.AttributionRuleSet.Default;

    /// <summary>
    /// How claims are scored for check-worthiness (0..1); null leaves every claim at 0. Defaults to the embedded
    /// model trained on CLEF CheckThat! 2019, as a percentile among the sentences it was trained on.
    /// </summary>
    public Func<string, double>? CheckWorthiness { get; init; } = DefaultCheckWorthiness;

    /// <summary>
    /// The hand word lists the rules read (titles, honorifics, pronouns, …): <see cref="LanguageLexicon.English"/> by
    /// default; <see cref="LanguageLexicon.WithList"/> makes one with a list of your own.
    /// </summary>
    public LanguageLexicon Lexicon { get; init; } = LanguageLexicon.English;
}
