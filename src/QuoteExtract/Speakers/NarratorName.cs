using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// The name of the document's own first-person voice (the "I" outside any quote: a columnist, a letter's writer, a
/// host), where the text gives it: a byline ("By Dana Reyes" on a line of its own near the top), a self-introduction
/// ("My name is Dana Reyes", "I'm Dana Reyes", "Dana Reyes here"), or a signature (a letter's last line, "Dana Reyes", after "Sincerely,").
/// </summary>
internal static class NarratorName
{
    // How far into the document a byline may stand (in paragraphs), and how far from the end a signature.
    private const int BylineParagraphs = 4;
    private const int SignatureParagraphs = 4;

    /// <summary>The token range of the narrator's name, or null when the text gives none.</summary>
    public static (int First, int End)? Find(Document doc)
    {
        if (doc.Paragraphs.Length == 0 || doc.Tokens.Length == 0) return null;
        return Byline(doc) ?? SelfIntroduction(doc) ?? Signature(doc);
    }

    // "By Dana Reyes" alone on its line among the first paragraphs (one author: "By A and B" is no single voice).
    private static (int, int)? Byline(Document doc)
    {
        for (int p = 0; p < doc.Paragraphs.Length && p < BylineParagraphs; p++)
        {
            var (first, end) = TokensOf(doc, p);
            if (end - first < 2 || !doc.Is(first, "by")) continue;
            if (NameRun(doc, first + 1, end) is { } run && run.End == end) return run;
        }
        return null;
    }

    // "My name is Dana Reyes", "I'm Dana Reyes", "I am Dana Reyes" outside quotes; a lone word only when it is a known
    // first name ("I'm Dana"), so that "I am Canadian" names nobody.
    private static (int, int)? SelfIntroduction(Document doc)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            // (Only "my", "here" and "i" open one: a length and a first-letter test first, as most tokens are none of them.
            // c | 0x20 is m, h or i only for that letter in either case.)
            int length = tokens[i].Length;
            if (length is not (1 or 2 or 4)) continue;
            int first = text[tokens[i].Start] | 0x20;
            int next;
            if (length == 2 && first == 'm' && doc.Is(i, "my") && doc.Is(i + 1, "name") && doc.Is(i + 2, "is")) next = i + 3;
            // "Dana Reyes here and welcome back": a host opening a show.
            else if (length == 4 && first == 'h' && doc.Is(i, "here") && i > 0 && doc.IsNameWord(i - 1) && (i + 1 == tokens.Length || doc.Is(i + 1, "and") || doc.Tokens[i + 1].Kind == TokenKind.Punctuation)
                && HostName(doc, i) is { } host) return host;
            else if (length == 1 && first == 'i' && doc.Is(i, "i") && tokens[i].Kind == TokenKind.Word && (doc.Is(i + 1, "am") || doc.Is(i + 1, "'m") || doc.Is(i + 1, "’m"))) next = i + 2;
            else continue;
            if (doc.IsInQuoteMarks(tokens[i].Start) || NameRun(doc, next, tokens.Length) is not { } run) continue;
            if (run.End - run.First >= 2 || FirstNames.TryGet(doc.TokenText(run.First).ToString().ToLowerInvariant(), out _)) return run;
        }
        return null;
    }

    // The name run ending right before "here" that opens its sentence.
    private static (int, int)? HostName(Document doc, int here)
    {
        int first = here - 1;
        while (first > 0 && (doc.IsNameWord(first - 1) || doc.Tokens[first - 1].Kind == TokenKind.Initial)) first--;
        int sentence = doc.SentenceOfToken(first);
        if (sentence < 0 || doc.Sentences[sentence].FirstToken != first || doc.IsInQuoteMarks(doc.Tokens[first].Start)) return null;
        return here - first >= 2 || FirstNames.TryGet(doc.TokenText(first).ToString().ToLowerInvariant(), out _) ? (first, here) : null;
    }

    // A letter's signature: a line that is a name and nothing else after a closing line ("Love and best wishes,\n\nDana")
    // among the last lines, or the very last line when it is a full name ("Dana Reyes").
    private static (int, int)? Signature(Document doc)
    {
        int last = doc.Paragraphs.Length - 1;
        for (int p = last; p >= 0 && p >= last - SignatureParagraphs; p--)
        {
            var (first, end) = TokensOf(doc, p);
            // (A closing word may share the line: "Yours, Dana Reyes".)
            int name = first;
            while (name < end && !doc.IsNameWord(name)) name++;
            if (end - name is < 1 or > 5 || NameRun(doc, name, end) is not { } run || run.End != end) continue;
            bool afterClosing = name > first && doc.IsPunct(name - 1, ',') || p > 0 && EndsWithComma(doc, p - 1);
            if (afterClosing || p == last && end - name >= 2 && name == first) return run;
        }
        return null;
    }

    private static bool EndsWithComma(Document doc, int paragraph)
    {
        var span = doc.Paragraphs[paragraph].Span;
        int end = doc.TokenAtOrAfter(span.End);
        return end > 0 && doc.IsPunct(end - 1, ',') && doc.Tokens[end - 1].Start >= span.Start;
    }

    // Name words from first on (initials and particles inside), not past end; null when the first is no name word.
    private static (int First, int End)? NameRun(Document doc, int first, int end)
    {
        int i = first;
        while (i < end && (doc.IsNameWord(i) || doc.Tokens[i].Kind == TokenKind.Initial)) i++;
        return i > first ? (first, i) : null;
    }

    private static (int First, int End) TokensOf(Document doc, int paragraph)
    {
        var span = doc.Paragraphs[paragraph].Span;
        int first = doc.TokenAtOrAfter(span.Start), end = doc.TokenAtOrAfter(span.End);
        // (A paragraph's closing full stop is no part of the line's words.)
        while (end > first && doc.Tokens[end - 1].Kind == TokenKind.Punctuation && doc.IsTerminal(end - 1)) end--;
        return (first, end);
    }
}
