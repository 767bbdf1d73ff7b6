using QuoteExtract.Mentions;

namespace QuoteExtract.Attribution;

/// <summary>
/// A quote as the pipeline works on it: content, cue and speaker mention, refined stage by stage
/// (the rules propose it, the speaker stage resolves its entity, a model may rescore it).
/// </summary>
public sealed class QuoteAttribution
{
    /// <summary>Direct, indirect, mixed or partial.</summary>
    public QuoteKind Kind
    {
        get => _kind == InRare ? _rare!.Kind : (QuoteKind)_kind;
        set
        {
            _kind = Code((int)value);
            if (_kind == InRare) (_rare ??= new()).Kind = value;
        }
    }

    /// <summary>The content span (without enclosing quote marks).</summary>
    public TextSpan Content { get; set; }

    /// <summary>The cue span, or null.</summary>
    public TextSpan? Cue
    {
        get => _hasCue ? _cue : null;
        set => (_cue, _hasCue) = (value.GetValueOrDefault(), value.HasValue);
    }

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
    public AttributionType? Type
    {
        get => _type == NoType ? null : _type == InRare ? _rare!.Type : (AttributionType)_type;
        set
        {
            _type = value is { } type ? Code((int)type) : NoType;
            if (_type == InRare) (_rare ??= new()).Type = value!.Value;
        }
    }

    /// <summary>Which built-in rule proposed it (the model reads it as a feature); <see cref="AttributionRuleId.None"/> for a custom one.</summary>
    public AttributionRuleId Rule
    {
        get => _rule == InRare ? _rare!.Rule : (AttributionRuleId)_rule;
        set
        {
            _rule = Code((int)value);
            if (_rule == InRare) (_rare ??= new()).Rule = value;
        }
    }

    /// <summary>
    /// The name of the rule that proposed it, for diagnostics: a built-in rule's name ("quote-cue-speaker"), or what a custom
    /// stage or rule set. Setting a built-in rule's name sets <see cref="Rule"/> too.
    /// </summary>
    public string Pattern
    {
        get => _rare?.Pattern ?? AttributionRuleNames.Of(Rule);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Rule = AttributionRuleNames.Parse(value);
            if (Rule == AttributionRuleId.None) (_rare ??= new()).Pattern = value;
            else if (_rare is not null) _rare.Pattern = null;
        }
    }

    // Every candidate of both attribution stages is one of these, most of them kept: the enums in a byte each and the
    // cue's span beside its flag (a nullable span pads to 12 bytes) make one 72 bytes, not 88. What a byte cannot hold
    // (an enum value past 254, a custom rule's pattern) is kept aside, made on first need.
    private TextSpan _cue;
    private bool _hasCue;
    private byte _kind, _rule, _type = (byte)AttributionType.Speech;
    private Rare? _rare;

    // The byte codes: InRare when the value is kept aside, NoType for a null type.
    private const byte InRare = 255, NoType = 254;

    private static byte Code(int value) => (uint)value < NoType ? (byte)value : InRare;

    private sealed class Rare
    {
        public QuoteKind Kind;
        public AttributionType Type;
        public AttributionRuleId Rule;
        public string? Pattern;
    }
}
