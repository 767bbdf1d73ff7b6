using QuoteExtract.Mentions;

namespace QuoteExtract.Attribution;

/// <summary>
/// A quote as the pipeline works on it: content, cue and speaker mention, refined stage by stage
/// (the rules propose it, the speaker stage resolves its entity, a model may rescore it).
/// </summary>
public sealed class QuoteAttribution
{
    /// <summary>Direct, indirect, mixed or partial.</summary>
    public QuoteKind Kind { get; set; }

    /// <summary>The content span (without enclosing quote marks).</summary>
    public TextSpan Content { get; set; }

    /// <summary>The cue span, or null.</summary>
    public TextSpan? Cue { get; set; }

    /// <summary>The local speaker mention, or null.</summary>
    public Mention? Source { get; set; }

    /// <summary>Index (in <see cref="Text.Document.Attributions"/>) of the quote this one continues, or -1.</summary>
    public int Continues { get; set; } = -1;

    /// <summary>Index of the resolved entity in <see cref="Text.Document.Entities"/>, or -1.</summary>
    public int Entity { get; set; } = -1;

    /// <summary>Confidence 0..1.</summary>
    public double Confidence { get; set; }

    /// <summary>Index of the quoted span this came from (<see cref="Text.Document.Quotes"/>), or -1 for reported speech.</summary>
    public int QuotedSpan { get; set; } = -1;

    /// <summary>
    /// What the source did with the content (set by <see cref="AttributionTypeStage"/>); null when the cue in its clause
    /// attributes nothing ("denied visas to the team"), and such a candidate is never returned.
    /// </summary>
    public AttributionType? Type { get; set; } = AttributionType.Speech;

    /// <summary>Which built-in rule proposed it (the model reads it as a feature); <see cref="AttributionRuleId.None"/> for a custom one.</summary>
    public AttributionRuleId Rule { get; set; }

    /// <summary>
    /// The name of the rule that proposed it, for diagnostics: a built-in rule's name ("quote-cue-speaker"), or what a custom
    /// stage or rule set. Setting a built-in rule's name sets <see cref="Rule"/> too.
    /// </summary>
    public string Pattern
    {
        get => _customPattern ?? AttributionRuleNames.Of(Rule);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Rule = AttributionRuleNames.Parse(value);
            _customPattern = Rule == AttributionRuleId.None ? value : null;
        }
    }

    private string? _customPattern;
}
