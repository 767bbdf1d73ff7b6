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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PronounForm Of(ReadOnlySpan<char> word) =>
        // (Most words are turned away here, where the caller reads them: by length, and by their first and last letters
        // against those of the forms of that length. (c | 0x20) - 'a' is a letter's number, 0 to 25, only for that letter
        // in either case; anything else is over 25 and no form's.)
        word.Length is 0 or > 10 || (FirstLetters[word.Length] & LetterBit(word[0])) == 0 || (LastLetters[word.Length] & LetterBit(word[^1])) == 0
            ? new(false, false, false, Gender.Unknown, true)
            : OfCandidate(word);

    // For each length up to ten, the first and the last letters of the forms of that length, a bit a letter (a = bit 0).
    private static ReadOnlySpan<uint> FirstLetters => [0x0, 0x100, 0x1180, 0x40180, 0x81080, 0x80000, 0x81100, 0x80, 0x0, 0x0, 0x80000];

    private static ReadOnlySpan<uint> LastLetters => [0x0, 0x100, 0x1080010, 0x61010, 0x1041010, 0x20000, 0x40020, 0x20, 0x0, 0x0, 0x40000];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint LetterBit(char c) => (uint)((c | 0x20) - 'a') is var n && n < 26 ? 1u << (int)n : 0;

    private static PronounForm OfCandidate(ReadOnlySpan<char> word)
    {
        if (word.Length > 8)
            return word.Equals("themselves", StringComparison.OrdinalIgnoreCase) ? new(false, true, false, Gender.Unknown, false) : new(false, false, false, Gender.Unknown, true);
        // The word lower-cased, a byte a letter (first letter lowest): compared with the forms packed alike.
        ulong packed = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c is '\0' or >= (char)128) return new(false, false, false, Gender.Unknown, true);
            packed |= (ulong)((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20 : c) << (8 * k);
        }
        return packed switch
        {
            0x6568 or 0x6D6968 or 0x736968 or 0x666C65736D6968 => new(false, false, false, Gender.Male, false), // he, him, his, himself
            0x656873 or 0x726568 or 0x73726568 or 0x666C6573726568 => new(false, false, false, Gender.Female, false), // she, her, hers, herself
            0x79656874 or 0x6D656874 or 0x7269656874 or 0x737269656874 => new(false, true, false, Gender.Unknown, false), // they, them, their, theirs (themselves above)
            0x7469 or 0x737469 or 0x666C65737469 => new(false, false, true, Gender.Unknown, false), // it, its, itself
            0x69 or 0x656D or 0x796D or 0x656E696D or 0x666C6573796D => new(true, false, false, Gender.Unknown, false), // i, me, my, mine, myself
            // ("we" in a quote is the speaker and others: a group the article may never name; left unresolved.)
            _ => new(false, false, false, Gender.Unknown, true),
        };
    }
}
