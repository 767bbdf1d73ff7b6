using CsCheck;

namespace QuoteExtract.Tests.Reliability;

/// <summary>CsCheck generators of hostile and news-like text for the property suites.</summary>
public static class TextGens
{
    /// <summary>Every quote mark the library may meet, one char each (<c>''</c> comes from <see cref="QuoteMark"/>).</summary>
    public const string QuoteMarkChars = "“”\"‘’'«»„‚‹›″′‶‵〝〞";

    /// <summary>Every line ending: LF, CRLF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR, NEXT LINE.</summary>
    public static readonly string[] LineEndings = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085"];

    private static Gen<string> Str(this Gen<char> g) => g.Select(c => c.ToString());

    private static Gen<string> Concat(this Gen<string[]> g) => g.Select(parts => string.Concat(parts));

    /// <summary>One quote mark, or the two-apostrophe <c>''</c> stand-in for a double quote.</summary>
    public static readonly Gen<string> QuoteMark =
        Gen.Frequency((17, Gen.Char[QuoteMarkChars].Str()), (2, Gen.Const("''")));

    /// <summary>One line ending, sometimes doubled (a paragraph break) or mixed with another.</summary>
    public static readonly Gen<string> LineEnd =
        Gen.Frequency(
            (6, Gen.OneOf(LineEndings)),
            (3, Gen.OneOf(LineEndings).Select(e => e + e)),
            (2, Gen.Select(Gen.OneOf(LineEndings), Gen.OneOf(LineEndings), (a, b) => a + b)),
            (1, Gen.OneOf(LineEndings).Array[3, 12].Concat()));

    /// <summary>An unpaired high surrogate.</summary>
    public static readonly Gen<string> HighSurrogate = Gen.Char['\uD800', '\uDBFF'].Str();

    /// <summary>An unpaired low surrogate.</summary>
    public static readonly Gen<string> LowSurrogate = Gen.Char['\uDC00', '\uDFFF'].Str();

    /// <summary>A well-formed surrogate pair (an astral char: emoji, CJK extension, math letters).</summary>
    public static readonly Gen<string> SurrogatePair =
        Gen.Select(Gen.Char['\uD800', '\uDBFF'], Gen.Char['\uDC00', '\uDFFF'], (h, l) => new string([h, l]));

    /// <summary>A C0 or C1 control character, DEL, or a format char (ZWSP, ZWJ, BOM, bidi marks).</summary>
    public static readonly Gen<string> Control =
        Gen.Frequency(
            (4, Gen.Char['\u0000', '\u001F'].Str()),
            (1, Gen.Char['\u007F', '\u009F'].Str()),
            (2, Gen.Char["\u200B\u200C\u200D\u200E\u200F\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2069\u00AD"].Str()));

    /// <summary>Any UTF-16 code unit at all.</summary>
    public static readonly Gen<string> AnyChar = Gen.Char.Str();

    /// <summary>Spaces of several kinds.</summary>
    public static readonly Gen<string> Space =
        Gen.Frequency((10, Gen.Const(" ")), (1, Gen.Const("  ")), (1, Gen.Char["\t\u00A0\u2009\u3000\u200A\u2003"].Str()));

    /// <summary>Punctuation.</summary>
    public static readonly Gen<string> Punct = Gen.Char[".,;:!?-—–()[]{}…/&%$#@*_+=<>|~^`"].Str();

    /// <summary>A lower-case ASCII word.</summary>
    public static readonly Gen<string> AsciiWord = Gen.String[Gen.Char['a', 'z'], 1, 10];

    /// <summary>A word from a news vocabulary, sometimes capitalised.</summary>
    public static readonly Gen<string> NewsWord = Gen.OneOf(
        "said", "says", "told", "according", "to", "the", "a", "that", "he", "she", "they", "it", "we", "I",
        "Mr.", "Mrs.", "Dr.", "Sen.", "Gov.", "U.S.", "U.N.", "Inc.", "Jan.", "p.m.", "e.g.", "i.e.",
        "Jane", "Roe", "John", "Smith", "Officials", "spokesman", "ministry", "added", "asked", "denied",
        "President", "Putin", "Kremlin", "police", "8,000", "3.2%", "$4.5", "billion", "1990s", "2024",
        "not", "will", "would", "never", "claimed", "warned", "wrote", "reporters", "on", "Tuesday");

    /// <summary>Letters of other scripts: accented Latin, Greek, Cyrillic, Arabic, Hebrew, CJK, Devanagari, Thai, Hangul.</summary>
    public static readonly Gen<string> ForeignWord = Gen.Frequency(
        (1, Gen.String[Gen.Char['\u00C0', '\u024F'], 1, 8]),
        (1, Gen.String[Gen.Char['\u0391', '\u03C9'], 1, 8]),
        (1, Gen.String[Gen.Char['\u0410', '\u044F'], 1, 8]),
        (1, Gen.String[Gen.Char['\u0621', '\u064A'], 1, 8]),
        (1, Gen.String[Gen.Char['\u05D0', '\u05EA'], 1, 8]),
        (1, Gen.String[Gen.Char['\u4E00', '\u9FFF'], 1, 6]),
        (1, Gen.String[Gen.Char['\u0900', '\u097F'], 1, 8]),
        (1, Gen.String[Gen.Char['\u0E01', '\u0E5B'], 1, 8]),
        (1, Gen.String[Gen.Char['\uAC00', '\uD7A3'], 1, 6]),
        (1, Gen.String[Gen.Char['\u0300', '\u036F'], 1, 4]));  // combining marks alone

    // ---- News-like fragments -------------------------------------------------------------------

    private static readonly string[] Speakers =
    [
        "Jane Roe", "John Smith", "Dr. Maria Garcia", "Sen. Elizabeth Warren", "Russian President Vladimir Putin",
        "Kremlin spokesman Dmitry Peskov", "the White House", "Officials", "A spokesman for the ministry", "Mr. Smith",
        "Gov. J.B. Pritzker", "the U.S. Department of Justice", "Police", "Ms. O'Neill", "Jean-Luc Picard",
        "Prime Minister Keir Starmer", "a senior U.N. official", "Anna Müller", "the company", "Acme Corp. Inc.",
    ];

    private static readonly string[] Pronouns = ["she", "he", "they", "it", "She", "He", "They"];

    private static readonly string[] Cues =
    [
        "said", "told reporters", "added", "said on Tuesday", "wrote on X", "warned", "claimed", "denied", "insisted",
        "asked", "said in a statement", "told The Associated Press", "explained", "argued", "noted", "stressed",
    ];

    private static readonly string[] Clauses =
    [
        "we will not back down", "the economy grew 3.2% in the U.S. last year", "nearly 8,000 people had been detained",
        "this is a reckless gamble", "prices rose by $4.5 billion since Jan. 1", "nobody was hurt",
        "the vote was rigged", "I never said that", "it's not over until it's over", "we didn't know about the leak",
        "the plan will cost 1.2 million dollars by 2030", "they were warned at 3 p.m. on Friday",
        "the U.N. resolution is, frankly, meaningless", "crime fell by 12 per cent, e.g. in Chicago",
        "you can't win 'em all", "the so-called \"reform\" failed", "there is no evidence of fraud",
    ];

    private static readonly string[] Short = ["a reckless gamble", "witch hunt", "fake news", "color revolutions", "historic"];

    private static Gen<string> Pick(string[] items) => Gen.OneOf(items);

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A sentence or paragraph of news prose: quotes, reported speech, numbers, abbreviations.</summary>
    public static readonly Gen<string> NewsFragment = Gen.OneOf<string>(
        Gen.Select(Pick(Clauses), Pick(Speakers), Pick(Cues), (c, s, v) => $"“{Cap(c)},” {s} {v}."),
        Gen.Select(Pick(Clauses), Pick(Speakers), Pick(Cues), (c, s, v) => $"\"{Cap(c)},\" {v} {s}."),
        Gen.Select(Pick(Clauses), Pick(Speakers), Pick(Cues), (c, s, v) => $"{s} {v} that {c}."),
        Gen.Select(Pick(Clauses), Pick(Pronouns), (c, p) => $"{Cap(p)} said that {c}."),
        Gen.Select(Pick(Clauses), Pick(Speakers), (c, s) => $"According to {s}, {c}."),
        Gen.Select(Pick(Clauses), (c) => $"According to officials, {c}."),
        Gen.Select(Pick(Clauses), Pick(Clauses), Pick(Pronouns), (a, b, p) => $"“{Cap(a)},” {p} said. “{Cap(b)}.”"),
        Gen.Select(Pick(Speakers), Pick(Cues), Pick(Clauses), (s, v, c) => $"{s} {v}: «{Cap(c)}.»"),
        Gen.Select(Pick(Speakers), Pick(Short), (s, w) => $"{s} called it “{w}.”"),
        Gen.Select(Pick(Speakers), Pick(Short), (s, w) => $"{s} called the plan ‘{w}’."),
        Gen.Select(Pick(Clauses), Pick(Speakers), (c, s) => $"„{Cap(c)}“, sagte {s}."),
        Gen.Select(Pick(Clauses), Pick(Clauses), (a, b) => $"“{Cap(a)}.\n\n“{Cap(b)},” she said."),
        Gen.Select(Pick(Clauses), Pick(Speakers), (c, s) => $"{s} denied that {c}."),
        Gen.Select(Pick(Clauses), Pick(Speakers), (c, s) => $"Did {c}? {s} asked."),
        Gen.Select(Pick(Clauses), Pick(Speakers), (c, s) => $"{c.ToUpperInvariant()}, {s.ToUpperInvariant()} SAYS"),
        Gen.Int[0, 99_999].Select(n => $"The U.S. Sen. voted on Jan. 5, 2024, at 3 p.m.; {n:N0} people (approx. {n % 100}%) attended."),
        Gen.Select(Pick(Speakers), (s) => $"By {s}, Staff Writer"),
        Gen.Const("(AP Photo/Jane Roe)"),
        Gen.Const("Read more: Why the vote matters »"));

    /// <summary>Realistic fragments spliced with random noise, whitespace and line breaks.</summary>
    public static readonly Gen<string> NewsSplice =
        Gen.Frequency(
            (10, NewsFragment),
            (4, Space),
            (3, LineEnd),
            (2, QuoteMark),
            (1, Punct),
            (1, NewsWord),
            (1, Control),
            (1, HighSurrogate),
            (1, LowSurrogate),
            (1, SurrogatePair),
            (1, AnyChar),
            (1, ForeignWord))
        .Array[1, 40].Concat();

    /// <summary>News fragments joined by single spaces and paragraph breaks only, with no noise: text a reader would call clean.</summary>
    public static readonly Gen<string> WellSpacedNews =
        Gen.Frequency((10, NewsFragment), (2, Gen.Const("\n\n")), (1, Gen.Const("\r\n\r\n")))
        .Array[1, 30].Select(parts => string.Join(" ", parts));

    /// <summary>Random Unicode: any code unit, lone surrogates (high and low), controls, quote marks, line endings.</summary>
    public static readonly Gen<string> UnicodeNoise =
        Gen.Frequency(
            (4, AnyChar),
            (2, HighSurrogate),
            (2, LowSurrogate),
            (2, SurrogatePair),
            (2, Control),
            (3, QuoteMark),
            (2, LineEnd),
            (4, Space),
            (3, AsciiWord),
            (2, NewsWord),
            (2, ForeignWord),
            (2, Punct))
        .Array[0, 150].Concat();

    /// <summary>Text dense in quote marks of every kind, balanced or not, among words and cues.</summary>
    public static readonly Gen<string> QuoteHeavy =
        Gen.Frequency(
            (6, QuoteMark),
            (5, NewsWord),
            (5, Space),
            (2, Punct),
            (1, LineEnd),
            (2, NewsFragment),
            (1, Gen.Select(QuoteMark, NewsWord, QuoteMark, (a, w, b) => a + w + b)),
            (1, QuoteMark.Array[2, 30].Concat()))
        .Array[0, 150].Concat();

    /// <summary>News fragments and quotes torn apart by every kind of line ending, mixed.</summary>
    public static readonly Gen<string> MixedLineEndings =
        Gen.Frequency(
            (6, NewsFragment),
            (6, LineEnd),
            (2, Space),
            (1, QuoteMark),
            (1, NewsWord),
            (1, Gen.Select(NewsFragment, LineEnd, (f, e) => f.Replace(" ", e))))
        .Array[1, 40].Concat();

    /// <summary>Very long tokens (letters, digits, punctuation, quote marks, spaces, line breaks) among fragments.</summary>
    public static readonly Gen<string> LongTokens =
        Gen.Frequency(
            (4, NewsFragment),
            (2, Space),
            (3, Gen.String[Gen.Char['a', 'z'], 200, 6000]),
            (1, Gen.String[Gen.Char['A', 'Z'], 200, 3000]),
            (1, Gen.String[Gen.Char['0', '9'], 200, 3000]),
            (2, Gen.String[Gen.Char[".,;:!?-—…/&%'\"()"], 200, 4000]),
            (2, Gen.String[Gen.Char[QuoteMarkChars], 100, 3000]),
            (1, Gen.String[Gen.Char[" \t\u00A0"], 200, 3000]),
            (1, Gen.OneOf(LineEndings).Array[100, 2000].Concat()),
            (1, SurrogatePair.Array[100, 1500].Concat()),
            (1, Gen.Select(Gen.String[Gen.Char['a', 'z'], 1, 3], Gen.Int[100, 2000], (w, n) => string.Concat(Enumerable.Repeat(w + ".", n)))))
        .Array[1, 8].Concat();
}
