namespace QuoteExtract.Evaluation;

/// <summary>A gold mention of a person or organization whose chain has a proper name, as <see cref="GumNameChains"/> classes it.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="Head">The word index of its head (see <see cref="GumNameChains.Head"/>).</param>
/// <param name="Class">Pronoun, partial name, full name, role phrase, other nominal or other.</param>
/// <param name="FullestName">The name tokens of its chain's fullest name (<see cref="NameTokens"/>).</param>
/// <param name="FullestText">That name as written: the proper-name words of the fullest mention's minimal span.</param>
internal sealed record GoldNameMention(GumMention Mention, int Head, MentionClass Class, IReadOnlyList<string> FullestName, string FullestText)
{
    /// <summary>
    /// A first- or second-person pronoun ("I", "you", "we") in a transcript's turn: who it is, the text never says (GUM
    /// names a turn's speaker in metadata only), so no resolver reading the text can name it.
    /// </summary>
    public bool TurnPronoun { get; init; }
}
