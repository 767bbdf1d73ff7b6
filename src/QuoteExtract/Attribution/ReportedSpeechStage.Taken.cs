using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// Which tokens earlier reports and quotes have taken, and whether a candidate may still use them.
internal sealed partial class ReportedSpeechStage
{
    // Tokens already taken by earlier stages: quoted speech, its cues and speakers, and all quoted text.
    private static TakenTokens UsedTokens(Document doc)
    {
        var used = new TakenTokens(doc.Tokens.Length);
        var extents = new TextSpan[doc.Attributions.Count];
        int n = 0;
        foreach (var a in doc.Attributions)
        {
            Mark(doc, used, a);
            // (A continuation's speaker may stand paragraphs away: only a speaker and cue next to the content count.)
            int start = a.Content.Start, end = a.Content.End;
            if (a.Cue is { } c && Near(a.Content, c)) (start, end) = (Math.Min(start, c.Start), Math.Max(end, c.End));
            if (a.Source is { } s && Near(a.Content, s.Span)) (start, end) = (Math.Min(start, s.Span.Start), Math.Max(end, s.Span.End));
            if (end > start) extents[n++] = new TextSpan(start, end);
        }
        if (n < extents.Length) Array.Resize(ref extents, n);
        Array.Sort(extents, ExtentOrder.Instance);
        doc.QuoteExtents = extents;
        return used;
    }

    // By start, the longer of two first.
    private sealed class ExtentOrder : IComparer<TextSpan>
    {
        public static readonly ExtentOrder Instance = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End);
    }

    // The outermost earlier quote (content, cue and nearby speaker) holding an offset, or an empty span: a binary
    // search, then a few steps back over quotes that start before it.
    private static TextSpan QuoteExtentAt(Document doc, int offset)
    {
        if (doc.QuoteExtents is not { Length: > 0 } extents) return default;
        int lo = 0, hi = extents.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (extents[mid].Start <= offset) lo = mid + 1; else hi = mid; }
        TextSpan found = default;
        for (int k = lo - 1; k >= 0 && lo - k <= 8; k--)
            if (extents[k].Contains(offset)) found = extents[k];
        return found;
    }

    internal static void Mark(Document doc, TakenTokens used, QuoteAttribution a)
    {
        MarkSpan(doc, used, a.Content);
        if (a.Cue is { } c) MarkSpan(doc, used, c);
        if (a.Source is { } s) MarkSpan(doc, used, s.Span);
    }

    private static void MarkSpan(Document doc, TakenTokens used, TextSpan span)
    {
        for (int i = doc.TokenAtOrAfter(span.Start); i < used.Length && doc.Tokens[i].Start < span.End; i++) used[i] = true;
    }

    private static bool Near(TextSpan content, TextSpan other) => other.End >= content.Start - 200 && other.Start <= content.End + 200;

    internal static bool Overlaps(Document doc, TakenTokens used, QuoteAttribution a)
    {
        for (int i = doc.TokenAtOrAfter(a.Content.Start); i < used.Length && doc.Tokens[i].Start < a.Content.End; i++)
        {
            if (!used[i]) continue;
            // A whole quote of the earlier stage inside the content nests in it (its tokens are skipped at once).
            // (Only in a report that follows its cue: "…,” Lee said, explaining X" holds no quote before its cue.)
            if (a.Cue is { } cue && cue.End <= a.Content.Start && QuoteExtentAt(doc, doc.Tokens[i].Start) is { IsEmpty: false } extent
                && a.Content.Contains(extent) && (a.Source is null || !a.Source.Span.Overlaps(extent)))
            {
                i = Math.Max(i, doc.TokenAtOrAfter(extent.End) - 1); // (always forward)
                continue;
            }
            return true;
        }
        if (a.Source is not { } s) return false;
        int first = doc.TokenAtOrAfter(s.Span.Start);
        if (first >= used.Length || !used[first]) return false;
        // A subject shared by coordinated cues ("X said A and warned B", "…, arguing that C") speaks each of them.
        // It is in the same sentence: the latest attributions are enough to look at (and keep the work bounded).
        for (int k = doc.Attributions.Count - 1; k >= 0 && k >= doc.Attributions.Count - 16; k--)
            if (doc.Attributions[k].Source is { } o && o.Span == s.Span) return false;
        // Or the speaker of a quote found by the quoted-speech stage ("“…,” she said, adding that …").
        if (doc.EarlierSources is { } sources)
        {
            for (int k = CueFinder.FirstSourceFrom(sources, first); k < sources.Length && sources[k].FirstToken == first; k++)
                if (sources[k].Span == s.Span) return false;
        }
        return true;
    }
}
