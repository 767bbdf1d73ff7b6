using QuoteExtract.Mentions;

namespace QuoteExtract.Speakers;

/// <summary>What a personal pronoun says of its antecedent: person, number and gender ("she": third, singular, female).</summary>
internal readonly record struct PronounForm(bool FirstPerson, bool Plural, bool Neuter, Gender Gender, bool Unknown)
{
    /// <summary>The form of <paramref name="word"/>; <see cref="Unknown"/> for "you" and anything that is no such pronoun.</summary>
    public static PronounForm Of(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 12)];
        if (word.Length > 12) return new(false, false, false, Gender.Unknown, true);
        word.ToLowerInvariant(lower);
        return lower switch
        {
            "he" or "him" or "his" or "himself" => new(false, false, false, Gender.Male, false),
            "she" or "her" or "hers" or "herself" => new(false, false, false, Gender.Female, false),
            "they" or "them" or "their" or "theirs" or "themselves" => new(false, true, false, Gender.Unknown, false),
            "it" or "its" or "itself" => new(false, false, true, Gender.Unknown, false),
            "i" or "me" or "my" or "mine" or "myself" => new(true, false, false, Gender.Unknown, false),
            // ("we" in a quote is the speaker and others: a group the article may never name; left unresolved.)
            _ => new(false, false, false, Gender.Unknown, true),
        };
    }
}
