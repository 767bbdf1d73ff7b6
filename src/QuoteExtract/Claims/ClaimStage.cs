using System.Runtime.InteropServices;
using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Claims;

/// <summary>
/// Derives claims: from every attribution (one per sentence of a quote; the denied proposition for
/// denials, the questioned one for questions) with its speaker as claimant, and from the article's
/// own voice (statements with numbers, quantities or comparisons) with no claimant. Each claim gets
/// a check-worthiness score from <see cref="ExtractorOptions.CheckWorthiness"/>.
/// </summary>
internal sealed class ClaimStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => PipelineStageNames.Claims;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = document;
        // Scratch of this call: which tokens an attribution covers, a bit a token (a byte a token was 12 MB of garbage at the
        // end of a 16 MiB input, where the command line's memory peaks), and the claims found (added to the document at once,
        // so its store is rented at its size instead of grown by doubling).
        int words = (doc.Tokens.Length + 63) >> 6;
        var covered = DocumentLayers.Scratch.Make<ulong>(words);
        var found = new Found(ScratchArray.Rent<ClaimEntry>(16));
        var contexts = new ClaimContexts(doc);
        try
        {
            Array.Clear(covered, 0, words);
            for (int ai = 0; ai < doc.Attributions.Count; ai++)
            {
                var a = doc.Attributions[ai];
                // No attribution at all ("the embassy denied visas to the team"): the article's own voice says it.
                if (a.Type is not { } type) continue;
                Cover(doc, covered, a.Content);
                if (a.Cue is { } cue) Cover(doc, covered, cue);
                if (a.Source is { } src) Cover(doc, covered, src.Span);
                // Claims come from what people said; a belief, a finding or a plan is held, not claimed.
                if (type == AttributionType.Speech) FromAttribution(doc, ref found, contexts, ai, a);
            }
            FromArticleVoice(doc, ref found, contexts, covered);
            doc.AddClaims(found.Items.AsSpan(0, found.Count));
        }
        finally
        {
            DocumentLayers.Scratch.Return(covered);
            ScratchArray.Return(found.Items);
            contexts.Dispose();
        }
        SortByStart(doc);
    }

    // The document's claims by where they start: the stored values, or the public list when a stage has read it.
    private static void SortByStart(Document doc)
    {
        var list = doc.ClaimListIfMade;
        var stored = doc.StoredClaims;
        int n = list?.Count ?? stored.Length;
        if (n < 2) return;
        var keys = ScratchArray.Rent<long>(n);
        var sorted = ScratchArray.Rent<long>(n);
        try
        {
            for (int i = 0; i < n; i++) keys[i] = (long)(list is null ? stored[i].Span.Start : list[i].Span.Start) << 32 | (uint)i;
            var order = OrderByStart(keys.AsSpan(0, n), sorted.AsSpan(0, n));
            if (list is null) Reorder(stored, order); else Reorder(CollectionsMarshal.AsSpan(list), order);
        }
        finally
        {
            ScratchArray.Return(keys);
            ScratchArray.Return(sorted);
        }
    }

    // The (start, index) keys of the claims in the order of their starts. With no two starts equal the order is the one any
    // sort makes, so it is made by sorting the numbers; with ties, by the list's sort as before (its moves hang on the
    // comparisons alone, so it moves the keys as it moved the claims), so ties keep the order they always had.
    private static ReadOnlySpan<long> OrderByStart(Span<long> keys, Span<long> sorted)
    {
        keys.CopyTo(sorted);
        sorted.Sort();
        for (int i = 1; i < sorted.Length; i++)
            if (sorted[i] >> 32 == sorted[i - 1] >> 32)
            {
                keys.Sort(static (x, y) => (x >> 32).CompareTo(y >> 32));
                return keys;
            }
        return sorted;
    }

    // Puts at i the item the low half of order[i] names.
    private static void Reorder<T>(Span<T> items, ReadOnlySpan<long> order)
    {
        var copy = ScratchArray.Rent<T>(items.Length);
        items.CopyTo(copy);
        for (int i = 0; i < items.Length; i++) items[i] = copy[(int)(uint)order[i]];
        ScratchArray.Return(copy);
    }

    private static void FromAttribution(Document doc, ref Found found, ClaimContexts contexts, int index, QuoteAttribution a)
    {
        var stance = StanceOf(doc, a);
        var content = a.Content;
        // "called the bill “a reckless gamble”": the claim is the naming, object and all.
        if (a.Kind == QuoteKind.Partial && a.Cue is { } cue && cue.End < content.Start && a.Rule == AttributionRuleId.NamingPartial)
        {
            // Through the closing mark, so the quoted name stays whole.
            int close = a.QuotedSpan >= 0 ? doc.Quotes[a.QuotedSpan].Outer.End : content.End;
            content = new TextSpan(SkipSpace(doc, cue.End), Math.Max(close, content.End));
        }

        int first = doc.TokenAtOrAfter(content.Start), end = doc.TokenAtOrAfter(content.End);
        if (first >= end) return;
        first = SkipLead(doc, first, end, stance);

        // One claim per sentence of the content (a multi-sentence quote makes several claims).
        int start = first;
        for (int i = first; i < end; i++)
        {
            bool last = i == end - 1;
            bool boundary = doc.IsTerminal(i) && i + 1 < end && SentenceStartsAt(doc, i + 1);
            if (!boundary && !last) continue;
            Add(doc, ref found, contexts, start, i + 1, stance == ClaimStance.Asserts && EndsWithQuestion(doc, start, i + 1) ? ClaimStance.Questions : stance, a.Entity, index);
            start = i + 1;
        }
    }

    private static ClaimStance StanceOf(Document doc, QuoteAttribution a)
    {
        if (a.Cue is { } cue)
        {
            var flags = CueFlagsOf(doc.Slice(cue).Trim());
            int cueToken = doc.TokenAtOrAfter(cue.Start);
            // (Masks, not HasFlag: measured boxing a flag per call on long documents.)
            if ((flags & CueFlags.Denial) == CueFlags.Denial) return ClaimStance.Denies;
            // "did not say", "never claimed": the speaker does not assert it.
            if (cueToken > 0 && (doc.Is(cueToken - 1, "not") || doc.Is(cueToken - 1, "n't") || doc.Is(cueToken - 1, "never")) && (flags & CueFlags.Reporting) == CueFlags.Reporting)
                return ClaimStance.Denies;
            if ((flags & CueFlags.Question) == CueFlags.Question) return ClaimStance.Questions;
        }
        return ClaimStance.Asserts;
    }

    // Past "that", and for denials past "claims that" / "reports of": what is denied is the proposition itself.
    private static int SkipLead(Document doc, int first, int end, ClaimStance stance)
    {
        int i = first;
        if (stance == ClaimStance.Denies && i + 1 < end && doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.ClaimNouns).Contains(doc.TokenText(i)))
            i++;
        if (i < end && doc.Tokens[i].Kind == TokenKind.Word && (doc.Words(WordList.Complementizers).Contains(doc.TokenText(i)) || (stance == ClaimStance.Denies && doc.Is(i, "of"))))
            i++;
        return i < end - 1 ? i : first;
    }

    // Statements of the article itself with something checkable: numbers, quantities, comparisons.
    private static void FromArticleVoice(Document doc, ref Found found, ClaimContexts contexts, ulong[] covered)
    {
        // The sentences come in text order, so the paragraph holding each is found by walking on (not a search each).
        var paragraphs = doc.Paragraphs;
        var boilerplate = doc.BoilerplateParagraphs;
        int p = 0;
        foreach (var s in doc.Sentences)
        {
            if (doc.Options.SkipBoilerplate)
            {
                int at = doc.Tokens[s.FirstToken].Start;
                while (p < paragraphs.Length && at >= paragraphs[p].Span.End) p++;
                // (As Document.IsBoilerplate: inside a paragraph that is marked.)
                if (p < paragraphs.Length && at >= paragraphs[p].Span.Start && p < boilerplate.Length && boilerplate[p]) continue;
            }
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                while (i < s.EndToken && (IsCovered(covered, i) || IsVoiceEdge(doc, i))) i++;
                int start = i;
                while (i < s.EndToken && !IsCovered(covered, i)) i++;
                int end = i;
                // A run cut short by an attribution ends at the clause before it ("… killed in the unrest and").
                while (end > start && (doc.Is(end - 1, "and") || doc.Is(end - 1, "but") || doc.Is(end - 1, "while") || IsVoiceEdge(doc, end - 1))) end--;
                if (end - start >= 4 && IsCheckable(doc, start, end) && !EndsWithQuestion(doc, start, end) && HasVerbLikeWord(doc, start, end))
                    Add(doc, ref found, contexts, start, end, ClaimStance.Asserts, -1, -1);
            }
        }
    }

    private static bool IsCheckable(Document doc, int start, int end)
    {
        int signals = 0;
        for (int i = start; i < end; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind == TokenKind.Number) signals += 2;
            else if (t.Kind == TokenKind.Word && doc.Has(i, WordClass.Quantity)) signals += 2;
            else if (t.Kind == TokenKind.Word && doc.Has(i, WordClass.Comparative)) signals++;
            else if (t.Kind == TokenKind.Symbol && doc.Text[t.Start] is '%' or '$' or '€' or '£') signals += 2;
        }
        return signals >= 2;
    }

    // A statement needs a verb; a dateline or a list of names does not claim anything.
    private static bool HasVerbLikeWord(Document doc, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            var w = doc.TokenText(i);
            if (char.IsUpper(w[0])) continue;
            if (w.EndsWith("ed") || w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "be" or "been"
                || IsCue(w)) return true;
        }
        return false;
    }

    private static void Add(Document doc, ref Found found, ClaimContexts contexts, int start, int end, ClaimStance stance, int claimant, int attribution)
    {
        while (end > start && IsTrailing(doc, end - 1)) end--;
        while (start < end && IsEdge(doc, start)) start++;
        if (end - start < 3) return;
        var tokens = doc.Tokens;
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        // (The span's tokens are start..end: no need to search for the first.)
        int words = 0;
        for (int i = start; i < tokens.Length && tokens[i].Start < span.End; i++)
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation) words++;
        if (words < 3) return;
        // The embedded model reads the tokens; only a scorer of the caller's needs the text cut (the result builder cuts the
        // rest, sharing repeats: a claim made half a million times is one string).
        string? text = null;
        double score = ReferenceEquals(doc.Options.CheckWorthiness, ExtractorOptions.DefaultCheckWorthiness) && CheckWorthinessModel.Default is { } model
            ? CheckWorthinessModel.Percentile(model.Score(doc, start, end, contexts.Of(start)))
            : doc.Options.CheckWorthiness?.Invoke(text = doc.Text.Substring(span.Start, span.Length)) ?? 0;
        found.Add(new ClaimEntry(span, text, claimant, stance, Math.Clamp(score, 0, 1), attribution));
    }

    private static bool IsEdge(Document doc, int i) => doc.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Dash;

    // In the article's own voice a stray quote mark (the close of a quote just attributed) is an edge too.
    private static bool IsVoiceEdge(Document doc, int i) => IsEdge(doc, i) || doc.Tokens[i].Kind == TokenKind.QuoteMark;

    // Trailing punctuation of a claim: commas, periods, dashes; a closing quote mark with nothing quoted before it.
    private static bool IsTrailing(Document doc, int i) =>
        doc.Tokens[i].Kind is TokenKind.Dash || (doc.Tokens[i].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[i].Start] is ',' or '.' or ';' or ':');

    private static bool EndsWithQuestion(Document doc, int start, int end)
    {
        for (int i = end - 1; i >= start && end - i <= 2; i--)
            if (doc.Tokens[i].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[i].Start] == '?') return true;
        return false;
    }

    private static bool SentenceStartsAt(Document doc, int token)
    {
        int s = doc.SentenceOfToken(token);
        return s >= 0 && doc.Sentences[s].FirstToken == token;
    }

    private static int SkipSpace(Document doc, int offset)
    {
        while (offset < doc.Text.Length && char.IsWhiteSpace(doc.Text[offset])) offset++;
        return offset;
    }

    private static void Cover(Document doc, ulong[] covered, TextSpan span)
    {
        var tokens = doc.Tokens;
        for (int i = doc.TokenAtOrAfter(span.Start); i < tokens.Length && tokens[i].Start < span.End; i++) covered[i >> 6] |= 1UL << i;
    }

    private static bool IsCovered(ulong[] covered, int i) => (covered[i >> 6] & 1UL << i) != 0;

    // The claims of one call, in a rented array that is swapped for one twice as big when full (an article finds a few dozen).
    private struct Found(ClaimEntry[] items)
    {
        public ClaimEntry[] Items = items;
        public int Count;

        public void Add(in ClaimEntry claim)
        {
            if (Count == Items.Length) ScratchArray.Grow(ref Items, Count, Items.Length * 2);
            Items[Count++] = claim;
        }
    }

    // The flags of the hand cue form, None when it is none (the cue lexicon's ASCII words are found in its compact table).
    private static CueFlags CueFlagsOf(ReadOnlySpan<char> form) => CueLexicon.Lookup(form)?.Flags ?? CueFlags.None;

    private static bool IsCue(ReadOnlySpan<char> word) => CueLexicon.Lookup(word) is not null;
}
