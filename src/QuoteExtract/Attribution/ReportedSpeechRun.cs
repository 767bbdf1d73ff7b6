using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

/// <summary>
/// One run of <see cref="ReportedSpeechStage"/> on one document, passed to its steps and readings: which tokens earlier
/// quotes and reports have taken, the earlier stage's speakers by position and the extents of its quotes; and the gate
/// every candidate of the stage goes through (<see cref="TryAdd"/>). Nothing of it outlives the run.
/// </summary>
internal sealed class ReportedSpeechRun
{
    /// <summary>Starts a run on <paramref name="doc"/>: the tokens taken by the quoted-speech stage, its speakers and quotes.</summary>
    public ReportedSpeechRun(Document doc)
    {
        Document = doc;
        Used = new TakenTokens(doc.Tokens.Length);
        (_quoteExtents, _quoteExtentCount) = TakeEarlierAttributions(doc, Used);
        (_earlierSources, _earlierSourceCount) = SourcesByPosition(doc);
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The tokens taken by attributions kept so far (quoted speech, its cues and speakers, all quoted text, then reports).</summary>
    public TakenTokens Used { get; }

    /// <summary>
    /// The speakers of the quotes the quoted-speech stage found, by first token (quotes of one speaker in the order found),
    /// so "…, saying X" can find the sentence's speaker without scanning every attribution.
    /// </summary>
    public ReadOnlySpan<Mention> EarlierSources => _earlierSources.AsSpan(0, _earlierSourceCount);

    // (Both arrays are rented for the run, as the taken tokens' bits are: they were a twentieth of the stage's allocation.)
    private Mention[] _earlierSources;
    private readonly int _earlierSourceCount;

    // The extents (content, cue and nearby speaker) of the earlier stage's quotes, by start: a report may contain a whole
    // quote ("X says if … he'd be yelling “Vote for me.”"), never part of one.
    private TextSpan[] _quoteExtents;
    private readonly int _quoteExtentCount;

    /// <summary>Gives the pooled bits and arrays back once the stage is done.</summary>
    public void Release()
    {
        Used.Release();
        ScratchArray.Return(_quoteExtents);
        ScratchArray.Return(_earlierSources);
        _quoteExtents = [];
        _earlierSources = [];
    }

    // Marks what the earlier stage's attributions take, and returns their extents by start (in a rented array) and how many.
    private static (TextSpan[] Extents, int Count) TakeEarlierAttributions(Document doc, TakenTokens used)
    {
        if (doc.Attributions.Count == 0) return ([], 0);
        var extents = ScratchArray.Rent<TextSpan>(doc.Attributions.Count);
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
        Array.Sort(extents, 0, n, ExtentOrder.Instance);
        return (extents, n);
    }

    // The speakers of the quotes found so far, by first token (quotes of one speaker in the order found), in a rented
    // array, and how many.
    private static (Mention[] Sources, int Count) SourcesByPosition(Document doc)
    {
        var attributions = doc.Attributions;
        int n = 0;
        foreach (var a in attributions) if (a.Source is not null) n++;
        if (n == 0) return ([], 0);
        var sources = ScratchArray.Rent<Mention>(n);
        bool sorted = true;
        n = 0;
        foreach (var a in attributions)
        {
            if (a.Source is not { } source) continue;
            sorted &= n == 0 || sources[n - 1].FirstToken <= source.FirstToken;
            sources[n++] = source;
        }
        if (sorted) return (sources, n);
        // (A stable order: the key holds the position found after the first token, so no two keys are equal.)
        var keys = ScratchArray.Rent<long>(n);
        try
        {
            for (int k = 0; k < n; k++) keys[k] = (long)sources[k].FirstToken << 32 | (uint)k;
            Array.Sort(keys, sources, 0, n);
        }
        finally { ScratchArray.Return(keys); }
        return (sources, n);
    }

    // By start, the longer of two first.
    private sealed class ExtentOrder : IComparer<TextSpan>
    {
        public static readonly ExtentOrder Instance = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End);
    }

    // The outermost earlier quote (content, cue and nearby speaker) holding an offset, or an empty span: a binary
    // search, then a few steps back over quotes that start before it.
    private TextSpan QuoteExtentAt(int offset)
    {
        var extents = _quoteExtents.AsSpan(0, _quoteExtentCount);
        if (extents.Length == 0) return default;
        int lo = 0, hi = extents.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (extents[mid].Start <= offset) lo = mid + 1; else hi = mid; }
        TextSpan found = default;
        for (int k = lo - 1; k >= 0 && lo - k <= 8; k--)
            if (extents[k].Contains(offset)) found = extents[k];
        return found;
    }

    /// <summary>
    /// The stage's gate: keeps a candidate that overlaps nothing taken and that the model (when there is one) accepts.
    /// A headline's attribution by dash or colon is explicit: the model scores it but does not veto it (PolNeAR leaves
    /// most headlines unannotated, so the model learned to doubt them).
    /// </summary>
    public bool TryAdd(QuoteAttribution a, bool explicitRule = false)
    {
        var doc = Document;
        if (!doc.Options.AttributionRules.IsOn(a.Rule) || Overlaps(a)) return false;
        a.Kind = ContainsQuote(doc, a.Content) ? QuoteKind.Mixed : QuoteKind.Indirect;
        if (!AttributionGate.Accepts(doc, a, explicitRule)) return false;
        // Too short to return ("He said: “x.”"): its words are taken as if it were kept, so no other reading claims
        // them, but no object is kept for it (a document of such lines held one every 14 characters until the end).
        if (HasAlphanumerics(doc, a.Content, doc.Options.MinimumQuoteLength)) doc.Attributions.Add(a);
        Mark(a);
        return true;
    }

    /// <summary>Takes the tokens of <paramref name="a"/>'s content, cue and speaker.</summary>
    public void Mark(QuoteAttribution a) => Mark(Document, Used, a);

    private static void Mark(Document doc, TakenTokens used, QuoteAttribution a)
    {
        MarkSpan(doc, used, a.Content);
        if (a.Cue is { } c) MarkSpan(doc, used, c);
        if (a.Source is { } s) MarkSpan(doc, used, s.Span);
    }

    // The tokens that start before the span's end, from the one holding its start: up to the token holding the end
    // (or the first after it), that one too when it starts before the end.
    private static void MarkSpan(Document doc, TakenTokens used, TextSpan span)
    {
        int first = doc.TokenAtOrAfter(span.Start), end = doc.TokenAtOrAfter(span.End);
        if (end < used.Length && doc.Tokens[end].Start < span.End) end++;
        used.Take(first, Math.Min(end, used.Length));
    }

    private static bool Near(TextSpan content, TextSpan other) => other.End >= content.Start - 200 && other.Start <= content.End + 200;

    /// <summary>Whether <paramref name="a"/> would use a token taken, other than a whole earlier quote nested in it or a shared speaker.</summary>
    public bool Overlaps(QuoteAttribution a)
    {
        var doc = Document;
        var used = Used;
        for (int i = doc.TokenAtOrAfter(a.Content.Start); i < used.Length && doc.Tokens[i].Start < a.Content.End; i++)
        {
            if (!used[i]) continue;
            // A whole quote of the earlier stage inside the content nests in it (its tokens are skipped at once).
            // (Only in a report that follows its cue: "…,” Lee said, explaining X" holds no quote before its cue.)
            if (a.Cue is { } cue && cue.End <= a.Content.Start && QuoteExtentAt(doc.Tokens[i].Start) is { IsEmpty: false } extent
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
        var sources = EarlierSources;
        for (int k = CueFinder.FirstSourceFrom(sources, first); k < sources.Length && sources[k].FirstToken == first; k++)
            if (sources[k].Span == s.Span) return false;
        return true;
    }
}
