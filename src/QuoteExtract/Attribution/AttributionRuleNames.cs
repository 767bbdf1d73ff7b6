using System.Collections.Frozen;

namespace QuoteExtract.Attribution;

/// <summary>
/// The built-in rules' names ("quote-cue-speaker"), as <see cref="QuoteAttribution.Pattern"/> shows them and as the
/// model's feature names spell them; the only place a rule's name is written.
/// </summary>
internal static class AttributionRuleNames
{
    // Indexed by the rule id: names[(int)id]; "" for None.
    private static readonly string[] s_names =
    [
        "",
        "quote-cue-speaker", "quote-speaker-cue", "quote-dash-name", "speaker-cue-quote", "lead-in-cue", "lead-in-colon",
        "split", "follow-on", "follow-on-paragraph", "paragraph-chain", "same-paragraph", "unattributed",
        "naming-partial", "cue-partial", "mixed-clause", "according-to-first", "according-to-last",
        "content-cue-speaker", "content-speaker-cue", "speaker-cue-content", "headline-dash", "headline-colon",
        "transcript-colon", "parenthetical", "quoted-transcript", "possessor-noun", "agent-clause", "passive-by", "next-fragment",
        "headline-cue", "asked-question", "evidence-in", "after-report",
    ];

    private static readonly FrozenDictionary<string, AttributionRuleId> s_byName =
        Enumerable.Range(1, s_names.Length - 1).ToFrozenDictionary(i => s_names[i], i => (AttributionRuleId)i, StringComparer.Ordinal);

    /// <summary>The built-in rules, in id order (without <see cref="AttributionRuleId.None"/>).</summary>
    public static ReadOnlySpan<string> BuiltIn => s_names.AsSpan(1);

    /// <summary>The rule's name; "" for <see cref="AttributionRuleId.None"/>.</summary>
    public static string Of(AttributionRuleId id) => (uint)id < (uint)s_names.Length ? s_names[(int)id] : "";

    /// <summary>The built-in rule of that name, or <see cref="AttributionRuleId.None"/>.</summary>
    public static AttributionRuleId Parse(string name) => s_byName.TryGetValue(name, out var id) ? id : AttributionRuleId.None;
}
