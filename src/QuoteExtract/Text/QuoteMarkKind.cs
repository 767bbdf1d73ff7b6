namespace QuoteExtract.Text;

/// <summary>How a quote was opened; decides what may close it and its family for continuation.</summary>
internal enum QuoteOpenKind : byte
{
    CurlyDouble,            // “
    CurlySingle,            // ‘
    CurlyDoubleReversed,    // ” used as an opener
    StraightDouble,         // "
    StraightSingle,         // '
    GuillemetDouble,        // «
    GuillemetDoubleReversed,// »
    GuillemetSingle,        // ‹
    GuillemetSingleReversed,// ›
    LowDouble,              // „
    LowSingle,              // ‚
    PrimeDoubleOpen,        // ‶ 〝
    PrimeDouble,            // ″ used as an opener
    PrimeSingleOpen,        // ‵
    PrimeSingle,            // ′ used as an opener
    BacktickDouble,         // `` (closed by '')
    BacktickSingle,         // ` (closed by ')
}

/// <summary>Character classes used by the quote-mark pairing.</summary>
internal static class QuoteMarkChars
{
    public static int Bit(QuoteOpenKind kind) => 1 << (int)kind;

    public static QuoteMarkStyles Family(QuoteOpenKind kind) => kind switch
    {
        QuoteOpenKind.CurlyDouble or QuoteOpenKind.CurlySingle or QuoteOpenKind.CurlyDoubleReversed => QuoteMarkStyles.Curly,
        QuoteOpenKind.StraightDouble or QuoteOpenKind.StraightSingle => QuoteMarkStyles.Straight,
        QuoteOpenKind.LowDouble or QuoteOpenKind.LowSingle => QuoteMarkStyles.LowNine,
        QuoteOpenKind.PrimeDoubleOpen or QuoteOpenKind.PrimeDouble
            or QuoteOpenKind.PrimeSingleOpen or QuoteOpenKind.PrimeSingle => QuoteMarkStyles.Primes,
        QuoteOpenKind.BacktickDouble or QuoteOpenKind.BacktickSingle => QuoteMarkStyles.Backticks,
        _ => QuoteMarkStyles.Guillemets,
    };

    public static bool IsDouble(QuoteOpenKind kind) => kind is QuoteOpenKind.CurlyDouble
        or QuoteOpenKind.CurlyDoubleReversed or QuoteOpenKind.StraightDouble or QuoteOpenKind.GuillemetDouble
        or QuoteOpenKind.GuillemetDoubleReversed or QuoteOpenKind.LowDouble or QuoteOpenKind.PrimeDoubleOpen
        or QuoteOpenKind.PrimeDouble or QuoteOpenKind.BacktickDouble;

    /// <summary>Any character the pairing looks at (a cheap filter for the hot loop).</summary>
    public static bool IsCandidate(char c) => c is '"' or '\'' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A'
        or (>= '\u2018' and <= '\u201E') or '\u2032' or '\u2033' or '\u2035' or '\u2036'
        or '\u301D' or '\u301E' or '\u301F' or '`';

    /// <summary>Characters that may stand for an apostrophe.</summary>
    public static bool IsApostropheLike(char c) => c is '\'' or '\u2019' or '\u2018' or '\u2032';

    /// <summary>Before an opening mark: brackets, dashes, slash, colon and marks that open.</summary>
    public static bool IsOpeningPunct(char c) => c is '(' or '[' or '{' or '<' or '-' or '\u2013' or '\u2014'
        or '\u2015' or '/' or ':' or '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u201A'
        or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u2036' or '\u2035' or '\u301D' or '`';

    /// <summary>After a closing mark: sentence and clause punctuation, brackets, dashes and other marks.</summary>
    public static bool IsClosingPunct(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}'
        or '>' or '\u2026' or '-' or '\u2013' or '\u2014' or '\u2015' or '/' or '*'
        || IsCandidate(c);

    private static readonly string[] s_elisions = ["em", "til", "tis", "twas", "cause", "bout"];

    /// <summary>True when <paramref name="rest"/> starts with a common elision (’em, ’til) as a whole word.</summary>
    public static bool IsElision(ReadOnlySpan<char> rest)
    {
        int n = 0;
        while (n < rest.Length && n < 6 && char.IsLetter(rest[n])) n++;
        if (n == 0 || (n < rest.Length && char.IsLetter(rest[n]))) return false;
        var word = rest[..n];
        foreach (var e in s_elisions)
            if (word.Equals(e, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
