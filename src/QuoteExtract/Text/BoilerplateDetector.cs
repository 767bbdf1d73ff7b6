namespace QuoteExtract.Text;

/// <summary>Flags publisher boilerplate around an article by its general shape, not by any outlet's words.</summary>
/// <remarks>
/// <para>Each paragraph gets a score from case-insensitive, whole-word cue phrases (appeals to
/// support, donate, subscribe, sign up or follow; newsletter and consent notices; photo and
/// reporting credits; “Read more”, “Related:”, “Click here” at the paragraph start), plus:</para>
/// <list type="bullet">
/// <item>+2 publisher voice: first-person plural (we, our, us) and second person (you, your) both
/// used outside quotes;</item>
/// <item>+3 an imperative call as the first word followed by us/our/now/up/… (“Support us”, “Sign up
/// now”); +4 a short exclamation starting with a call verb; +2 a 1–3-word call;</item>
/// <item>+4 a credit line: the last fragment is short title-case text split by “ / ” (Name / Agency);</item>
/// <item>−6 a closed quote with a reporting verb outside it (a quote with its speaker is news);
/// −2 long quoted content; −2 a very long paragraph.</item>
/// </list>
/// <para>Decision: score ≥ 4 is boilerplate (strong). A paragraph scoring ≥ 2 next to a strong one
/// is boilerplate. Once a strong paragraph appears in the second half (or last five paragraphs),
/// every later paragraph that scores ≥ 2 or is short (≤ 12 words, no quote, no reporting verb) is boilerplate: a
/// trailing block. A 1–3-word paragraph without quotes right after a boilerplate one is a navigation
/// remnant and is boilerplate too. Normal paragraphs without cues are never flagged.</para>
/// </remarks>
internal static class BoilerplateDetector
{
    private const int Strong = 4, Weak = 2, ShortWords = 12, RemnantWords = 3;

    /// <summary>For each paragraph, whether it is boilerplate.</summary>
    public static bool[] Detect(string text, Paragraph[] paragraphs, QuotedSpan[] quotes)
    {
        if (text is null || paragraphs is null || paragraphs.Length == 0) return [];
        quotes ??= [];
        int n = paragraphs.Length;
        var features = ScratchArray.Rent<BoilerplateFeatures>(n);
        try
        {
            int q = 0;
            for (int k = 0; k < n; k++)
            {
                int start = Math.Clamp(paragraphs[k].Span.Start, 0, text.Length);
                int end = Math.Clamp(paragraphs[k].Span.End, start, text.Length);
                // Quotes are ordered by opening mark: a moving window finds those in this paragraph.
                while (q < quotes.Length && quotes[q].Open.Start < start) q++;
                int qEnd = q;
                while (qEnd < quotes.Length && quotes[qEnd].Open.Start < end) qEnd++;
                features[k] = BoilerplateFeatures.Measure(text.AsSpan(start, end - start), start, quotes.AsSpan(q, qEnd - q));
                q = qEnd;
            }
            return Decide(features.AsSpan(0, n));
        }
        finally
        {
            ScratchArray.Return(features);
        }
    }

    private static bool[] Decide(ReadOnlySpan<BoilerplateFeatures> f)
    {
        int n = f.Length;
        var flags = new bool[n];
        for (int k = 0; k < n; k++) flags[k] = f[k].Score >= Strong;

        for (int k = 0; k < n; k++)
            if (!flags[k] && f[k].Score >= Weak
                && ((k > 0 && f[k - 1].Score >= Strong) || (k + 1 < n && f[k + 1].Score >= Strong)))
                flags[k] = true;

        int trailFrom = -1;
        for (int k = 0; k < n && trailFrom < 0; k++)
            if (f[k].Score >= Strong && (2 * k >= n || n - k <= 5)) trailFrom = k;
        if (trailFrom >= 0)
            for (int k = trailFrom + 1; k < n; k++)
                if (f[k].Score >= Weak || (f[k].Words <= ShortWords && !f[k].HasQuote && !f[k].Reported)) flags[k] = true;

        for (int k = 1; k < n; k++)
            if (!flags[k] && flags[k - 1] && f[k].Words <= RemnantWords && !f[k].HasQuote) flags[k] = true;
        return flags;
    }
}
