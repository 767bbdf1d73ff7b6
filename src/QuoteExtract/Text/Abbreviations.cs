using QuoteExtract.Lexicon;

namespace QuoteExtract.Text;

/// <summary>
/// Words that take a period without ending a sentence. Lookups are span-based (no allocation) and
/// case-insensitive, so all-caps text ("MR. SMITH") works too.
/// </summary>
internal static class Abbreviations
{
    // The English lists: the tokenizer reads text alone, with no document or options (docs/lexicon.md).
    // Titles, months, company and place words, US state forms (AP style). Only when capitalised:
    // their lower-case forms ("ill.", "mass.", "co.") are either words or not abbreviations in news text.
    private static readonly WordSet s_capitalised = LanguageLexicon.English[WordList.CapitalizedAbbreviations];

    // Never English words, so any case will do.
    private static readonly WordSet s_anyCase = LanguageLexicon.English[WordList.AnyCaseAbbreviations];

    // Abbreviations only before a number ("No. 10", "Vol. 2", "p. 5"); elsewhere "no." is a word and a period.
    private static readonly WordSet s_beforeNumber = LanguageLexicon.English[WordList.NumberAbbreviations];

    // Abbreviations that often end a sentence: company and name suffixes, "etc.", street words, states.
    private static readonly WordSet s_canEnd = LanguageLexicon.English[WordList.SentenceEndingAbbreviations];

    // Dotted forms that introduce something and never end a sentence.
    private static readonly WordSet s_dottedNeverEnd = LanguageLexicon.English[WordList.DottedAbbreviations];

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
}
