using System.Globalization;
using System.Text;

namespace QuoteExtract.Text;

/// <summary>Character classes shared by the tokenizer and the sentence splitter. ASCII takes a fast path.</summary>
internal static class TextChars
{
    /// <summary>
    /// ''' after a word ("… 'a special case,'''"): the first apostrophe is a mark of its own (it may close an inner
    /// single quote) and the other two the doubled mark. The tokenizer and the quote pairing both ask this one
    /// question, so tokens and marks always agree.
    /// </summary>
    public static bool IsApostropheBeforeDoubled(string t, int i, int start, int end) =>
        t[i] == '\'' && i + 2 < end && t[i + 1] == '\'' && t[i + 2] == '\'' && i > start && !char.IsWhiteSpace(t[i - 1]);

    /// <summary>Can a word or number start at <paramref name="i"/>? Letters and decimal digits, including astral ones.</summary>
    public static bool IsWordStart(string t, int i)
    {
        char c = t[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c)) return true;
        return TryPair(t, i, out var r) && Rune.IsLetterOrDigit(r);
    }

    /// <summary>
    /// Length (0, 1 or 2) of the word character at <paramref name="i"/>: letters, digits, combining marks,
    /// and joiners or soft hyphens that sit before a letter (Indic scripts, hyphenation hints).
    /// </summary>
    public static int WordCharLength(string t, int i)
    {
        char c = t[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        if (char.IsLetterOrDigit(c) || IsMark(CharUnicodeInfo.GetUnicodeCategory(c))) return 1;
        if (c is '\u00AD' or '\u200C' or '\u200D')
            return i + 1 < t.Length && char.IsLetter(t[i + 1]) ? 1 : 0;
        if (TryPair(t, i, out var r) && (Rune.IsLetterOrDigit(r) || IsMark(Rune.GetUnicodeCategory(r)))) return 2;
        return 0;
    }

    /// <summary>True when a word character (see <see cref="WordCharLength"/>) is at <paramref name="i"/>.</summary>
    public static bool IsWordCharAt(string t, int i) => i < t.Length && WordCharLength(t, i) > 0;

    /// <summary>True when <paramref name="i"/> is inside the text and holds a letter.</summary>
    public static bool IsLetterAt(string t, int i) => i < t.Length && char.IsLetter(t[i]);

    /// <summary>True when <paramref name="i"/> is inside the text and holds an ASCII digit.</summary>
    public static bool IsDigitAt(string t, int i) => i < t.Length && char.IsAsciiDigit(t[i]);

    /// <summary>Characters that may stand for an apostrophe inside a word.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Hyphens that join the parts of a compound word.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Dash characters (en, em, horizontal bar, figure dash, two- and three-em dashes).</summary>
    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B';

    /// <summary>Characters the quote-mark stage may treat as quote marks.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
        or '\u00AB' or '\u00BB' or '\u201E' or '\u201A' or '\u2039' or '\u203A'
        or '\u2033' or '\u2032' or '\u2036' or '\u2035' or '\u301D' or '\u301E' or '\u201F' or '\u201B' or '`';

    /// <summary>Quote marks that only ever open a quote (German and Central European low marks).</summary>
    public static bool IsOpeningOnlyQuoteMark(char c) => c is '\u201E' or '\u201A';

    /// <summary>Punctuation in the sense of <see cref="TokenKind.Punctuation"/>; $ % &amp; @ # and the like are symbols.</summary>
    public static bool IsPunctuation(char c)
    {
        if (c < 128) return c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}'
            or '/' or '\\' or '*' or '_' or '-' or '`';
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
    }

    /// <summary>Non-breaking and ordinary spaces, but not line breaks.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u200A' or '\u2007';

    /// <summary>Reads a surrogate pair at <paramref name="i"/>.</summary>
    public static bool TryPair(string t, int i, out Rune rune)
    {
        rune = default;
        return char.IsHighSurrogate(t[i]) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1])
            && Rune.TryCreate(t[i], t[i + 1], out rune);
    }

    private static bool IsMark(UnicodeCategory c) =>
        c is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
