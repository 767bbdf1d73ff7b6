using QuoteExtract.Mentions;

namespace QuoteExtract.Speakers;

/// <summary>What a personal pronoun says of its antecedent: person, number and gender ("she": third, singular, female).</summary>
internal readonly record struct PronounForm(bool FirstPerson, bool Plural, bool Neuter, Gender Gender, bool Unknown)
{
    private static readonly PronounForm s_male = new(false, false, false, Gender.Male, false), s_female = new(false, false, false, Gender.Female, false),
        s_plural = new(false, true, false, Gender.Unknown, false), s_neuter = new(false, false, true, Gender.Unknown, false),
        s_first = new(true, false, false, Gender.Unknown, false), s_unknown = new(false, false, false, Gender.Unknown, true);

    /// <summary>The form of <paramref name="word"/>; <see cref="Unknown"/> for "you" and anything that is no such pronoun.</summary>
    /// <remarks>
    /// (Lower-cased here for ASCII, by a look at each letter: every form is ASCII, and the one character outside it that
    /// lower-cases into ASCII, the Kelvin sign, becomes a "k", which no form has; a word with any other is none.)
    /// </remarks>
    public static PronounForm Of(ReadOnlySpan<char> word)
    {
        // (The longest form, "themselves", has ten letters.)
        if (word.Length is 0 or > 10) return s_unknown;
        Span<char> lower = stackalloc char[10];
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c >= 128) return s_unknown;
            lower[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
        return lower[..word.Length] switch
        {
            "he" or "him" or "his" or "himself" => s_male,
            "she" or "her" or "hers" or "herself" => s_female,
            "they" or "them" or "their" or "theirs" or "themselves" => s_plural,
            "it" or "its" or "itself" => s_neuter,
            "i" or "me" or "my" or "mine" or "myself" => s_first,
            // ("we" in a quote is the speaker and others: a group the article may never name; left unresolved.)
            _ => s_unknown,
        };
    }
}
