namespace QuoteExtract.Text;

/// <summary>
/// Finds paragraphs from line breaks (\n, \r\n, \r, U+2028, U+2029, U+0085).
/// </summary>
/// <remarks>
/// <para>Every non-blank line is a paragraph, trimmed of surrounding white space, unless the document
/// is hard-wrapped. A paragraph of several lines keeps its line breaks: its span runs from the first
/// line's start to the last line's end, so offsets stay those of the original text.</para>
/// <para>
/// Hard-wrapped text (plain-text archives, e-mail) is recognised from the document as a whole: the
/// lines followed by another line (not by a blank one) mostly come near one width (20 to 160
/// characters), the next line's first word would not have fitted on them, and most of them end
/// mid-sentence with a lowercase word on the next line. A news article stored one paragraph per
/// line fails this (its long lines end their sentences), and so do a list of headlines (their next
/// lines start with capitals) and chat (short lines with room left). In such a document a single
/// line break is wrapping, except before an indented line, after a markedly short line (the next
/// line's first word would have fitted), before a list item, after a title-case line (a headline)
/// or where an e-mail quote prefix (&gt;) starts or stops. Blank lines and U+2029 always separate.
/// </para>
/// <para>
/// In other documents with at least one blank line, a single line break is still joined over when
/// it looks like wrapping, i.e. the line before does not end in sentence or closing punctuation
/// (. ! ? : ; … ” " ’ ' » ) and the like) and the next line starts with a lowercase letter.
/// Three linear passes: collect lines, measure the document, merge.
/// </para>
/// </remarks>
internal static class ParagraphSplitter
{
    /// <summary>Paragraph spans, trimmed of surrounding white space; blank lines yield none.</summary>
    public static Paragraph[] Split(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];

        // Pass 1: trimmed non-blank lines, each with whether a blank line (or U+2029) precedes it.
        // (Segments: a document of one-line paragraphs has a line every few characters.)
        var lines = new SegmentedList<Line>(pooled: true);
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
                lines.Add(new Line(s, e, gapBefore, s - lineStart, e - lineStart));
                gapBefore = false;
            }
            if (hardBreak) gapBefore = true;
        }

        // Pass 2: is the document hard-wrapped, and at what width?
        int width = WrapWidth(text, lines);

        // Pass 3: merge wrapped lines.
        var result = new SegmentedList<Paragraph>(pooled: true);
        for (int k = 0; k < lines.Count; k++)
        {
            int start = lines[k].Start, end = lines[k].End;
            while (k + 1 < lines.Count && !lines[k + 1].GapBefore
                   && (width > 0 ? !BreaksWrapped(text, lines[k], lines[k + 1], width)
                                 : hasBlankLine && LooksWrapped(text, end, lines[k + 1].Start)))
            {
                k++;
                end = lines[k].End;
            }
            result.Add(new Paragraph(new TextSpan(start, end)));
        }
        lines.Release();
        return result.ToArrayAndRelease();
    }

    private static readonly System.Buffers.SearchValues<char> s_lineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");

    // Start and End are trimmed; Indent is the white space before Start, Width the line's length up to End.
    private readonly record struct Line(int Start, int End, bool GapBefore, int Indent, int Width);

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

    private const int MinWrapWidth = 20, MaxWrapWidth = 160;

    // The width a hard-wrapped document is wrapped at, or 0 when it is not hard-wrapped. Only the lines followed by
    // another line count (the last line of a block says nothing). The width is their 90th percentile (a few overlong
    // lines, such as web addresses, do not move it), read off a histogram, so the pass stays linear.
    private static int WrapWidth(string text, SegmentedList<Line> lines)
    {
        Span<int> histogram = stackalloc int[MaxWrapWidth + 2];
        int candidates = 0;
        for (int k = 0; k + 1 < lines.Count; k++)
        {
            if (lines[k + 1].GapBefore) continue;
            candidates++;
            histogram[Math.Min(lines[k].Width, MaxWrapWidth + 1)]++;
        }
        if (candidates < 3) return 0;
        int width = 0, below = 0;
        for (int w = 0; w < histogram.Length; w++)
        {
            below += histogram[w];
            if (below * 10 >= candidates * 9) { width = w; break; }
        }
        if (width < MinWrapWidth || width > MaxWrapWidth) return 0;

        // Near the width (the lines of a paragraph's body), the next line's first word too long to have fitted ("hey all\n
        // so the vote is in" is chat, not wrapping), ending mid-sentence, the next line going on in lowercase.
        int full = 0, overflow = 0, open = 0, lowerNext = 0;
        for (int k = 0; k + 1 < lines.Count; k++)
        {
            var line = lines[k];
            if (lines[k + 1].GapBefore || line.Width < width - Slack(width)) continue;
            full++;
            if (line.Width + 1 + FirstWordLength(text, lines[k + 1]) > width) overflow++;
            if (EndsSentenceOrClause(text[line.End - 1])) continue;
            open++;
            if (char.IsLower(text[lines[k + 1].Start])) lowerNext++;
        }
        return full * 2 >= candidates && overflow * 5 >= full * 4 && open * 2 >= full && lowerNext * 5 >= open * 2 ? width : 0;
    }

    // How much shorter than the width a wrapped line may fall (a long next word moves down whole).
    private static int Slack(int width) => Math.Max(12, width / 4);

    // In a hard-wrapped document, whether the break between two lines of a block ends a paragraph.
    private static bool BreaksWrapped(string text, Line line, Line next, int width)
    {
        bool item = IsListItem(text, line.Start, line.End);
        // An indented first line ("    The council met …"); a list item's hanging indent goes on with the item.
        if (next.Indent > line.Indent && !(item && next.Indent <= line.Indent + 4)) return true;
        // A markedly short line ends its paragraph, unless the next line's first word would not have fitted on it.
        if (line.Width < width - Slack(width) && line.Width + 1 + FirstWordLength(text, next) <= width) return true;
        // "What it means:" / "- the ferry runs …": list items after a finished line or another item ("- " after a
        // mid-sentence wrap is a dash); "> …": a quoted e-mail, starting or stopping.
        if (IsListItem(text, next.Start, next.End) && (item || EndsSentenceOrClause(text[line.End - 1]))) return true;
        if ((text[line.Start] == '>') != (text[next.Start] == '>')) return true;
        // "Council Votes to Close Harbor Bridge": a headline above the text.
        return IsTitleCase(text, line.Start, line.End);
    }

    private static int FirstWordLength(string text, Line line)
    {
        int n = 0;
        while (line.Start + n < line.End && !char.IsWhiteSpace(text[line.Start + n])) n++;
        return n;
    }

    // "- item", "* item", "• item", "1. item", "12) item", "(a) item".
    private static bool IsListItem(string text, int start, int end)
    {
        if (end - start < 3) return false;
        char c = text[start];
        if (c is '-' or '*' or '\u2022' or '\u00B7' or '+') return char.IsWhiteSpace(text[start + 1]);
        if (c == '(') return end - start > 3 && char.IsLetterOrDigit(text[start + 1]) && text[start + 2] == ')' && char.IsWhiteSpace(text[start + 3]);
        int j = start;
        while (j < end && j - start < 2 && char.IsAsciiDigit(text[j])) j++;
        return j > start && j + 1 < end && text[j] is '.' or ')' && char.IsWhiteSpace(text[j + 1]);
    }

    // Every word of four or more letters capitalised, at least three words, no sentence punctuation at the end.
    private static bool IsTitleCase(string text, int start, int end)
    {
        if (EndsSentenceOrClause(text[end - 1]) || text[end - 1] == ',') return false;
        int words = 0;
        for (int j = start; j < end;)
        {
            while (j < end && !char.IsLetter(text[j])) j++;
            if (j >= end) break;
            int w = j;
            while (j < end && (char.IsLetter(text[j]) || text[j] is '\'' or '\u2019' or '-')) j++;
            words++;
            if (j - w >= 4 && !char.IsUpper(text[w])) return false;
        }
        return words >= 3 && char.IsUpper(text[start]);
    }

    // The previous line ends mid-sentence and the next continues in lowercase.
    private static bool LooksWrapped(string text, int prevEnd, int nextStart)
        => !EndsSentenceOrClause(text[prevEnd - 1]) && char.IsLower(text[nextStart]);

    private static bool EndsSentenceOrClause(char c) => c is '.' or '!' or '?' or ':' or ';' or '…'
        or '"' or '\'' or '\u201D' or '\u2019' or '\u201C' or '\u00BB' or '\u00AB' or '\u203A' or '\u2039'
        or '\u2033' or '\u301E' or '\u301F' or ')' or ']' or '}';
}
