using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Model;

/// <summary>
/// The features the attribution model sees for a candidate quote, computed from our own text stage:
/// the rule that proposed it, the cue's corpus statistics and form, the speaker phrase's shape and kind,
/// the content's length, quote marks and position, and the sentence and paragraph around it.
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>The rules' pattern names, one indicator feature each (order is part of the model format).</summary>
    public static readonly string[] Patterns =
    [
        "quote-cue-speaker", "quote-speaker-cue", "quote-dash-name", "speaker-cue-quote", "lead-in-cue", "lead-in-colon",
        "split", "follow-on", "follow-on-paragraph", "paragraph-chain", "same-paragraph", "unattributed",
        "naming-partial", "cue-partial", "mixed-clause", "according-to-first", "according-to-last",
        "content-cue-speaker", "content-speaker-cue", "speaker-cue-content", "headline-dash", "headline-colon",
        "transcript-colon", "parenthetical", "quoted-transcript", "possessor-noun", "agent-clause", "passive-by", "next-fragment", "headline-cue", "asked-question", "evidence-in", "after-report",
    ];

    private static readonly string[] s_numeric =
    [
        "cue.present", "cue.probability", "cue.logCount", "cue.logTotal", "cue.hand", "cue.speech", "cue.belief", "cue.denial",
        "cue.question", "cue.naming", "cue.objectThenContent", "cue.invertible", "cue.ing", "cue.ed", "cue.s", "cue.upper",
        "cue.punctuation", "cue.tokens",
        "source.present", "source.name", "source.pronoun", "source.nominal", "source.person", "source.organization",
        "source.group", "source.unknown", "source.tokens", "source.titles", "source.relative", "source.beforeCue",
        "source.distance", "source.firstInSentence", "source.headProbability", "source.headLogCount",
        "content.logWords", "content.logChars", "content.startsThat", "content.startsTo", "content.startsUpper",
        "content.startsPreposition", "content.quotedShare", "content.hasQuote", "content.endsTerminal", "content.cuesInside",
        "content.beforeCue", "content.distance", "content.wholeSentence", "content.pronounStart",
        "kind.direct", "kind.indirect", "kind.mixed", "kind.partial",
        "context.sentenceLogTokens", "context.firstParagraph", "context.paragraphIndexLog", "context.shortParagraph",
        "context.sentenceInParagraph", "context.quotesInParagraph", "context.continues", "context.attributionsInSentence",
        "context.boilerplate",
    ];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, int> s_patternIndex =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Patterns.Select((name, i) => KeyValuePair.Create(name, i)), StringComparer.Ordinal);

    /// <summary>All feature names, in vector order.</summary>
    /// <remarks>Read-only: a caller that could write here could switch the model off unnoticed.</remarks>
    public static readonly IReadOnlyList<string> Names = Array.AsReadOnly<string>([.. Patterns.Select(p => "pattern." + p), .. s_numeric]);

    /// <summary>The length of the feature vector.</summary>
    public static int Count => Names.Count;

    /// <summary>Fills <paramref name="f"/> (length <see cref="Count"/>) with the features of <paramref name="a"/>.</summary>
    public static void Compute(Document doc, QuoteAttribution a, Span<float> f)
    {
        f.Clear();
        if (s_patternIndex.TryGetValue(a.Pattern, out int p)) f[p] = 1;
        int k = Patterns.Length;
        var tokens = doc.Tokens;

        int contentFirst = doc.TokenAtOrAfter(a.Content.Start);
        int contentEnd = doc.TokenAtOrAfter(a.Content.End);
        if (contentFirst >= tokens.Length) return;
        int sentence = doc.SentenceOfToken(contentFirst);
        var sent = sentence >= 0 ? doc.Sentences[sentence] : new Sentence(a.Content, contentFirst, Math.Max(1, contentEnd - contentFirst));

        // Cue.
        int cueFirst = -1, cueEnd = -1;
        if (a.Cue is { } cue)
        {
            cueFirst = doc.TokenAtOrAfter(cue.Start);
            cueEnd = doc.TokenAtOrAfter(cue.End);
            var word = doc.TokenText(Math.Min(cueFirst, tokens.Length - 1));
            var info = doc.Tokens[Math.Min(cueFirst, tokens.Length - 1)].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Clitic
                ? doc.CueFormIdAt(Math.Min(cueFirst, tokens.Length - 1)) is var id and >= 0 ? CueForms.ById(id) : default
                : CueFinder.Info(word);
            var entry = info.Hand;
            var flags = entry?.Flags ?? CueFlags.None;
            f[k + 0] = 1;
            f[k + 1] = (float)info.Probability(0.3);
            f[k + 2] = (float)Math.Log(1 + info.Cue);
            f[k + 3] = (float)Math.Log(1 + info.Total);
            f[k + 4] = entry is null ? 0 : 1;
            f[k + 5] = (flags & CueFlags.Reporting) != 0 ? 1 : 0;
            f[k + 6] = (flags & CueFlags.Stance) != 0 ? 1 : 0;
            f[k + 7] = (flags & CueFlags.Denial) != 0 ? 1 : 0;
            f[k + 8] = (flags & CueFlags.Question) != 0 ? 1 : 0;
            f[k + 9] = (flags & CueFlags.Naming) != 0 ? 1 : 0;
            f[k + 10] = (flags & CueFlags.ObjectThenContent) != 0 ? 1 : 0;
            f[k + 11] = (flags & CueFlags.Invertible) != 0 ? 1 : 0;
            f[k + 12] = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[k + 13] = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[k + 14] = word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[k + 15] = word.Length > 0 && char.IsUpper(word[0]) ? 1 : 0;
            f[k + 16] = tokens[Math.Min(cueFirst, tokens.Length - 1)].Kind is TokenKind.Punctuation or TokenKind.Dash ? 1 : 0;
            f[k + 17] = cueEnd - cueFirst;
        }
        k += 18;

        // Source.
        if (a.Source is { } src)
        {
            f[k + 0] = 1;
            f[k + 1] = src.Shape == MentionShape.Name ? 1 : 0;
            f[k + 2] = src.Shape == MentionShape.Pronoun ? 1 : 0;
            f[k + 3] = src.Shape == MentionShape.Nominal ? 1 : 0;
            f[k + 4] = src.Kind == SpeakerKind.Person ? 1 : 0;
            f[k + 5] = src.Kind == SpeakerKind.Organization ? 1 : 0;
            f[k + 6] = src.Kind == SpeakerKind.Group ? 1 : 0;
            f[k + 7] = src.Kind == SpeakerKind.Unknown ? 1 : 0;
            f[k + 8] = src.EndToken - src.FirstToken;
            f[k + 9] = src.Titles.Count;
            f[k + 10] = doc.Is(src.FirstToken, "who") || doc.Is(src.FirstToken, "which") ? 1 : 0;
            if (cueFirst >= 0)
            {
                f[k + 11] = src.EndToken <= cueFirst ? 1 : 0;
                f[k + 12] = Math.Min(20, src.EndToken <= cueFirst ? cueFirst - src.EndToken : src.FirstToken - cueEnd);
            }
            f[k + 13] = src.FirstToken == sent.FirstToken ? 1 : 0;
            // How often the phrase's last word headed a source in the training corpus ("officials" yes, "bill" no).
            int head = Math.Min(src.EndToken, tokens.Length) - 1;
            while (head > src.FirstToken && tokens[head].Kind != TokenKind.Word) head--;
            if (head >= 0 && tokens[head].Kind == TokenKind.Word)
            {
                var word = doc.TokenText(head);
                f[k + 14] = (float)LearnedSources.Probability(word, 0.05);
                f[k + 15] = (float)Math.Log(1 + LearnedSources.Counts(word).Head);
            }
        }
        k += 16;

        // Content.
        int words = doc.WordCount(a.Content);
        f[k + 0] = (float)Math.Log(1 + words);
        f[k + 1] = (float)Math.Log(1 + a.Content.Length);
        f[k + 2] = doc.Is(contentFirst, "that") ? 1 : 0;
        f[k + 3] = doc.Is(contentFirst, "to") ? 1 : 0;
        f[k + 4] = doc.IsCapitalized(contentFirst) ? 1 : 0;
        f[k + 5] = tokens[contentFirst].Kind == TokenKind.Word && doc.Words(WordList.FeaturePrepositions).Contains(doc.TokenText(contentFirst)) ? 1 : 0;
        int quoted = 0, cuesInside = 0;
        // Bounded loops keep the cost per candidate constant on pathological inputs.
        for (int qi = Math.Max(0, doc.QuoteAtOrAfter(a.Content.Start) - 1), n = 0; qi < doc.Quotes.Length && n < 64; qi++, n++)
        {
            var q = doc.Quotes[qi];
            if (q.Open.Start >= a.Content.End) break;
            if (q.Depth == 0 && q.Content.Overlaps(a.Content))
                quoted += Math.Min(q.Content.End, a.Content.End) - Math.Max(q.Content.Start, a.Content.Start);
        }
        for (int i = contentFirst; i < contentEnd && i < tokens.Length && i - contentFirst < 200; i++)
            if (CueFinder.At(doc, i) is not null) cuesInside++;
        f[k + 6] = a.Content.Length > 0 ? (float)quoted / a.Content.Length : 0;
        f[k + 7] = quoted > 0 ? 1 : 0;
        var text = doc.Slice(a.Content).TrimEnd().TrimEnd("'\"’”");
        f[k + 8] = text.Length > 0 && text[^1] is '.' or '!' or '?' ? 1 : 0;
        f[k + 9] = cuesInside;
        if (cueFirst >= 0)
        {
            f[k + 10] = contentEnd <= cueFirst ? 1 : 0;
            f[k + 11] = Math.Min(20, contentEnd <= cueFirst ? cueFirst - contentEnd : Math.Max(0, contentFirst - cueEnd));
        }
        f[k + 12] = contentFirst <= sent.FirstToken + 1 && contentEnd >= sent.EndToken - 1 ? 1 : 0;
        f[k + 13] = NounPhraseReader.IsPronoun(doc, contentFirst) ? 1 : 0;
        k += 14;

        f[k + 0] = a.Kind == QuoteKind.Direct ? 1 : 0;
        f[k + 1] = a.Kind == QuoteKind.Indirect ? 1 : 0;
        f[k + 2] = a.Kind == QuoteKind.Mixed ? 1 : 0;
        f[k + 3] = a.Kind == QuoteKind.Partial ? 1 : 0;
        k += 4;

        // Context.
        int para = doc.ParagraphAt(a.Content.Start);
        f[k + 0] = (float)Math.Log(1 + sent.TokenCount);
        f[k + 1] = para == 0 ? 1 : 0;
        f[k + 2] = (float)Math.Log(2 + para);
        if (para >= 0)
        {
            var ps = doc.Paragraphs[para].Span;
            int pFirst = doc.TokenAtOrAfter(ps.Start), pEnd = doc.TokenAtOrAfter(ps.End);
            f[k + 3] = pEnd - pFirst <= 20 ? 1 : 0;
            f[k + 4] = Math.Min(10, Math.Max(0, sentence - doc.SentenceOfToken(pFirst)));
            int quotes = 0;
            for (int qi = doc.QuoteAtOrAfter(ps.Start); qi < doc.Quotes.Length && quotes < 10; qi++)
            {
                if (doc.Quotes[qi].Open.Start >= ps.End) break;
                if (doc.Quotes[qi].Depth == 0) quotes++;
            }
            f[k + 5] = Math.Min(10, quotes);
            f[k + 8] = para < doc.BoilerplateParagraphs.Length && doc.BoilerplateParagraphs[para] ? 1 : 0;
        }
        f[k + 6] = a.Continues >= 0 ? 1 : 0;
        int inSentence = 0;
        for (int i = doc.Attributions.Count - 1; i >= 0 && i >= doc.Attributions.Count - 16; i--)
            if (sent.Span.Overlaps(doc.Attributions[i].Content)) inSentence++;
        f[k + 7] = Math.Min(10, inSentence);
    }
}
