using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// Keeps quotes apart: two contents either nest or do not touch. Where rules produced crossing contents
/// (run-on text with no space after a full stop can do that), the reported clause is cut back at the other
/// quote, and when nothing sensible is left the less likely one is dropped.
/// </summary>
internal static class OverlapResolver
{
    /// <summary>Resolves crossing contents in <paramref name="doc"/>'s attributions (dropped ones get an empty content).</summary>
    public static void Resolve(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var attributions = doc.Attributions;
        var order = ScratchArray.Rent<int>(attributions.Count);
        var open = ScratchArray.Rent<int>(attributions.Count); // kept contents that may still contain what comes next, outermost first
        try
        {
            int count = 0, opened = 0;
            for (int i = 0; i < attributions.Count; i++) if (!attributions[i].Content.IsEmpty) order[count++] = i;
            // (By start, the longer first; the same sort a list's would be, so ties keep the same order.)
            Array.Sort(order, 0, count, new ByContent(attributions));
            foreach (int i in order.AsSpan(0, count))
            {
                var a = attributions[i];
                while (opened > 0 && attributions[open[opened - 1]].Content.End <= a.Content.Start) opened--;
                if (opened > 0)
                {
                    var k = attributions[open[opened - 1]];
                    if (a.Content.End > k.Content.End && !Fix(doc, k, a)) continue; // a was dropped
                    while (opened > 0 && attributions[open[opened - 1]].Content.End <= a.Content.Start) opened--;
                }
                if (!a.Content.IsEmpty) open[opened++] = i;
            }
        }
        finally
        {
            ScratchArray.Return(order);
            ScratchArray.Return(open);
        }
    }

    // Attributions by the start of their content, the longer of two first.
    private sealed class ByContent(List<QuoteAttribution> attributions) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var a = attributions[x].Content; var b = attributions[y].Content;
            return a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);
        }
    }

    // k starts first and a crosses its end. Returns false when a is dropped.
    private static bool Fix(Document doc, QuoteAttribution k, QuoteAttribution a)
    {
        // Quoted text is bounded by its marks; a reported clause is what gives way.
        if (k.QuotedSpan < 0 && Cut(doc, k, end: a.Content.Start)) return true;
        if (a.QuotedSpan < 0 && Cut(doc, a, start: k.Content.End)) return true;
        if (a.Confidence > k.Confidence && Cut(doc, k, end: a.Content.Start)) return true;
        if (a.Confidence > k.Confidence) { k.Content = default; return true; }
        a.Content = default;
        return false;
    }

    // Shortens a content to whole tokens inside the new bounds; false when under three words would be left.
    private static bool Cut(Document doc, QuoteAttribution q, int start = -1, int end = -1)
    {
        int from = start < 0 ? q.Content.Start : Math.Max(q.Content.Start, start);
        int to = end < 0 ? q.Content.End : Math.Min(q.Content.End, end);
        int first = doc.TokenAtOrAfter(from), last = doc.TokenAtOrAfter(to) - 1;
        while (last >= first && doc.Tokens[last].End > to) last--;
        while (first <= last && doc.Tokens[first].Kind is TokenKind.Punctuation or TokenKind.Dash) first++;
        while (last >= first && doc.Tokens[last].Kind is TokenKind.Punctuation or TokenKind.Dash) last--;
        if (last < first) return false;
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End);
        if (doc.WordCount(span) < 3) return false;
        q.Content = span;
        return true;
    }
}
