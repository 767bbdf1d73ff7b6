using System.Globalization;

namespace QuoteExtract.Text;

/// <summary>The sentence splitter's worker: splits token ranges (one paragraph each) into sentences.</summary>
internal sealed class SentenceScanner(string text, Token[] tokens, QuoteRoles roles)
{
    private enum Terminal { None, Strong, Weak }

    private readonly SegmentedList<Sentence> _sentences = new(pooled: true);

    public Sentence[] ToArray() => _sentences.ToArrayAndRelease();

    /// <summary>The sentences in an array from <paramref name="layers"/>; returns how many (the list is released).</summary>
    public int ToLayer(DocumentLayers layers, out Sentence[] sentences)
    {
        int count = _sentences.Count;
        sentences = layers.Make<Sentence>(count);
        _sentences.CopyTo(sentences);
        _sentences.Release();
        return count;
    }

    /// <summary>Splits tokens <c>[a, b)</c>, which share one paragraph.</summary>
    public void SplitRange(int a, int b)
    {
        int start = a;
        int i = a;
        while (i < b)
        {
            // Words, numbers, quote marks and symbols (most tokens) neither end a sentence nor are classified.
            if ((MayEnd >> (int)tokens[i].Kind & 1) == 0) { i++; continue; }
            var kind = Classify(tokens[i], out bool glued);
            if (kind == Terminal.None && tokens[i].Kind != TokenKind.Abbreviation) { i++; continue; }

            int end = ConsumeClosers(i + 1, b, out bool closedQuote);
            // Any abbreviation or initial right before a closing quote mark ends what is quoted ("Plan B.” Then).
            if (closedQuote && tokens[i].Kind is TokenKind.Abbreviation or TokenKind.Initial) kind = Terminal.Strong;
            if (kind == Terminal.None) { i = end; continue; }
            if (end < b && ShouldSplit(kind, glued, i, start, end, b, closedQuote))
            {
                Add(start, end);
                start = end;
            }
            i = end;
        }
        if (start < b) Add(start, b);
    }

    private const uint MayEnd = 1u << (int)TokenKind.Punctuation | 1u << (int)TokenKind.Ellipsis | 1u << (int)TokenKind.Initial
        | 1u << (int)TokenKind.Abbreviation;

    private void Add(int first, int end) =>
        _sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end - first));

    /// <summary>How strongly token <paramref name="t"/> ends a sentence; <paramref name="glued"/> for CJK stops, which need no space after.</summary>
    private Terminal Classify(Token t, out bool glued)
    {
        glued = false;
        switch (t.Kind)
        {
            case TokenKind.Punctuation when t.Length == 1:
                char c = text[t.Start];
                if (c is '.' or '!' or '?' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u061F') return Terminal.Strong;
                glued = c is '\u3002' or '\uFF01' or '\uFF1F';
                return glued ? Terminal.Strong : Terminal.None;
            case TokenKind.Ellipsis:
                return Terminal.Weak;
            case TokenKind.Initial:
                // Only before a clause opener: "vitamin D. The…" ends, "John J. Smith" never does.
                return Terminal.Weak;
            case TokenKind.Abbreviation:
                return Abbreviations.CanEndSentence(t.Chars(text)) ? Terminal.Weak : Terminal.None;
            default:
                return Terminal.None;
        }
    }

    /// <summary>Past further terminal punctuation, closing quote marks and closing brackets glued to the terminal.</summary>
    private int ConsumeClosers(int j, int b, out bool closedQuote)
    {
        closedQuote = false;
        while (j < b && tokens[j].Start == tokens[j - 1].End)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Ellipsis || (t.Kind == TokenKind.Punctuation && Classify(t, out _) == Terminal.Strong)) { j++; continue; }
            if (t.Kind == TokenKind.QuoteMark && IsClosingMark(j, b)) { closedQuote = true; j++; continue; }
            if (t.Kind == TokenKind.Punctuation && t.Length == 1
                && CharUnicodeInfo.GetUnicodeCategory(text[t.Start]) == UnicodeCategory.ClosePunctuation) { j++; continue; }
            break;
        }
        return j;
    }

    /// <summary>
    /// A quote mark glued to terminal punctuation closes a quote unless the quote-mark stage says otherwise,
    /// it is a low opening mark („ ‚), or a word is glued to its other side.
    /// </summary>
    private bool IsClosingMark(int j, int b)
    {
        var t = tokens[j];
        if (roles.IsClosing(t.Start) is bool known) return known;
        if (TextChars.IsOpeningOnlyQuoteMark(text[t.Start])) return false;
        if (j + 1 >= b || tokens[j + 1].Start != t.End) return true;
        return tokens[j + 1].Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Ellipsis;
    }

    private bool ShouldSplit(Terminal kind, bool glued, int term, int start, int end, int b, bool closedQuote)
    {
        var prev = tokens[end - 1];
        var next = tokens[end];
        // "Yahoo!Inc", "said.The": no space, no split; a closing quote mark is evidence enough ("No.”Then).
        if (!glued && next.Start == prev.End && !(closedQuote && prev.Kind == TokenKind.QuoteMark)) return false;
        // "1." of a numbered list
        if (end - start == 2 && tokens[start].Kind == TokenKind.Number && !closedQuote) return false;

        switch (next.Kind)
        {
            case TokenKind.Word:
                if (char.IsLower(text[next.Start])) return false;
                if (kind == Terminal.Weak) return SentenceCues.IsStarter(next.Chars(text));
                return !(closedQuote && IsAttributionTail(end, b, text[tokens[term].End - 1]));
            case TokenKind.Number:
                return kind == Terminal.Strong;
            case TokenKind.Abbreviation or TokenKind.Initial:
                return kind == Terminal.Strong && char.IsUpper(text[next.Start]);
            case TokenKind.QuoteMark:
                // after a weak terminal only a clause opener: "at 5 p.m. “We…" splits, "John J. “Jack” Smith" does not
                return OpensCapitalised(end + 1, b, kind == Terminal.Weak);
            case TokenKind.Punctuation:
                // ( [ ¿ ¡ before a capital
                char c = text[next.Start];
                bool opener = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OpenPunctuation || c is '\u00BF' or '\u00A1';
                return opener && kind == Terminal.Strong && OpensCapitalised(end + 1, b, false);
            case TokenKind.Symbol:
                return kind == Terminal.Strong && CharUnicodeInfo.GetUnicodeCategory(text, next.Start) == UnicodeCategory.CurrencySymbol;
            default:
                return false;
        }
    }

    /// <summary>Does token <paramref name="k"/> (after an opening mark) start with a capital or a number, or with a clause opener when <paramref name="starterOnly"/>?</summary>
    private bool OpensCapitalised(int k, int b, bool starterOnly)
    {
        // skip nested opening marks: “‘Yes
        while (k < b && tokens[k].Kind == TokenKind.QuoteMark && k < b - 1) k++;
        if (k >= b) return false;
        var t = tokens[k];
        if (starterOnly) return t.Kind == TokenKind.Word && !char.IsLower(text[t.Start]) && SentenceCues.IsStarter(t.Chars(text));
        return t.Kind == TokenKind.Number
            || (t.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial && !char.IsLower(text[t.Start]));
    }

    /// <summary>
    /// After a closing quote: a short capitalised name or pronoun and a lower-case reporting verb
    /// ("“Why?” Smith asked.") belong to the quote's sentence. After a period the verb must end the clause
    /// ("“No.” She said."), since "“No.” He said the plan…" is a new sentence.
    /// </summary>
    private bool IsAttributionTail(int k, int b, char terminal)
    {
        int names = 0;
        while (k < b && names < 4 && tokens[k].Kind is TokenKind.Word or TokenKind.Initial or TokenKind.Abbreviation
               && char.IsUpper(text[tokens[k].Start]))
        {
            k++;
            names++;
        }
        if (names == 0 || k >= b || tokens[k].Kind != TokenKind.Word || !char.IsLower(text[tokens[k].Start])) return false;
        if (!SentenceCues.IsReportingVerb(tokens[k].Chars(text))) return false;
        if (terminal != '.') return true;
        if (k + 1 >= b) return true;
        var after = tokens[k + 1];
        return after.Kind == TokenKind.Punctuation && text[after.Start] is '.' or ',' or ';';
    }
}
