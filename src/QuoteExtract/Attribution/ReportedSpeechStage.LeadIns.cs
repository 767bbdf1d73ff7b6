using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// "An economic downturn, he said, “would hurt every family.”": the words before the inserted speaker and cue are
// the first half of the utterance whose quoted second half the quoted-speech stage found.
internal sealed partial class ReportedSpeechStage
{
    internal static void LeadInHalves(ReportedSpeechRun run)
    {
        var doc = run.Document;
        if (!doc.Options.AttributionRules.IsOn(AttributionRuleId.Parenthetical)) return;
        int count = doc.Attributions.Count;
        for (int ai = 0; ai < count; ai++)
        {
            var quote = doc.Attributions[ai];
            if (quote.Rule is not (AttributionRuleId.SpeakerCueQuote or AttributionRuleId.MixedClause) || quote.Continues >= 0 || quote.Source is not { } source || quote.Cue is not { } cueSpan) continue;
            // Not through the run's gate (TryAdd): the half is one utterance with the quote the earlier stage kept, so it takes
            // the quote's confidence and no model vetoes it; TryAdd would score it on its own (a model could drop it or give
            // it another confidence) and would not add a half too short to return, leaving Continues pointing at another
            // attribution. Its words are checked against those taken in LeadInHalf.
            if (LeadInHalf(doc, run.Used, quote, source, cueSpan) is not { } lead) continue;
            doc.Attributions.Add(lead);
            run.Mark(lead);
            quote.Continues = doc.Attributions.Count - 1;
        }
    }

    private static QuoteAttribution? LeadInHalf(Document doc, TakenTokens used, QuoteAttribution quote, Mention source, TextSpan cueSpan)
    {
        // SPEAKER CUE, “…”: the speaker right before the cue, set off by a comma before it.
        int cueFirst = doc.TokenAtOrAfter(cueSpan.Start), cueEnd = doc.TokenAtOrAfter(cueSpan.End);
        if (source.EndToken > cueFirst || cueFirst - source.EndToken > 2) return null;
        // The second half right after the cue; a clause going on after it only when the cue is set off by commas on
        // both sides ("…, she said, is …": an insertion, not the main clause).
        int second = doc.TokenAtOrAfter(quote.Content.Start);
        if (second < cueEnd || second - cueEnd > 3 || quote.Rule == AttributionRuleId.MixedClause && !doc.IsPunct(cueEnd, ',')) return null;
        for (int i = cueEnd; i < second; i++) if (doc.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.QuoteMark)) return null;
        int comma = source.FirstToken - 1;
        if (comma < 1 || !doc.IsPunct(comma, ',')) return null;
        int sentence = doc.SentenceOfToken(source.FirstToken);
        if (sentence < 0) return null;
        int first = doc.Sentences[sentence].FirstToken;
        if (comma - first < 1 || comma - first > 40) return null;
        // Plain words of the speaker's own: nothing quoted, nothing another report took.
        // (A cue of its own makes it a report of its own: "He said he had not seen it, and when asked …, he said, “…”".)
        for (int i = first; i < comma; i++)
            if (used[i] || doc.Tokens[i].Kind == TokenKind.QuoteMark || doc.IsPunct(i, ';') || doc.IsPunct(i, ':')
                || CueFinder.At(doc, i) is { Probability: >= 0.5 } c && !UsedAsNoun(doc, c)) return null;
        // "On Tuesday, she said, …": a time phrase frames the saying, it is not said.
        if (doc.Words(WordList.TimeHeads).Contains(doc.TokenText(comma - 1)) || doc.Words(WordList.RelativeTimeEnds).Contains(doc.TokenText(comma - 1)) || doc.Words(WordList.Weekdays).Contains(doc.TokenText(comma - 1)) || doc.Tokens[comma - 1].Kind == TokenKind.Number) return null;
        // "In his tribute, …", "Asked about X, …", "Holding open a book, …", "When she arrived, …": a frame of the
        // saying (its time, place, occasion or prompt), not said; "As for X", "If X", "While X", "Of course" are said.
        var word = doc.TokenText(first);
        if (doc.Words(WordList.FrameStarts).Contains(word) || doc.Is(first, "as") && !doc.Is(first + 1, "for") && !doc.Is(first + 1, "to")
            || char.IsUpper(word[0]) && word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))) return null;
        var content = Span(doc, first, comma);
        return new QuoteAttribution
        {
            Kind = QuoteKind.Indirect, Content = content, Cue = cueSpan, Source = source,
            Confidence = quote.Confidence, Rule = AttributionRuleId.Parenthetical,
        };
    }
}
