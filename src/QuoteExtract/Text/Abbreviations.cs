using System.Collections.Frozen;
using Lookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace QuoteExtract.Text;

/// <summary>
/// Words that take a period without ending a sentence. Lookups are span-based (no allocation) and
/// case-insensitive, so all-caps text ("MR. SMITH") works too.
/// </summary>
internal static class Abbreviations
{
    // Titles, months, company and place words, US state forms (AP style). Only when capitalised:
    // their lower-case forms ("ill.", "mass.", "co.") are either words or not abbreviations in news text.
    private static readonly Lookup s_capitalised = Create(
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
        "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Rev", "Hon",
        "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Fr", "Sr", "Jr", "Esq", "Mt", "Ft", "St", "Ste",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd", "Hwy",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "La", "Md", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    // Never English words, so any case will do.
    private static readonly Lookup s_anyCase = Create(
        "vs", "etc", "approx", "cf", "viz", "ca", "incl", "esp", "govt", "est");

    // Abbreviations only before a number ("No. 10", "Vol. 2", "p. 5"); elsewhere "no." is a word and a period.
    private static readonly Lookup s_beforeNumber = Create(
        "No", "Nos", "Vol", "Vols", "Art", "Fig", "Figs", "p", "pp", "Ch", "Sec", "Para", "Op", "Nr");

    // Abbreviations that often end a sentence: company and name suffixes, "etc.", street words, states.
    private static readonly Lookup s_canEnd = Create(
        "etc", "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Jr", "Sr", "Esq", "Ave", "Blvd", "Rd", "Hwy", "St",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "La", "Md", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    // Dotted forms that introduce something and never end a sentence.
    private static readonly Lookup s_dottedNeverEnd = Create("e.g.", "i.e.", "n.b.", "viz.", "cf.");

    /// <summary>Is <paramref name="word"/> (without its period) an abbreviation here?</summary>
    /// <param name="word">The letters before the period.</param>
    /// <param name="beforeNumber">True when a number follows the period.</param>
    public static bool IsAbbreviation(ReadOnlySpan<char> word, bool beforeNumber)
    {
        if (word.IsEmpty) return false;
        if (s_anyCase.Contains(word)) return true;
        if (beforeNumber && s_beforeNumber.Contains(word)) return true;
        return char.IsUpper(word[0]) && s_capitalised.Contains(word);
    }

    /// <summary>May an abbreviation token (period included) end a sentence, given a capitalised word follows?</summary>
    public static bool CanEndSentence(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || token[^1] != '.') return false;
        var bare = token[..^1];
        // Dotted letter sequences (U.S., a.m., Ph.D.) are nouns or times that can close a sentence.
        if (bare.Contains('.')) return !s_dottedNeverEnd.Contains(token);
        return s_canEnd.Contains(bare);
    }

    private static Lookup Create(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
