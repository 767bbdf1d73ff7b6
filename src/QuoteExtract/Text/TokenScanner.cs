using System.Runtime.CompilerServices;
using System.Text;
using static QuoteExtract.Text.TextChars;

namespace QuoteExtract.Text;

/// <summary>The tokenizer's scanner: one instance per call, one pass over the text.</summary>
internal sealed class TokenScanner
{
    private readonly string _t;
    // The array the tokens are written into, in place; none when the scan only counts them (a long text is scanned
    // twice, to count and then to fill an array of the exact size: its tokens are never held twice).
    private readonly Token[]? _array;
    private int _count;
    private Token _last; // (when counting: the last token, which the possessive after an abbreviation looks at)
    // Markup (tags, spacing entities) is left out rather than kept.
    private readonly bool _dropMarkup;

    // Linear-time guards: a failed look-ahead from one start fails for every later start it covered.
    private int _noEmailBefore;
    private int _noDottedBefore;
    private int _nextAtSign = -1; // the next @ found, int.MaxValue for none

    // An opening single quote (‘ or a straight ' before a word) not yet closed in this line: a following
    // s’ / s' is then more likely its closing mark than a bare possessive.
    private bool _openCurlySingle;
    private bool _openStraightSingle;

    /// <summary>A scanner that writes the tokens of <paramref name="text"/> into <paramref name="array"/> (room for as many
    /// as <see cref="CountTokens"/> gives, or one a character), or only counts them when it is null; markup is left out when
    /// <paramref name="dropMarkup"/>.</summary>
    public TokenScanner(string text, Token[]? array, bool dropMarkup)
    {
        _t = text;
        _array = array;
        _dropMarkup = dropMarkup;
    }

    /// <summary>How many tokens <see cref="ScanInto"/> writes for <paramref name="text"/>.</summary>
    public static int CountTokens(string text, bool dropMarkup) => new TokenScanner(text, null, dropMarkup).ScanInto();

    /// <summary>Scans into the array given to the constructor (or counts); returns how many tokens there are.</summary>
    public int ScanInto()
    {
        ScanAll();
        return _count;
    }

    // The number of tokens so far and the last one (the possessive after an abbreviation looks back).
    private int Count => _count;

    private Token Last => _array is null ? _last : _array[_count - 1];

    private void ScanAll()
    {
        var t = _t;
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (c == ' ') { i++; continue; }
            if (char.IsAsciiLetterOrDigit(c)) { i = ScanWord(i); continue; } // (most tokens: no markup or symbol tests)
            if (c == ',') { Add(i, i + 1, TokenKind.Punctuation); i++; continue; } // (the commonest punctuation)
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r' or '\u2029') _openCurlySingle = _openStraightSingle = false;
                i++;
                continue;
            }
            i = Next(i, c);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int start, int end, TokenKind kind)
    {
        if (_array is { } array && end - start <= Token.MaxLength)
        {
            // (A markup token left out changes nothing here: nothing looks back past a gap.)
            if (kind != TokenKind.Markup || !_dropMarkup) array[_count++] = Token.Scanned(start, end - start, kind);
            return;
        }
        AddToList(start, end, kind);
    }

    private void AddToList(int start, int end, TokenKind kind)
    {
        // A run longer than a token holds (134 million letters without a break) is cut, never inside a surrogate pair.
        while (end - start > Token.MaxLength)
        {
            int cut = start + Token.MaxLength;
            if (char.IsLowSurrogate(_t[cut]) && char.IsHighSurrogate(_t[cut - 1])) cut--;
            AddOne(new Token(start, cut, kind));
            start = cut;
        }
        AddOne(new Token(start, end, kind));
    }

    private void AddOne(Token token)
    {
        if (token.Kind == TokenKind.Markup && _dropMarkup) return;
        if (_array is { } array) array[_count] = token;
        else _last = token;
        _count++;
    }

    /// <summary>Scans the token starting at <paramref name="i"/> and returns where it ends (always past i).</summary>
    private int Next(int i, char c)
    {
        if (c == '<' && HtmlEntities.TagLength(_t, i) is > 0 and var tag) { Add(i, i + tag, TokenKind.Markup); return i + tag; }
        if (c == '&' && HtmlEntities.EntityAt(_t, i) is { Length: > 0 } entity) { Add(i, i + entity.Length, entity.Kind); return i + entity.Length; }
        if (IsWordStart(_t, i)) return ScanWord(i);
        if (IsQuoteMark(c)) return ScanQuoteMark(i, c);
        if (c == '.') return Run(i, '.', TokenKind.Punctuation, TokenKind.Ellipsis);
        if (c == '\u2026') return Run(i, c, TokenKind.Ellipsis, TokenKind.Ellipsis);
        if (c == '-') return ScanHyphen(i);
        if (IsDash(c)) return Run(i, c, TokenKind.Dash, TokenKind.Dash);
        if (IsPunctuation(c)) { Add(i, i + 1, TokenKind.Punctuation); return i + 1; }
        return ScanSymbol(i);
    }

    /// <summary>A run of one repeated character: <paramref name="single"/> when alone, else <paramref name="many"/>.</summary>
    private int Run(int i, char c, TokenKind single, TokenKind many)
    {
        int j = i + 1;
        while (j < _t.Length && _t[j] == c) j++;
        Add(i, j, j - i == 1 ? single : many);
        return j;
    }

    /// <summary>"--" is a dash; so is a hyphen with space (or nothing) on both sides; else punctuation.</summary>
    private int ScanHyphen(int i)
    {
        int j = i + 1;
        while (j < _t.Length && _t[j] == '-') j++;
        bool spaced = (i == 0 || char.IsWhiteSpace(_t[i - 1])) && (j == _t.Length || char.IsWhiteSpace(_t[j]));
        Add(i, j, j - i > 1 || spaced ? TokenKind.Dash : TokenKind.Punctuation);
        return j;
    }

    /// <summary>Scans from an alphanumeric start: URL, e-mail, word, number, abbreviation, initial, clitics.</summary>
    private int ScanWord(int i)
    {
        var t = _t;
        int n = t.Length;
        // (http, https, ftp and www all have t or w second: most words starting h, w or f are ruled out at once.)
        if ((t[i] | 0x20) is 'h' or 'w' or 'f' && i + 1 < n && (t[i + 1] | 0x20) is 't' or 'w' && IsUrlStart(i)) return ScanUrl(i);
        int j = ScanAlnum(i);
        // A word before a space (most words): none of the shapes below.
        if (j < n && t[j] == ' ')
        {
            AddWord(i, j, char.IsDigit(t[i]));
            return j;
        }
        // Only a word run that stops at an e-mail character can be the start of an address.
        if (j < n && t[j] is '@' or '.' or '_' or '%' or '+' or '-' && i >= _noEmailBefore && AtSignFrom(j))
        {
            int e = TryEmail(i);
            if (e > 0) { Add(i, e, TokenKind.Email); return e; }
        }

        bool number = char.IsDigit(t[i]);
        bool plain = true; // one run of letters/digits: the only shape an abbreviation can have
        while (j < n)
        {
            char c = t[j];
            if (IsHyphen(c) && j + 1 < n && IsWordStart(t, j + 1))
            {
                number &= !char.IsLetter(t[j + 1]); // 3-year-old is a word, 10-20 a number
                j = ScanAlnum(j + 1);
                plain = false;
                continue;
            }
            if (IsApostrophe(c))
            {
                int end = ScanApostrophe(i, j, number);
                if (end > 0) return end;
                if (end == 0) break;
                j = ScanAlnum(j + 1); // inner apostrophe of a name: O'Brien, D'Angelo
                plain = false;
                continue;
            }
            if (number && char.IsAsciiDigit(t[j - 1]))
            {
                // 2.5, 5:30, 24/7, 8,000 (a comma only before a group of exactly three digits)
                if (c is '.' or ':' or '/' && IsDigitAt(t, j + 1)) { j = ScanAlnum(j + 1); continue; }
                if (c == ',' && IsThousandsGroup(j)) { j = ScanAlnum(j + 1); continue; }
            }
            break;
        }

        if (plain && j < n && t[j] == '.') return ScanPeriodAfterWord(i, j);
        AddWord(i, j, number);
        return j;
    }

    // Whether an @ lies at or after j (an address needs one: most texts have none, and most words need no look-ahead).
    private bool AtSignFrom(int j)
    {
        if (_nextAtSign < j)
        {
            int at = _t.AsSpan(j).IndexOf('@');
            _nextAtSign = at < 0 ? int.MaxValue : j + at;
        }
        return _nextAtSign != int.MaxValue;
    }

    private void AddWord(int start, int end, bool number) =>
        Add(start, end, number ? TokenKind.Number : TokenKind.Word);

    /// <summary>Letters, digits, marks and their astral forms.</summary>
    private int ScanAlnum(int j)
    {
        var t = _t;
        while (true)
        {
            j = AsciiAlnumRunEnd(t, j);
            if (j >= t.Length || t[j] < 128) return j;
            int len = WordCharLength(t, j);
            if (len == 0) return j;
            j += len;
        }
    }

    // Where the run of ASCII letters and digits from j ends (vectorised; the runtime's own search, compiled ahead of time,
    // is fast from the first call, where a loop of vector instructions here ran unoptimised until tiered up).
    private static int AsciiAlnumRunEnd(string t, int j)
    {
        int run = t.AsSpan(j).IndexOfAnyExcept(s_asciiAlnum);
        return run < 0 ? t.Length : j + run;
    }

    private static readonly System.Buffers.SearchValues<char> s_asciiAlnum =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private bool IsThousandsGroup(int comma) =>
        IsDigitAt(_t, comma + 1) && IsDigitAt(_t, comma + 2) && IsDigitAt(_t, comma + 3) && !IsDigitAt(_t, comma + 4);

    /// <summary>
    /// An apostrophe at <paramref name="j"/> ending the word part <c>[i, j)</c>. Emits and returns the end when it
    /// splits off a clitic; returns -1 to continue the word across it (O'Brien); 0 to end the word before it.
    /// </summary>
    private int ScanApostrophe(int i, int j, bool number)
    {
        var t = _t;
        int n = t.Length;
        if (IsLetterAt(t, j + 1))
        {
            int k = j + 1;
            while (k < n && char.IsLetter(t[k])) k++;
            if (IsWordCharAt(t, k)) return -1;
            var suffix = t.AsSpan(j + 1, k - j - 1);
            if (IsClitic(suffix))
            {
                AddWord(i, j, number);
                Add(j, k, TokenKind.Clitic);
                return k;
            }
            // n't belongs to the clitic: don't -> do + n't, can't -> ca + n't (Penn Treebank).
            if (k == j + 2 && (suffix[0] | 0x20) == 't' && j - 1 > i && (t[j - 1] | 0x20) == 'n')
            {
                AddWord(i, j - 1, number);
                Add(j - 1, k, TokenKind.Clitic);
                return k;
            }
            return -1;
        }

        // A bare possessive (the Smiths’ house) looks just like a closing single quote, so only take it
        // after an s and before a single space and a word; the quote-mark stage decides the rest.
        bool quoteOpen = t[j] == '\'' ? _openStraightSingle : _openCurlySingle;
        if ((t[j - 1] | 0x20) == 's' && t[j] != '\u02BC' && !quoteOpen && j + 2 < n && IsInlineSpace(t[j + 1]) && char.IsLetter(t[j + 2]))
        {
            AddWord(i, j, number);
            Add(j, j + 1, TokenKind.Clitic);
            return j + 1;
        }
        return 0;
    }

    private static bool IsClitic(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        2 => s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || s.Equals("ve", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>A plain word <c>[i, j)</c> followed by a period at <paramref name="j"/>.</summary>
    private int ScanPeriodAfterWord(int i, int j)
    {
        var t = _t;
        bool number = char.IsDigit(t[i]);
        // "word..." is a word and an ellipsis.
        if (number || (j + 1 < t.Length && t[j + 1] == '.'))
        {
            AddWord(i, j, number);
            return j;
        }

        int dotted = i >= _noDottedBefore ? ScanDotted(i, j) : 0;
        if (dotted > 0)
        {
            // U.S.-led, U.N.-backed: a compound word
            int end = dotted;
            while (end + 1 < t.Length && IsHyphen(t[end]) && IsWordStart(t, end + 1)) end = ScanAlnum(end + 1);
            Add(i, end, end == dotted ? TokenKind.Abbreviation : TokenKind.Word);
            return end;
        }

        var word = t.AsSpan(i, j - i);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            Add(i, j + 1, TokenKind.Initial);
            return j + 1;
        }
        if (Abbreviations.IsAbbreviation(word, NumberFollows(j + 1)))
        {
            Add(i, j + 1, TokenKind.Abbreviation);
            return j + 1;
        }
        AddWord(i, j, false);
        return j;
    }

    /// <summary>
    /// Letter-period sequences: U.S., a.m., e.g., U.S.A., and Ph.D. (a capitalised two-letter first part).
    /// Returns the end past the final period, or 0.
    /// </summary>
    private int ScanDotted(int i, int j)
    {
        var t = _t;
        int first = j - i;
        bool twoLetter = first == 2 && char.IsUpper(t[i]) && char.IsLower(t[i + 1]);
        if (first != 1 && !twoLetter) return 0;
        int p = j;
        int parts = 1;
        while (p + 1 < t.Length && t[p] == '.' && char.IsLetter(t[p + 1]) && !IsWordCharAt(t, p + 2)
               && (!twoLetter || char.IsUpper(t[p + 1])))
        {
            parts++;
            p += 2;
        }
        if (parts >= 2 && p < t.Length && t[p] == '.') return p + 1;
        if (!twoLetter) _noDottedBefore = p;
        return 0;
    }

    /// <summary>A number after at most a few spaces ("No. 10", "No.10").</summary>
    private bool NumberFollows(int p)
    {
        for (int k = 0; k < 3 && p < _t.Length && IsInlineSpace(_t[p]); k++) p++;
        return IsDigitAt(_t, p);
    }

    /// <summary>A quote-mark character at a token start, or a leading-apostrophe year (’90s, '08).</summary>
    private int ScanQuoteMark(int i, char c)
    {
        var t = _t;
        if (c is '\'' or '\u2019' or '\u2018' && IsDigitAt(t, i + 1) && IsDigitAt(t, i + 2) && !IsDigitAt(t, i + 3))
        {
            bool plural = i + 3 < t.Length && t[i + 3] == 's' && !IsWordCharAt(t, i + 4);
            // ‘ is an opening quote far more often than an apostrophe, so it needs the plural form.
            if (plural || (c != '\u2018' && !IsWordCharAt(t, i + 3)))
            {
                int end = plural ? i + 4 : i + 3;
                Add(i, end, TokenKind.Number);
                return end;
            }
        }
        // Possessive after an abbreviation: U.S.’s, Inc.'s
        if (c is '\'' or '\u2019' && Count > 0 && Last.End == i
            && Last.Kind is TokenKind.Abbreviation or TokenKind.Initial
            && i + 1 < t.Length && (t[i + 1] | 0x20) == 's' && !IsWordCharAt(t, i + 2))
        {
            Add(i, i + 2, TokenKind.Clitic);
            return i + 2;
        }
        // '' (two apostrophes, as some newspapers' text files write a double mark): one mark, as the quote pairing reads it.
        // ("… 'a special case,''' said": after a word, the first of three is a mark of its own, as the pairing reads it.)
        if (c == '\'' && i + 1 < t.Length && t[i + 1] == '\'' && !TextChars.IsApostropheBeforeDoubled(t, i, 0, t.Length))
        {
            Add(i, i + 2, TokenKind.QuoteMark);
            return i + 2;
        }
        // `` (Penn Treebank's opening double mark): one mark, as the quote pairing reads it.
        if (c == '`' && i + 1 < t.Length && t[i + 1] == '`')
        {
            Add(i, i + 2, TokenKind.QuoteMark);
            return i + 2;
        }
        TrackSingleQuote(i, c);
        Add(i, i + 1, TokenKind.QuoteMark);
        return i + 1;
    }

    private void TrackSingleQuote(int i, char c)
    {
        var t = _t;
        bool afterSpace = i == 0 || char.IsWhiteSpace(t[i - 1]) || IsQuoteMark(t[i - 1]) || t[i - 1] is '(' or '[' or '\u2014';
        if (c == '\u2018') _openCurlySingle = true;
        else if (c == '\u2019' && !afterSpace) _openCurlySingle = false;
        else if (c == '\'') _openStraightSingle = afterSpace ? IsLetterAt(t, i + 1) || _openStraightSingle : false;
        else if (c == '`') _openStraightSingle |= IsLetterAt(t, i + 1); // `stay' closes with a straight mark
    }

    /// <summary>One code point of anything else, with emoji modifiers, variation selectors and ZWJ sequences.</summary>
    private int ScanSymbol(int i)
    {
        var t = _t;
        int j = i + (TryPair(t, i, out _) ? 2 : 1);
        while (j < t.Length)
        {
            char c = t[j];
            if (c is >= '\uFE00' and <= '\uFE0F' or '\u20E3') { j++; continue; }
            // skin-tone modifiers U+1F3FB..U+1F3FF
            if (c == '\uD83C' && j + 1 < t.Length && t[j + 1] is >= '\uDFFB' and <= '\uDFFF') { j += 2; continue; }
            if (c == '\u200D' && j + 1 < t.Length)
            {
                // ZWJ sequences (family, profession and gender emoji)
                if (TryPair(t, j + 1, out var r) && !Rune.IsLetterOrDigit(r)) { j += 3; continue; }
                char d = t[j + 1];
                if (d >= '\u2000' && !char.IsSurrogate(d) && !char.IsLetterOrDigit(d) && !char.IsWhiteSpace(d)) { j += 2; continue; }
            }
            break;
        }
        Add(i, j, TokenKind.Symbol);
        return j;
    }

    private bool IsUrlStart(int i)
    {
        var s = _t.AsSpan(i);
        return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && char.IsAsciiLetterOrDigit(s[4]));
    }

    /// <summary>Up to white space or a quote mark or angle bracket, less trailing punctuation and unbalanced ')'.</summary>
    private int ScanUrl(int i)
    {
        var t = _t;
        int j = i;
        int open = 0, close = 0;
        while (j < t.Length)
        {
            char c = t[j];
            if (char.IsWhiteSpace(c) || c is '"' or '<' or '>' or '\u2026' || (c != '\'' && IsQuoteMark(c))) break;
            if (c == '(') open++;
            else if (c == ')') close++;
            j++;
        }
        while (j > i + 1)
        {
            char c = t[j - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or ']' or '}') { j--; continue; }
            if (c == ')' && close > open) { close--; j--; continue; }
            break;
        }
        Add(i, j, TokenKind.Url);
        return j;
    }

    /// <summary>local@label.label…; returns the end or 0 (and records how far later starts need not look).</summary>
    private int TryEmail(int i)
    {
        var t = _t;
        int p = i;
        while (p < t.Length && (char.IsAsciiLetterOrDigit(t[p]) || t[p] is '.' or '_' or '%' or '+' or '-')) p++;
        if (p < t.Length && t[p] == '@')
        {
            int q = p + 1, end = 0, labels = 0;
            while (true)
            {
                int start = q;
                while (q < t.Length && (char.IsAsciiLetterOrDigit(t[q]) || t[q] == '-')) q++;
                if (q == start) break;
                labels++;
                end = q;
                if (q + 1 < t.Length && t[q] == '.' && char.IsAsciiLetterOrDigit(t[q + 1])) { q++; continue; }
                break;
            }
            if (labels >= 2) return end;
        }
        _noEmailBefore = p;
        return 0;
    }
}
