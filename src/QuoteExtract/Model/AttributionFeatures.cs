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
    /// <summary>The rules' names, one indicator feature each, in rule id order (order is part of the model format).</summary>
    public static readonly string[] Patterns = AttributionRuleNames.BuiltIn.ToArray();

    /// <summary>
    /// The numeric features after the rule indicators, in vector order; a feature's name is its value's name with a dot
    /// after the group ("CueProbability" is "cue.probability"). Order is part of the model format: append only.
    /// </summary>
    private enum Numeric
    {
        // The cue: its corpus statistics, lexicon flags and form.
        CuePresent, CueProbability, CueLogCount, CueLogTotal, CueHand, CueSpeech, CueBelief, CueDenial, CueQuestion,
        CueNaming, CueObjectThenContent, CueInvertible, CueIng, CueEd, CueS, CueUpper, CuePunctuation, CueTokens,
        // The source phrase: shape, kind, place, how often its head word headed a source.
        SourcePresent, SourceName, SourcePronoun, SourceNominal, SourcePerson, SourceOrganization, SourceGroup,
        SourceUnknown, SourceTokens, SourceTitles, SourceRelative, SourceBeforeCue, SourceDistance,
        SourceFirstInSentence, SourceHeadProbability, SourceHeadLogCount,
        // The content: length, first word, quote marks, cues inside, place.
        ContentLogWords, ContentLogChars, ContentStartsThat, ContentStartsTo, ContentStartsUpper,
        ContentStartsPreposition, ContentQuotedShare, ContentHasQuote, ContentEndsTerminal, ContentCuesInside,
        ContentBeforeCue, ContentDistance, ContentWholeSentence, ContentPronounStart,
        // The kind: direct, indirect, mixed, partial.
        KindDirect, KindIndirect, KindMixed, KindPartial,
        // The sentence and paragraph around it.
        ContextSentenceLogTokens, ContextFirstParagraph, ContextParagraphIndexLog, ContextShortParagraph,
        ContextSentenceInParagraph, ContextQuotesInParagraph, ContextContinues, ContextAttributionsInSentence,
        ContextBoilerplate,
    }

    // "CueObjectThenContent" -> "cue.objectThenContent".
    private static string NameOf(Numeric feature)
    {
        var name = feature.ToString();
        foreach (var group in (ReadOnlySpan<string>)["Cue", "Source", "Content", "Context", "Kind"])
            if (name.StartsWith(group, StringComparison.Ordinal))
                return group.ToLowerInvariant() + "." + char.ToLowerInvariant(name[group.Length]) + name[(group.Length + 1)..];
        throw new InvalidOperationException(name);
    }

    /// <summary>All feature names, in vector order.</summary>
    /// <remarks>Read-only: a caller that could write here could switch the model off unnoticed.</remarks>
    public static readonly IReadOnlyList<string> Names = Array.AsReadOnly<string>([.. Patterns.Select(p => "pattern." + p), .. Enum.GetValues<Numeric>().Select(NameOf)]);

    /// <summary>The length of the feature vector.</summary>
    public static int Count => Names.Count;

    /// <summary>Fills <paramref name="f"/> (length <see cref="Count"/>) with the features of <paramref name="a"/>.</summary>
    public static void Compute(Document doc, QuoteAttribution a, Span<float> f)
    {
        f.Clear();
        // The rule's indicator: rule ids start at 1 (None = 0 has none).
        if (a.Rule is > AttributionRuleId.None and var rule && (int)rule <= Patterns.Length) f[(int)rule - 1] = 1;
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
            f[N(Numeric.CuePresent)] = 1;
            f[N(Numeric.CueProbability)] = (float)info.Probability(0.3);
            f[N(Numeric.CueLogCount)] = (float)Math.Log(1 + info.Cue);
            f[N(Numeric.CueLogTotal)] = (float)Math.Log(1 + info.Total);
            f[N(Numeric.CueHand)] = entry is null ? 0 : 1;
            f[N(Numeric.CueSpeech)] = (flags & CueFlags.Reporting) != 0 ? 1 : 0;
            f[N(Numeric.CueBelief)] = (flags & CueFlags.Stance) != 0 ? 1 : 0;
            f[N(Numeric.CueDenial)] = (flags & CueFlags.Denial) != 0 ? 1 : 0;
            f[N(Numeric.CueQuestion)] = (flags & CueFlags.Question) != 0 ? 1 : 0;
            f[N(Numeric.CueNaming)] = (flags & CueFlags.Naming) != 0 ? 1 : 0;
            f[N(Numeric.CueObjectThenContent)] = (flags & CueFlags.ObjectThenContent) != 0 ? 1 : 0;
            f[N(Numeric.CueInvertible)] = (flags & CueFlags.Invertible) != 0 ? 1 : 0;
            f[N(Numeric.CueIng)] = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[N(Numeric.CueEd)] = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[N(Numeric.CueS)] = word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[N(Numeric.CueUpper)] = word.Length > 0 && char.IsUpper(word[0]) ? 1 : 0;
            f[N(Numeric.CuePunctuation)] = tokens[Math.Min(cueFirst, tokens.Length - 1)].Kind is TokenKind.Punctuation or TokenKind.Dash ? 1 : 0;
            f[N(Numeric.CueTokens)] = cueEnd - cueFirst;
        }

        // Source.
        if (a.Source is { } src)
        {
            f[N(Numeric.SourcePresent)] = 1;
            f[N(Numeric.SourceName)] = src.Shape == MentionShape.Name ? 1 : 0;
            f[N(Numeric.SourcePronoun)] = src.Shape == MentionShape.Pronoun ? 1 : 0;
            f[N(Numeric.SourceNominal)] = src.Shape == MentionShape.Nominal ? 1 : 0;
            f[N(Numeric.SourcePerson)] = src.Kind == SpeakerKind.Person ? 1 : 0;
            f[N(Numeric.SourceOrganization)] = src.Kind == SpeakerKind.Organization ? 1 : 0;
            f[N(Numeric.SourceGroup)] = src.Kind == SpeakerKind.Group ? 1 : 0;
            f[N(Numeric.SourceUnknown)] = src.Kind == SpeakerKind.Unknown ? 1 : 0;
            f[N(Numeric.SourceTokens)] = src.EndToken - src.FirstToken;
            f[N(Numeric.SourceTitles)] = src.Titles.Count;
            f[N(Numeric.SourceRelative)] = doc.Is(src.FirstToken, "who") || doc.Is(src.FirstToken, "which") ? 1 : 0;
            if (cueFirst >= 0)
            {
                f[N(Numeric.SourceBeforeCue)] = src.EndToken <= cueFirst ? 1 : 0;
                f[N(Numeric.SourceDistance)] = Math.Min(20, src.EndToken <= cueFirst ? cueFirst - src.EndToken : src.FirstToken - cueEnd);
            }
            f[N(Numeric.SourceFirstInSentence)] = src.FirstToken == sent.FirstToken ? 1 : 0;
            // How often the phrase's last word headed a source in the training corpus ("officials" yes, "bill" no).
            int head = Math.Min(src.EndToken, tokens.Length) - 1;
            while (head > src.FirstToken && tokens[head].Kind != TokenKind.Word) head--;
            if (head >= 0 && tokens[head].Kind == TokenKind.Word)
            {
                var word = doc.TokenText(head);
                f[N(Numeric.SourceHeadProbability)] = (float)LearnedSources.Probability(word, 0.05);
                f[N(Numeric.SourceHeadLogCount)] = (float)Math.Log(1 + LearnedSources.Counts(word).Head);
            }
        }

        // Content.
        int words = doc.WordCount(a.Content);
        f[N(Numeric.ContentLogWords)] = (float)Math.Log(1 + words);
        f[N(Numeric.ContentLogChars)] = (float)Math.Log(1 + a.Content.Length);
        f[N(Numeric.ContentStartsThat)] = doc.Is(contentFirst, "that") ? 1 : 0;
        f[N(Numeric.ContentStartsTo)] = doc.Is(contentFirst, "to") ? 1 : 0;
        f[N(Numeric.ContentStartsUpper)] = doc.IsCapitalized(contentFirst) ? 1 : 0;
        f[N(Numeric.ContentStartsPreposition)] = tokens[contentFirst].Kind == TokenKind.Word && doc.Words(WordList.FeaturePrepositions).Contains(doc.TokenText(contentFirst)) ? 1 : 0;
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
        f[N(Numeric.ContentQuotedShare)] = a.Content.Length > 0 ? (float)quoted / a.Content.Length : 0;
        f[N(Numeric.ContentHasQuote)] = quoted > 0 ? 1 : 0;
        var text = doc.Slice(a.Content).TrimEnd().TrimEnd("'\"’”");
        f[N(Numeric.ContentEndsTerminal)] = text.Length > 0 && text[^1] is '.' or '!' or '?' ? 1 : 0;
        f[N(Numeric.ContentCuesInside)] = cuesInside;
        if (cueFirst >= 0)
        {
            f[N(Numeric.ContentBeforeCue)] = contentEnd <= cueFirst ? 1 : 0;
            f[N(Numeric.ContentDistance)] = Math.Min(20, contentEnd <= cueFirst ? cueFirst - contentEnd : Math.Max(0, contentFirst - cueEnd));
        }
        f[N(Numeric.ContentWholeSentence)] = contentFirst <= sent.FirstToken + 1 && contentEnd >= sent.EndToken - 1 ? 1 : 0;
        f[N(Numeric.ContentPronounStart)] = NounPhraseReader.IsPronoun(doc, contentFirst) ? 1 : 0;

        f[N(Numeric.KindDirect)] = a.Kind == QuoteKind.Direct ? 1 : 0;
        f[N(Numeric.KindIndirect)] = a.Kind == QuoteKind.Indirect ? 1 : 0;
        f[N(Numeric.KindMixed)] = a.Kind == QuoteKind.Mixed ? 1 : 0;
        f[N(Numeric.KindPartial)] = a.Kind == QuoteKind.Partial ? 1 : 0;

        // Context.
        int para = doc.ParagraphAt(a.Content.Start);
        f[N(Numeric.ContextSentenceLogTokens)] = (float)Math.Log(1 + sent.TokenCount);
        f[N(Numeric.ContextFirstParagraph)] = para == 0 ? 1 : 0;
        f[N(Numeric.ContextParagraphIndexLog)] = (float)Math.Log(2 + para);
        if (para >= 0)
        {
            var ps = doc.Paragraphs[para].Span;
            int pFirst = doc.TokenAtOrAfter(ps.Start), pEnd = doc.TokenAtOrAfter(ps.End);
            f[N(Numeric.ContextShortParagraph)] = pEnd - pFirst <= 20 ? 1 : 0;
            f[N(Numeric.ContextSentenceInParagraph)] = Math.Min(10, Math.Max(0, sentence - doc.SentenceOfToken(pFirst)));
            int quotes = 0;
            for (int qi = doc.QuoteAtOrAfter(ps.Start); qi < doc.Quotes.Length && quotes < 10; qi++)
            {
                if (doc.Quotes[qi].Open.Start >= ps.End) break;
                if (doc.Quotes[qi].Depth == 0) quotes++;
            }
            f[N(Numeric.ContextQuotesInParagraph)] = Math.Min(10, quotes);
            f[N(Numeric.ContextBoilerplate)] = para < doc.BoilerplateParagraphs.Length && doc.BoilerplateParagraphs[para] ? 1 : 0;
        }
        f[N(Numeric.ContextContinues)] = a.Continues >= 0 ? 1 : 0;
        int inSentence = 0;
        for (int i = doc.Attributions.Count - 1; i >= 0 && i >= doc.Attributions.Count - 16; i--)
            if (sent.Span.Overlaps(doc.Attributions[i].Content)) inSentence++;
        f[N(Numeric.ContextAttributionsInSentence)] = Math.Min(10, inSentence);
    }

    // A numeric feature's place in the vector: after the rule indicators.
    private static int N(Numeric feature) => Patterns.Length + (int)feature;
}
