namespace QuoteExtract.Evaluation;

/// <summary>
/// Classifies gold content by its quote marks: <see cref="QuoteKind.Direct"/> when every letter and digit lies
/// inside quote marks (“…”, "…", ‘…’, '…'; punctuation and spaces around them do not count),
/// <see cref="QuoteKind.Mixed"/> when it has quote marks but also unquoted words, <see cref="QuoteKind.Indirect"/> otherwise.
/// </summary>
public static class GoldKind
{
    /// <summary>The kind of the content <paramref name="content"/>.</summary>
    public static QuoteKind Classify(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var quoted = new bool[content.Length];
        var hasMarks = MarkDoubleQuoted(content, quoted) | MarkSingleQuoted(content, quoted);
        if (!hasMarks) return QuoteKind.Indirect;
        for (var i = 0; i < content.Length; i++)
            if (!quoted[i] && char.IsLetterOrDigit(content[i])) return QuoteKind.Mixed;
        return QuoteKind.Direct;
    }

    /// <summary>The kind of the content at <paramref name="spans"/> in <paramref name="text"/>.</summary>
    public static QuoteKind Classify(string text, IReadOnlyList<TextSpan> spans) => Classify(GoldAttribution.TextOf(text, spans));

    // Double marks are unambiguous. An unclosed opening mark quotes to the end: annotators sometimes stop
    // the content before the closing mark of a quotation that runs on.
    private static bool MarkDoubleQuoted(string s, bool[] quoted)
    {
        var found = false;
        var open = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (open < 0 && c is '“' or '"' or '„' or '«')
            {
                open = i;
                found = true;
            }
            else if (open >= 0 && c is '”' or '"' or '»')
            {
                Array.Fill(quoted, true, open, i - open + 1);
                open = -1;
            }
            else if (c is '”' or '»')
            {
                // A closing mark with no opening one: the quotation began before the content did.
                Array.Fill(quoted, true, 0, i + 1);
                found = true;
            }
        }
        if (open >= 0) Array.Fill(quoted, true, open, s.Length - open);
        return found;
    }

    // Single marks double as apostrophes (Clinton’s, the Clintons’ house, ’90s): only a mark opening a word
    // paired with a later mark closing a word counts.
    private static bool MarkSingleQuoted(string s, bool[] quoted)
    {
        var found = false;
        for (var i = 0; i < s.Length; i++)
        {
            if (quoted[i] || s[i] is not ('‘' or '\'') || !OpensWord(s, i)) continue;
            for (var j = i + 1; j < s.Length; j++)
            {
                if (s[j] is ('’' or '\'') && ClosesWord(s, j))
                {
                    Array.Fill(quoted, true, i, j - i + 1);
                    found = true;
                    i = j;
                    break;
                }
            }
        }
        return found;
    }

    private static bool OpensWord(string s, int i) =>
        (i == 0 || !char.IsLetterOrDigit(s[i - 1])) && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);

    private static bool ClosesWord(string s, int i) =>
        i > 0 && !char.IsWhiteSpace(s[i - 1]) && (i + 1 == s.Length || !char.IsLetterOrDigit(s[i + 1]));
}
