namespace QuoteExtract.Mentions;

/// <summary>The grammatical shape of a mention.</summary>
public enum MentionShape
{
    /// <summary>A proper name, possibly with titles (Finance Minister Ann Lee, Lee).</summary>
    Name,
    /// <summary>A personal pronoun (he, she, they).</summary>
    Pronoun,
    /// <summary>A common noun phrase (the interior ministry, officials, the spokesman).</summary>
    Nominal,
}

/// <summary>Grammatical gender, where the text shows it.</summary>
public enum Gender
{
    /// <summary>Not shown.</summary>
    Unknown,
    /// <summary>he, Mr., spokesman.</summary>
    Male,
    /// <summary>she, Mrs., spokeswoman.</summary>
    Female,
}

/// <summary>A mention of a possible speaker: a noun phrase, its name part and titles.</summary>
/// <param name="Span">The whole mention as it stands (with determiner and titles).</param>
/// <param name="Name">The name part: the proper name, or the phrase without its determiner; the span of it.</param>
/// <param name="Titles">Title spans (White House spokesman, Finance Minister).</param>
/// <param name="Shape">Name, pronoun or nominal.</param>
/// <param name="Kind">Person, organization, group or unknown, as far as the phrase shows.</param>
/// <param name="Gender">Gender where shown.</param>
/// <param name="Plural">True for plural phrases and they/we.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
public sealed record Mention(
    TextSpan Span,
    TextSpan Name,
    IReadOnlyList<TextSpan> Titles,
    MentionShape Shape,
    SpeakerKind Kind,
    Gender Gender,
    bool Plural,
    int FirstToken,
    int EndToken);
