namespace QuoteExtract.Evaluation;

/// <summary>
/// One attribution relation of GUM's discourse layer, in units rather than characters: the satellite (the unit
/// holding the source and the cue, “Critics argued”) and the nucleus (what they argued), each as the sorted
/// 1-based numbers of the EDUs it covers.
/// </summary>
/// <param name="Relation"><c>attribution-positive</c> or <c>attribution-negative</c>.</param>
/// <param name="Id">Where it comes from, for tracing back: <c>attribution-positive:4-&gt;119</c> (rs4 node ids, or EDU numbers without rs4).</param>
/// <param name="Satellite">The EDUs of the source-and-cue unit.</param>
/// <param name="Nucleus">The EDUs of the attributed unit or span.</param>
/// <param name="SourceTokens">
/// The 1-based document-level word indices the <c>attribution_source</c> signal names; empty when the signal names
/// no token, null when the relation has no such signal or it could not be read.
/// </param>
internal sealed record DiscourseAttribution(
    string Relation,
    string Id,
    IReadOnlyList<int> Satellite,
    IReadOnlyList<int> Nucleus,
    IReadOnlyList<int>? SourceTokens)
{
    /// <summary>True when the nucleus is a group of units (a span or multinuclear node), not one EDU.</summary>
    public bool NucleusIsGroup { get; init; }

    /// <summary>True for a secondary edge (rs4 <c>secedge</c>, or a CoNLL-U relation after <c>;</c>).</summary>
    public bool Secondary { get; init; }

    /// <summary>True for the relation names GUM uses for attribution (<c>attribution-positive</c>, <c>attribution-negative</c>; plain <c>attribution</c> in older releases).</summary>
    public static bool IsAttribution(string? relation) =>
        relation is not null && (relation == "attribution" || relation.StartsWith("attribution-", StringComparison.Ordinal));
}
