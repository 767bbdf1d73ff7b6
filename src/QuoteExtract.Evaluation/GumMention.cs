namespace QuoteExtract.Evaluation;

/// <summary>
/// One mention of GUM's entity layer: the words a <c>(GRP-…</c> … <c>GRP)</c> bracket pair of the <c>Entity=</c>
/// annotations encloses, with the fields the scorers use.
/// </summary>
/// <param name="Chain">The coreference chain (GRP): every mention of one entity has the same.</param>
/// <param name="EntityType">person, organization, place, abstract, …</param>
/// <param name="First">The 0-based index of its first word in <see cref="ConlluDocument.Words"/>.</param>
/// <param name="End">One past its last word.</param>
/// <param name="MinSpan">The word indices of its minimal span (its head words), increasing, inside [First, End).</param>
/// <param name="Link">How it joins its antecedent: coref, ana, appos, sgl (a chain of one), …</param>
/// <param name="Identity">The Wikipedia-like identity of a named entity, or null.</param>
internal sealed record GumMention(string Chain, string EntityType, int First, int End, IReadOnlyList<int> MinSpan, string Link, string? Identity)
{
    /// <summary>The number of words.</summary>
    public int Length => End - First;
}
