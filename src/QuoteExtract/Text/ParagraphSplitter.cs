namespace QuoteExtract.Text;

/// <summary>
/// Finds paragraphs from line breaks (\n, \r\n, \r, U+2028, U+2029, U+0085).
/// </summary>
/// <remarks>
/// <para>Every non-blank line is a paragraph, trimmed of surrounding white space.</para>
/// <para>
/// Hard-wrapped text: when the document has at least one blank line (so blank lines are what
/// separate paragraphs), a single line break is joined over when it looks like wrapping, i.e. the
/// line before does not end in sentence or closing punctuation (. ! ? : ; … ” " ’ ' » ) and the
/// like) and the next line starts with a lowercase letter. U+2029 is an explicit paragraph
/// separator and is never joined over. Two linear passes: collect lines, then merge.
/// </para>
/// </remarks>
public static class ParagraphSplitter
{
    /// <summary>Paragraph spans, trimmed of surrounding white space; blank lines yield none.</summary>
    public static Paragraph[] Split(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];

        // Pass 1: trimmed non-blank lines, each with whether a blank line (or U+2029) precedes it.
        var lines = new List<Line>();
        bool hasBlankLine = false, gapBefore = false;
        int i = 0;
        while (i <= text.Length)
        {
            int lineStart = i;
            int toBreak = text.AsSpan(i).IndexOfAny(s_lineBreaks); // vectorised
            i = toBreak < 0 ? text.Length : i + toBreak;
            int lineEnd = i;
            bool hardBreak = i < text.Length && text[i] == '\u2029';
            // Step over the break; \r\n counts as one.
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i += 2;
            else i++;

            var (s, e) = Trim(text, lineStart, lineEnd);
            if (s == e)
            {
                // Blank line; the empty remainder after a final break is not one.
                if (lineEnd < text.Length || lineStart < lineEnd) gapBefore = true;
            }
            else
            {
                if (gapBefore && lines.Count > 0) hasBlankLine = true;
                lines.Add(new Line(s, e, gapBefore));
                gapBefore = false;
            }
            if (hardBreak) gapBefore = true;
        }

        // Pass 2: merge wrapped lines (only in documents that separate paragraphs by blank lines).
        var result = new List<Paragraph>(lines.Count);
        for (int k = 0; k < lines.Count; k++)
        {
            int start = lines[k].Start, end = lines[k].End;
            while (hasBlankLine && k + 1 < lines.Count && !lines[k + 1].GapBefore
                   && LooksWrapped(text, end, lines[k + 1].Start))
            {
                k++;
                end = lines[k].End;
            }
            result.Add(new Paragraph(new TextSpan(start, end)));
        }
        return [.. result];
    }

    private static readonly System.Buffers.SearchValues<char> s_lineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");

    private readonly record struct Line(int Start, int End, bool GapBefore);

    /// <summary>True for the characters that end a line.</summary>
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>White space that is trimmed off paragraph ends (including BOM and zero-width space).</summary>
    internal static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B';

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsTrimmable(text[start])) start++;
        while (end > start && IsTrimmable(text[end - 1])) end--;
        return (start, end);
    }

    // The previous line ends mid-sentence and the next continues in lowercase.
    private static bool LooksWrapped(string text, int prevEnd, int nextStart)
        => !EndsSentenceOrClause(text[prevEnd - 1]) && char.IsLower(text[nextStart]);

    private static bool EndsSentenceOrClause(char c) => c is '.' or '!' or '?' or ':' or ';' or '…'
        or '"' or '\'' or '\u201D' or '\u2019' or '\u201C' or '\u00BB' or '\u00AB' or '\u203A' or '\u2039'
        or '\u2033' or '\u301E' or '\u301F' or ')' or ']' or '}';
}
