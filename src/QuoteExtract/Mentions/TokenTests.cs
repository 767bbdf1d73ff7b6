using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Mentions;

/// <summary>Small word-level questions the rules ask about tokens.</summary>
internal static class TokenTests
{
    /// <summary>True when token <paramref name="i"/> is in class <paramref name="c"/> (one array read).</summary>
    public static bool Has(this Document doc, int i, WordClass c) => (doc.WordClasses[i] & c) != 0;

    /// <summary>
    /// Whether the word of token <paramref name="i"/> is in <paramref name="list"/>, the list behind word class
    /// <paramref name="c"/>: read off the token's word classes where they were looked up (a word, an abbreviation, an
    /// initial, a clitic), else asked of the list.
    /// </summary>
    public static bool InClassList(this Document doc, int i, WordClass c, WordList list) =>
        doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Clitic ? doc.Has(i, c) : doc.Words(list).Contains(doc.TokenText(i));

    public static bool IsWordLike(this Document doc, int i) =>
        doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial;

    /// <summary>A word starting with an upper-case letter.</summary>
    /// <remarks>(The kind first: a document of quote marks alone never has its word classes computed.)</remarks>
    public static bool IsCapitalized(this Document doc, int i) =>
        (uint)i < (uint)doc.Tokens.Length && doc.IsWordLike(i) && doc.Has(i, WordClass.Capitalized);

    /// <summary>A capitalised word that can be part of a proper name (not a function word, not a title).</summary>
    public static bool IsNameWord(this Document doc, int i)
    {
        if ((uint)i >= (uint)doc.Tokens.Length || !doc.IsWordLike(i)) return false;
        var c = doc.WordClasses[i];
        if ((c & WordClass.Capitalized) == 0) return false;
        // (The rules below first, the honorific after: a word they let through is a name either way, and the honorific
        // is a set lookup.)
        // "Officials said …", "Analysts say …": a capitalised group noun at a sentence start is not a name.
        if ((c & (WordClass.NotName | WordClass.Title)) == 0 && !((c & WordClass.GroupHead) != 0 && doc.TokenText(i) is { Length: > 1 } t && char.IsLower(t[1])))
            return true;
        // "Mr. March", "Dr. May": after an honorific a capitalised word is a name, whatever else it is.
        return i > 0 && (c & (WordClass.Determiner | WordClass.Pronoun)) == 0 && doc.Words(WordList.NameHonorifics).Contains(doc.TokenText(i - 1));
    }

    public static bool Is(this Document doc, int i, string word) =>
        i >= 0 && i < doc.Tokens.Length && doc.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsPunct(this Document doc, int i, char c)
    {
        if (i < 0 || i >= doc.Tokens.Length) return false;
        var t = doc.Tokens[i];
        return t.Kind is TokenKind.Punctuation or TokenKind.Dash && t.Length == 1 && doc.Text[t.Start] == c;
    }

    public static bool IsPossessive(this Document doc, int i)
    {
        if (doc.Tokens[i].Kind != TokenKind.Clitic) return false;
        var t = doc.TokenText(i);
        // "he's hoping", "it's clear", "that's why": after a pronoun the clitic is "is" or "has", not a possessive.
        if (i > 0 && doc.Tokens[i - 1].Kind == TokenKind.Word && doc.Words(WordList.ContractingPronouns).Contains(doc.TokenText(i - 1))) return false;
        return t.Length == 1 || (t.Length == 2 && (t[1] == 's' || t[1] == 'S'));
    }

    /// <summary>Letters in <paramref name="span"/>, none of them lower-case ("WASHINGTON", "JANE ROE").</summary>
    public static bool IsAllCaps(this Document doc, TextSpan span)
    {
        bool letters = false;
        foreach (var c in doc.Slice(span))
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }
        return letters;
    }

    /// <summary>Sentence-ending punctuation.</summary>
    public static bool IsTerminal(this Document doc, int i)
    {
        var t = doc.Tokens[i];
        if (t.Kind == TokenKind.Ellipsis) return false;
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = doc.Text[t.Start];
        return c is '.' or '!' or '?';
    }

    /// <summary>Counts letters and digits in a span.</summary>
    public static int AlphanumericCount(this Document doc, TextSpan span)
    {
        int n = 0;
        foreach (var c in doc.Slice(span)) if (char.IsLetterOrDigit(c)) n++;
        return n;
    }

    /// <summary>Counts word and number tokens inside a span.</summary>
    public static int WordCount(this Document doc, TextSpan span)
    {
        int n = 0;
        for (int i = doc.TokenAtOrAfter(span.Start); i < doc.Tokens.Length && doc.Tokens[i].Start < span.End; i++)
            if (doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation) n++;
        return n;
    }

    /// <summary>
    /// Whether the words of <c>[from, end)</c> are set in title case ("A World at War", "Three Generations That Built an
    /// Empire"): at least three words, and all but the short ones capitalised.
    /// </summary>
    public static bool IsTitleCase(this Document doc, int from, int end)
    {
        int words = 0, capitals = 0, lower = 0;
        for (int i = from; i < end && i - from <= 30; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            words++;
            var w = doc.TokenText(i);
            if (char.IsUpper(w[0])) capitals++;
            else if (w.Length > 3) lower++;
        }
        return words >= 3 && lower == 0 && capitals * 2 > words;
    }
}
