using static QuoteExtract.Text.BoilerplateCues;

namespace QuoteExtract.Text;

/// <summary>What <see cref="BoilerplateDetector"/> measures of one paragraph.</summary>
internal readonly record struct BoilerplateFeatures(int Score, int Words, bool HasQuote, bool Reported)
{
    /// <summary>Paragraphs longer than this are never scanned for cues: boilerplate is short.</summary>
    internal const int MaxScannedLength = 3000;

    /// <summary>Scores one paragraph; <paramref name="quotes"/> are the quoted spans lying inside it.</summary>
    internal static BoilerplateFeatures Measure(ReadOnlySpan<char> para, int paraStart, ReadOnlySpan<QuotedSpan> quotes)
    {
        bool scan = para.Length <= MaxScannedLength;
        // Cue matches: 0 none, 1 found, 2 found as the first word (for lead cues).
        Span<byte> matched = stackalloc byte[Phrases.Length];
        matched.Clear();
        // Words, voice and attribution are read outside quotes, so a quoted “we” is the speaker's.
        int words = 0, publisher = 0, reader = 0, attribution = 0;
        ReadOnlySpan<char> first = default, second = default;
        // The next quote that may hold a word, by its outer span relative to the paragraph.
        int q = 0;
        int quoteStart = int.MaxValue, quoteEnd = int.MaxValue;
        if (quotes.Length > 0) (quoteStart, quoteEnd) = OuterOf(quotes[0], paraStart);
        var runs = new LetterDigitRuns(para);
        while (runs.Next(out int s, out int e))
        {
            var word = para[s..e];
            // One lookup says whether the word starts cues and whether it is a publisher, reader or reporting word.
            int info = WordInfo(word);
            // Past the first two words, a word the detector knows nothing of (most words) only counts.
            if (info == 0 && !second.IsEmpty) { words++; continue; }
            if (scan && (info & StartsCues) != 0) MatchCues(para, s, CuesByFirstWord[info >> GroupShift], isFirst: first.IsEmpty, matched);
            if (first.IsEmpty && word.Length == 6 && word.Equals("please", StringComparison.OrdinalIgnoreCase)) continue;
            words++;
            if (first.IsEmpty) first = word;
            else if (second.IsEmpty) second = word;
            if ((info & (PublisherWord | ReaderWord | ReportingWord)) == 0) continue; // (most words: no quote test needed)
            while (quoteEnd <= s)
            {
                q++;
                (quoteStart, quoteEnd) = q < quotes.Length ? OuterOf(quotes[q], paraStart) : (int.MaxValue, int.MaxValue);
            }
            if (quoteStart <= s) continue; // inside a quote
            if ((info & PublisherWord) != 0) publisher++;
            else if ((info & ReaderWord) != 0) reader++;
            else attribution++;
        }

        bool hasQuote = false;
        int quotedChars = 0;
        foreach (var quote in quotes)
        {
            if (quote.Depth != 0 || !quote.Closed) continue;
            hasQuote = true;
            quotedChars += quote.Content.Length;
        }

        int score = 0;
        if (scan)
        {
            for (int c = 0; c < matched.Length; c++)
                if (matched[c] != 0)
                    score += !Phrases[c].Lead || matched[c] == 2 || words <= 6 ? Phrases[c].Weight : 1;
            if (para.Contains('\u00A9')) score += 3;                          // ©
            if (publisher > 0 && reader > 0) score += 2;                     // “we … your support”
            score += CallToAction(para, first, second, words);
            if (IsCreditLine(para)) score += 4;
        }
        if (hasQuote && attribution > 0) score -= 6;                       // a quote with its speaker is news
        else if (quotedChars >= 60) score -= 2;
        if (words > 120) score -= 2;
        return new BoilerplateFeatures(score, words, hasQuote, attribution > 0);
    }

    // Cues starting with this word (candidates): compare the phrase in place, as whole words, case-insensitively.
    private static void MatchCues(ReadOnlySpan<char> para, int at, int[] candidates, bool isFirst, Span<byte> matched)
    {
        foreach (int c in candidates)
        {
            var phrase = Phrases[c].Phrase;
            if (!para[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
            int end = at + phrase.Length;
            if (end < para.Length && char.IsLetterOrDigit(para[end]) && char.IsLetterOrDigit(phrase[^1])) continue;
            if (isFirst) matched[c] = 2;
            else if (matched[c] == 0) matched[c] = 1;
        }
    }

    // A quote's outer span relative to the paragraph start.
    private static (int Start, int End) OuterOf(in QuotedSpan quote, int paraStart)
    {
        var outer = quote.Outer;
        return (outer.Start - paraStart, outer.End - paraStart);
    }

    // “Support us”, “Sign up now”, “Donate”, a short exclamation starting with a call verb.
    private static int CallToAction(ReadOnlySpan<char> para, ReadOnlySpan<char> first, ReadOnlySpan<char> second, int words)
    {
        if (first.IsEmpty || !CallVerbs.Contains(first)) return 0;
        int score = 0;
        if (!second.IsEmpty && CallObjects.Contains(second)) score += 3;
        if (words <= 6 && para[^1] == '!') score += 4;
        else if (words <= 3) score += 2;
        return score;
    }

    // A photo credit: the last sentence fragment is a short title-case run split by “ / ”
    // (Name / Agency / Agency), or by two or more slashes.
    private static bool IsCreditLine(ReadOnlySpan<char> para)
    {
        if (!para.Contains('/')) return false; // (most paragraphs: no slash, no credit line)
        int cut = para.LastIndexOf(". ");
        var tail = cut >= 0 ? para[(cut + 2)..] : para;
        if (tail.Contains("://", StringComparison.Ordinal)) return false;
        bool spaced = tail.Contains(" / ", StringComparison.Ordinal);
        if (!spaced && tail.Count('/') < 2) return false;
        int words = 0;
        foreach (var range in tail.SplitAny(" /\u00A0\t"))
        {
            var token = tail[range];
            int l = 0;
            while (l < token.Length && !char.IsLetter(token[l])) l++;
            if (l == token.Length) continue;                       // punctuation only
            int e = l;
            while (e < token.Length && char.IsLetter(token[e])) e++;
            if (!char.IsUpper(token[l]) && !CreditConnectives.Contains(token[l..e])) return false;
            if (++words > 14) return false;
        }
        return words >= 2;
    }
}
