using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>
/// After the gate (<see cref="AttributionRuleId.AfterReport"/>): "Lee said the plan was dead. “We have no votes left.”":
/// a quote that opens the sentence right after a report and names no one goes on with the report's speaker, replacing
/// an unattributed one. The quote stage ran first and could not know the report; the reported-speech stage runs this
/// last (Steps/QuotesAfterReportsStep.cs).
/// </summary>
internal static class AfterReportRule
{
    /// <summary>Attributes the quotes after reports of <paramref name="doc"/>, in place.</summary>
    public static void Run(Document doc)
    {
        var quotes = doc.Quotes;
        if (quotes.Length == 0) return;
        // The reports whose content is the last words of a sentence (one pass over the attributions), as keys of sentence
        // and attribution, sorted: the last report of a sentence is the one that counts.
        var endingReports = ScratchArray.Rent<long>(doc.Attributions.Count);
        try
        {
            int count = 0;
            for (int a = 0; a < doc.Attributions.Count; a++)
            {
                var r = doc.Attributions[a];
                if (r.QuotedSpan >= 0 || r.Source is null) continue;
                int last = doc.TokenAtOrAfter(r.Content.End);
                int sentence = doc.SentenceOfToken(Math.Max(0, last - 1));
                if (sentence < 0) continue;
                bool ends = true;
                for (int i = last; i < doc.Sentences[sentence].EndToken && ends; i++) ends = doc.Tokens[i].Kind == TokenKind.Punctuation;
                if (ends) endingReports[count++] = (long)sentence << 32 | (uint)a;
            }
            if (count == 0 || !doc.Options.AttributionRules.IsOn(AttributionRuleId.AfterReport)) return;
            Array.Sort(endingReports, 0, count);
            FollowReports(doc, quotes, endingReports.AsSpan(0, count));
        }
        finally { ScratchArray.Return(endingReports); }
    }

    // The report ending sentence <paramref name="sentence"/> (the last one found), or -1.
    private static int ReportEnding(ReadOnlySpan<long> endingReports, int sentence)
    {
        // The first key past the sentence's, then one back.
        long past = (long)(sentence + 1) << 32;
        int lo = 0, hi = endingReports.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (endingReports[mid] < past) lo = mid + 1; else hi = mid; }
        return lo > 0 && endingReports[lo - 1] >> 32 == sentence ? (int)(uint)endingReports[lo - 1] : -1;
    }

    private static void FollowReports(Document doc, ReadOnlySpan<QuotedSpan> quotes, ReadOnlySpan<long> endingReports)
    {
        // (Only now: a document of quotes and no report, 16 MiB of "a" "b", needs no slot per quote.)
        var byQuote = new int[quotes.Length];
        Array.Fill(byQuote, -1);
        for (int a = 0; a < doc.Attributions.Count; a++)
            if (doc.Attributions[a].QuotedSpan is var span && span >= 0 && span < quotes.Length) byQuote[span] = a;

        for (int qi = 0; qi < quotes.Length; qi++)
        {
            var q = quotes[qi];
            if (q.Depth != 0 || !q.Closed) continue;
            int existing = byQuote[qi];
            if (existing >= 0 && doc.Attributions[existing].Source is not null) continue;
            // (The sentence it opens first, and a report ending the one before: the rest of OwnSentence only for those.)
            int open = doc.TokenAtOrAfter(q.Open.Start);
            int sentence = doc.SentenceOfToken(open);
            if (sentence < 1 || doc.Sentences[sentence].FirstToken != open) continue;
            if (ReportEnding(endingReports, sentence - 1) is not (>= 0 and var report) || OwnSentence(doc, q) != sentence) continue;
            var previous = doc.Sentences[sentence - 1];
            if (doc.ParagraphAt(doc.Tokens[previous.FirstToken].Start) != doc.ParagraphAt(q.Open.Start)) continue;
            var r = doc.Attributions[report];
            var follow = new QuoteAttribution
            {
                Kind = QuoteKind.Direct, Content = q.Content, Source = r.Source, Continues = report, QuotedSpan = qi,
                Confidence = Math.Min(r.Confidence, 0.8), Rule = AttributionRuleId.AfterReport,
            };
            // (Not through the gate: the quote's words are taken by the quote stage, so TryAdd would refuse every one; and a
            // model only lowers its confidence, never drops it. It replaces the unattributed one in place, so the indexes
            // that quotes continue stay the same.)
            if (doc.Options.Scorer is { } scorer) follow.Confidence = Math.Min(scorer.Score(doc, follow), r.Confidence);
            if (existing >= 0) doc.Attributions[existing] = follow;
            else doc.Attributions.Add(follow);
        }
    }

    // The sentence a quote is the whole of ("“…,” said one adviser" names its own speaker), or -1.
    private static int OwnSentence(Document doc, QuotedSpan q)
    {
        int open = doc.TokenAtOrAfter(q.Open.Start);
        int sentence = doc.SentenceOfToken(open);
        if (sentence < 0 || doc.Sentences[sentence].FirstToken != open) return -1;
        if (!IsSentenceLike(doc, q) || !HasWords(doc, q.Content, doc.Options.MinimumDirectQuoteWords)) return -1;
        for (int i = doc.TokenAtOrAfter(q.Close.End); i < doc.Sentences[sentence].EndToken; i++)
            if (doc.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.QuoteMark)) return -1;
        return sentence;
    }
}
