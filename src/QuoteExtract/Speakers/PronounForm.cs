using QuoteExtract.Mentions;

namespace QuoteExtract.Speakers;

/// <summary>What a personal pronoun says of its antecedent: person, number and gender ("she": third, singular, female).</summary>
internal readonly record struct PronounForm(bool FirstPerson, bool Plural, bool Neuter, Gender Gender, bool Unknown)
{
    /// <summary>The form of <paramref name="word"/>; <see cref="Unknown"/> for "you" and anything that is no such pronoun.</summary>
    /// <remarks>
    /// (Lower-cased here for ASCII, by a look at each letter: every form is ASCII, and the one character outside it that
    /// lower-cases into ASCII, the Kelvin sign, becomes a "k", which no form has; a word with any other is none.)
    /// </remarks>
    public static PronounForm Of(ReadOnlySpan<char> word)
    {
        // (The longest form, "themselves", has ten letters, and every form starts with h, s, t, i or m: most words are
        // turned away on their first letter. c | 0x20 is one of those letters only for that letter in either case.)
        if (word.Length is 0 or > 10 || (word[0] | 0x20) is not ('h' or 's' or 't' or 'i' or 'm')) return new(false, false, false, Gender.Unknown, true);
        Span<char> lower = stackalloc char[10];
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c >= 128) return new(false, false, false, Gender.Unknown, true);
            lower[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
        return lower[..word.Length] switch
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
