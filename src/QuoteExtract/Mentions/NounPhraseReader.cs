using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Mentions;

/// <summary>
/// Reads the noun phrase that names a speaker, next to a cue: backwards from the cue ("ministry
/// spokeswoman Ann Lee | said") or forwards after it or after a closing quote ("said | the
/// finance ministry"). A deliberately small grammar: determiner, modifiers, titles, names,
/// possessives, and "of/for/at" after a title or head noun.
/// </summary>
internal static class NounPhraseReader
{
    private const int MaxTokens = 12;

    /// <summary>
    /// A phrase the reader found in <paramref name="Doc"/>, before any mention is built: tokens <c>[First, End)</c>; the
    /// name, titles and kind are those of <c>[First, NameEnd)</c> (short of a bracketed tag, "Rep. Jane Roe (D-Ohio)").
    /// Probes that only test where a phrase lies or what shape it has read this (the shape worked out when asked);
    /// <see cref="ToMention"/> builds the mention a caller keeps.
    /// </summary>
    internal readonly record struct Phrase(Document Doc, int First, int End, int NameEnd)
    {
        public MentionShape Shape => ShapeOf(Doc, First, End);

        public Mention ToMention()
        {
            var whole = AnalyzeValue(Doc, First, End);
            return (NameEnd == End ? whole : whole.NamedAs(AnalyzeValue(Doc, First, NameEnd))).ToMention();
        }
    }

    /// <summary>The phrase that ends just before token <paramref name="end"/>, starting no earlier than <paramref name="min"/>.</summary>
    public static Mention? ReadBackward(Document doc, int end, int min) => ProbeBackward(doc, end, min)?.ToMention();

    /// <summary>Where the phrase <see cref="ReadBackward"/> reads lies, and its shape, without building the mention.</summary>
    internal static Phrase? ProbeBackward(Document doc, int end, int min)
    {
        int last = end - 1;
        if (last < min || last < 0) return null;
        if (IsPronoun(doc, last)) return Spanning(doc, last, end);
        // A phrase ending in a bracketed tag ("Rep. Jane Roe (D-Ohio) said"): read the phrase before the bracket, keep the tag in the span.
        if (doc.IsPunct(last, ')'))
        {
            int open = last - 1;
            while (open > min && last - open <= 8 && !doc.IsPunct(open, '(')) open--;
            if (open <= min || !doc.IsPunct(open, '(')) return null;
            if (ProbeBackward(doc, open, min) is not { } inner) return null;
            return ShapeOf(doc, inner.First, end) == inner.Shape ? inner with { End = end } : inner;
        }
        if (!CanEndPhrase(doc, last)) return null;

        int first = last;
        bool sawDeterminer = false;
        for (int i = last - 1; i >= min && last - i < MaxTokens; i--)
        {
            if (IsDeterminer(doc, i))
            {
                first = i;
                sawDeterminer = true;
                // "a spokesman for | the ministry": the phrase goes on before the connector.
                if (i - 2 >= min && IsConnector(doc, i - 1) && IsHeadOrTitle(doc, i - 2)) { i--; first = i; sawDeterminer = false; continue; }
                break;
            }
            if (IsCore(doc, i) || (doc.Tokens[i].Kind == TokenKind.Clitic && doc.IsPossessive(i))) { first = i; continue; }
            // "73 percent", "two senators": a number modifies the phrase.
            if (doc.Tokens[i].Kind == TokenKind.Number && i + 1 <= last) { first = i; continue; }
            // "Rep. Jane Roe (D-Ohio)": a bracketed party-and-state tag inside the phrase.
            if (doc.IsPunct(i, ')'))
            {
                int open = i - 1;
                while (open > min && i - open <= 8 && !doc.IsPunct(open, '(')) open--;
                if (open > min && doc.IsPunct(open, '(') && doc.IsNameWord(open - 1)) { i = open; first = open; continue; }
            }
            if (IsModifier(doc, i) || (IsLowerWord(doc, i) && !IsBreaker(doc, i) && (IsHeadOrTitle(doc, i + 1) || (doc.IsNameWord(i + 1) && i - 1 >= min && doc.IsNameWord(i - 1)))))
            { first = i; continue; }
            // "law enforcement officials", "state election officials": a noun modifying the modifier of a head.
            if (IsLowerWord(doc, i) && !IsBreaker(doc, i) && i + 1 == first && first < last && last - i <= 3 && IsLowerWord(doc, first) && IsHeadOrTitle(doc, last)
                && !doc.Has(i, WordClass.Filler) && !doc.Words(WordList.Connectors).Contains(doc.TokenText(i)) && !doc.Words(WordList.NotModifiers).Contains(doc.TokenText(i)))
            { first = i; continue; }
            // "and" joins two phrases of the same sort (local officials and state media).
            if (doc.Is(i, "and") && i - 1 >= min && (IsCore(doc, i - 1) || doc.Has(i - 1, WordClass.GroupHead))
                && (doc.Has(last, WordClass.GroupHead) || doc.Has(last, WordClass.OrganizationHead) || doc.IsNameWord(first)))
            { first = i; continue; }
            // "spokesman for | the ministry", "head of | the agency".
            if (IsConnector(doc, i) && i - 1 >= min && IsHeadOrTitle(doc, i - 1)) { first = i; continue; }
            // "the “Avatar” star", "the “Jane the Virgin” actress": a short quoted title modifies the head after it.
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark && i + 1 == first && ShortTitleOpening(doc, i, min) is var titleOpen and >= 0
                && titleOpen - 1 >= min && IsDeterminer(doc, titleOpen - 1)) { i = titleOpen; first = titleOpen; continue; }
            break;
        }
        // A possessive 's cannot start a phrase, nor can a connector.
        while (first < last && (doc.Tokens[first].Kind == TokenKind.Clitic || IsConnector(doc, first) || doc.Is(first, "and"))) first++;
        if (!sawDeterminer && !HasCoreToken(doc, first, end) && !IsBarePlural(doc, last)) return null;
        // "the authorities’ latest | claims": words after a possessive that hold no head modify the noun that
        // follows (the cue), so the phrase is the possessor.
        for (int p = last; p > first; p--)
        {
            if (!doc.IsPossessive(p)) continue;
            if (!HasCoreToken(doc, p + 1, end) && p + 1 < end) return Spanning(doc, first, p);
            break;
        }
        // "the family's | attorneys": a possessor the loop stopped at belongs to the phrase; and "one of | his aides",
        // "two of | the company's executives": so does a partitive quantifier.
        if (first - 1 > min && doc.IsPossessive(first - 1) && ProbeBackward(doc, first - 1, min) is { } possessor) first = possessor.First;
        if (first - 2 >= min && doc.Is(first - 1, "of") && doc.Tokens[first - 2].Kind is TokenKind.Word or TokenKind.Number
            && doc.Words(WordList.Partitives).Contains(doc.TokenText(first - 2))) first -= 2;
        return Spanning(doc, first, end);
    }

    /// <summary>
    /// The opening mark of a short quoted title ("“Morning Show,”", "“Avatar”") whose closing mark is token
    /// <paramref name="close"/>: at most eight tokens back, no sentence end inside, a capital first; else -1.
    /// </summary>
    internal static int ShortTitleOpening(Document doc, int close, int min)
    {
        for (int k = close - 1; k > min && close - k <= 8; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.QuoteMark) return k < close - 1 && doc.IsCapitalized(k + 1) ? k : -1;
            if (doc.IsTerminal(k)) return -1;
        }
        return -1;
    }

    /// <summary>The phrase that starts at token <paramref name="start"/>, ending before <paramref name="max"/>.</summary>
    public static Mention? ReadForward(Document doc, int start, int max) => ProbeForward(doc, start, max)?.ToMention();

    /// <summary>Where the phrase <see cref="ReadForward"/> reads lies, and its shape, without building the mention.</summary>
    internal static Phrase? ProbeForward(Document doc, int start, int max)
    {
        if (start >= max || start >= doc.Tokens.Length) return null;
        if (IsPronoun(doc, start)) return Spanning(doc, start, start + 1);
        int i = start;
        bool sawDeterminer = false;
        if (IsDeterminer(doc, i)) { sawDeterminer = true; i++; }
        int end = i;
        for (; i < max && i - start < MaxTokens; i++)
        {
            if (IsCore(doc, i) || doc.IsPossessive(i)) { end = i + 1; continue; }
            if (IsModifier(doc, i) || (IsLowerWord(doc, i) && !IsBreaker(doc, i)
                && (sawDeterminer || (i + 1 < max && (IsHeadOrTitle(doc, i + 1) || (doc.IsNameWord(i + 1) && i > start && doc.IsNameWord(i - 1)))))))
            { end = i + 1; continue; }
            if ((IsConnector(doc, i) || doc.Is(i, "and")) && i > start && i + 1 < max
                && (IsHeadOrTitle(doc, i - 1) || doc.Is(i, "and"))
                && (IsDeterminer(doc, i + 1) || IsCore(doc, i + 1) || IsModifier(doc, i + 1)))
            {
                if (IsDeterminer(doc, i + 1)) i++;
                continue;
            }
            break;
        }
        // Drop trailing words that cannot end a phrase (a possessive, a connector, a lone modifier).
        while (end > start && !CanEndPhrase(doc, end - 1)) end--;
        // A quantifier standing alone is the phrase ("many said", "some argue").
        if (end == start + 1 && sawDeterminer && doc.Has(start, WordClass.GroupHead)) return Spanning(doc, start, end);
        if (end <= start || (end == start + 1 && sawDeterminer)) return null;
        if (!sawDeterminer && !HasCoreToken(doc, start, end)) return null;
        return Spanning(doc, start, end);
    }

    private static Phrase Spanning(Document doc, int first, int end) => new(doc, first, end, end);

    /// <summary>The shape <see cref="Analyze"/> gives tokens <c>[first, end)</c>, without building the mention.</summary>
    private static MentionShape ShapeOf(Document doc, int first, int end)
    {
        if (end - first == 1 && (doc.Is(first, "who") || doc.Is(first, "which") || IsPronoun(doc, first))) return MentionShape.Pronoun;
        return NameRunStart(doc, BodyStart(doc, first, end), end) < end ? MentionShape.Name : MentionShape.Nominal;
    }

    // A determiner standing alone is the head itself ("some said", "many believe").
    private static int BodyStart(Document doc, int first, int end) => IsDeterminer(doc, first) && end - first > 1 ? first + 1 : first;

    // The trailing run of name words (Ann Lee, Jean-Paul Martin) in tokens [body, end); end when there is none.
    private static int NameRunStart(Document doc, int body, int end)
    {
        int runStart = end;
        while (runStart - 1 >= body && (doc.IsNameWord(runStart - 1) || IsNameParticle(doc, runStart - 1, body))) runStart--;
        while (runStart < end && !doc.IsNameWord(runStart)) runStart++;
        return runStart;
    }

    /// <summary>Builds the mention for tokens <c>[first, end)</c>: name part, titles, kind.</summary>
    public static Mention Analyze(Document doc, int first, int end) => AnalyzeValue(doc, first, end).ToMention();

    /// <summary>The mention <see cref="Analyze"/> builds, as a value (no record made).</summary>
    internal static MentionValue AnalyzeValue(Document doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        if (end - first == 1 && (doc.Is(first, "who") || doc.Is(first, "which")))
            return new MentionValue(span, span, default, MentionShape.Pronoun, SpeakerKind.Unknown, Gender.Unknown, false, first, end, MentionReading.Phrase);
        if (end - first == 1 && IsPronoun(doc, first))
        {
            var p = doc.TokenText(first);
            bool plural = p.Equals("they", StringComparison.OrdinalIgnoreCase) || p.Equals("we", StringComparison.OrdinalIgnoreCase);
            var kind = plural ? SpeakerKind.Group : p.Equals("it", StringComparison.OrdinalIgnoreCase) ? SpeakerKind.Organization : SpeakerKind.Person;
            return new MentionValue(span, span, default, MentionShape.Pronoun, kind, GenderOf(doc, first, end), plural, first, end, MentionReading.Phrase);
        }

        int body = BodyStart(doc, first, end);
        int last = end - 1;
        var gender = GenderOf(doc, first, end);
        int runStart = NameRunStart(doc, body, end);

        if (runStart < end && runStart <= last)
        {
            var name = new TextSpan(tokens[runStart].Start, tokens[last].End);
            // (None when empty.)
            var title = runStart > body ? Trim(doc, body, runStart) : default;
            bool organizationHead = doc.InClassList(last, WordClass.OrganizationHead, WordList.OrganizationHeads);
            SpeakerKind kind =
                organizationHead ? SpeakerKind.Organization
                : body > first && end - runStart == 1 && title.IsEmpty ? SpeakerKind.Organization // "the Pentagon"
                : !title.IsEmpty || end - runStart >= 2 ? SpeakerKind.Person
                : SpeakerKind.Unknown;
            if (kind == SpeakerKind.Organization && !organizationHead && doc.InClassList(last, WordClass.GroupHead, WordList.GroupHeads))
                kind = SpeakerKind.Group;
            return new MentionValue(span, name, title, MentionShape.Name, kind, gender, false, first, end, MentionReading.Phrase);
        }

        // A common noun phrase: the interior ministry, officials, the spokesman, Joe Biden’s administration.
        // In "a spokesman for the ministry" the head stands before the connector.
        int headToken = last;
        for (int i = body + 1; i < last; i++) if (IsConnector(doc, i)) { headToken = i - 1; break; }
        var head = doc.TokenText(headToken);
        var nameStart = body;
        TextSpan nominalTitle = default;
        for (int i = last - 1; i > body; i--)
        {
            if (!doc.IsPossessive(i)) continue;
            // The possessor is a name with titles: keep its name in the speaker name, its title as its title.
            var owner = AnalyzeValue(doc, body, i);
            if (owner.Shape == MentionShape.Name)
            {
                nameStart = doc.TokenAtOrAfter(owner.Name.Start);
                nominalTitle = owner.TitleCount > 0 ? owner.TitleAt(0) : default;
            }
            break;
        }
        bool headOfOrganization = doc.InClassList(headToken, WordClass.OrganizationHead, WordList.OrganizationHeads);
        SpeakerKind nominalKind =
            !headOfOrganization && doc.InClassList(headToken, WordClass.GroupHead, WordList.GroupHeads) ? SpeakerKind.Group
            : headOfOrganization ? SpeakerKind.Organization
            : doc.InClassList(headToken, WordClass.Title, WordList.Titles) ? SpeakerKind.Person
            : head.Length > 1 && head[^1] == 's' && !head.EndsWith("ss") ? SpeakerKind.Group
            : SpeakerKind.Unknown;
        bool isPlural = nominalKind == SpeakerKind.Group;
        var nominalName = new TextSpan(tokens[nameStart].Start, tokens[last].End);
        return new MentionValue(span, nominalName, nominalTitle, MentionShape.Nominal, nominalKind, gender, isPlural, first, end, MentionReading.Phrase);
    }

    private static TextSpan Trim(Document doc, int from, int to)
    {
        while (to > from && (doc.Tokens[to - 1].Kind is TokenKind.Punctuation or TokenKind.Dash || IsConnector(doc, to - 1))) to--;
        return to > from ? new TextSpan(doc.Tokens[from].Start, doc.Tokens[to - 1].End) : default;
    }

    private static Gender GenderOf(Document doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (doc.Has(i, WordClass.Male)) return Gender.Male;
            if (doc.Has(i, WordClass.Female)) return Gender.Female;
        }
        return Gender.Unknown;
    }

    internal static bool IsPronoun(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && doc.Has(i, WordClass.Pronoun);

    private static bool IsDeterminer(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && doc.Has(i, WordClass.Determiner);

    private static bool IsConnector(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && doc.Has(i, WordClass.Connector);

    private static bool IsBreaker(Document doc, int i) =>
        doc.Has(i, WordClass.Breaker) || CueLexicon.Lookup(doc.TokenText(i)) is not null;

    private static bool IsLowerWord(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]);

    // Names, titles, organization and group heads: the words a speaker phrase is built of.
    private static bool IsCore(Document doc, int i)
    {
        if (doc.IsNameWord(i)) return true;
        return doc.IsWordLike(i) && doc.Has(i, WordClass.Title | WordClass.OrganizationHead | WordClass.GroupHead);
    }

    private static bool IsTitleWord(Document doc, int i) =>
        i < doc.Tokens.Length && doc.IsWordLike(i) && doc.Has(i, WordClass.Title);

    private static bool IsHeadOrTitle(Document doc, int i)
    {
        if (!doc.IsWordLike(i)) return false;
        if (doc.Has(i, WordClass.Title | WordClass.OrganizationHead | WordClass.GroupHead)) return true;
        var t = doc.TokenText(i);
        return t.Length > 3 && t[^1] == 's' && doc.Words(WordList.Titles).Contains(t[..^1]); // "attorneys for the family"
    }

    // A bare lower-case plural ("environmentalists", "independent analyses") can head a group speaker phrase.
    private static bool IsBarePlural(Document doc, int i)
    {
        if (!IsLowerWord(doc, i) || IsBreaker(doc, i)) return false;
        var t = doc.TokenText(i);
        return t.Length > 4 && t[^1] == 's' && !t.EndsWith("ss") && !t.EndsWith("us") && !t.EndsWith("is") && !t.EndsWith("ous");
    }

    // Lower-case modifiers inside a phrase: hyphenated (state-run, pro-government) or adjective-shaped (interior, senior).
    private static bool IsModifier(Document doc, int i)
    {
        if (!IsLowerWord(doc, i) || IsBreaker(doc, i)) return false;
        var t = doc.TokenText(i);
        if (t.Contains('-')) return true;
        return t.EndsWith("al") || t.EndsWith("ian") || t.EndsWith("ese") || t.EndsWith("ish") || t.EndsWith("ic")
            || t.EndsWith("ior") || t.EndsWith("ern") || t.EndsWith("ary") || t.EndsWith("ive") || t.EndsWith("ied")
            || t.EndsWith("ent") || t.EndsWith("ant") || doc.Has(i, WordClass.Title);
    }

    private static bool IsNameParticle(Document doc, int i, int body) =>
        i > body && doc.Tokens[i].Kind == TokenKind.Word && doc.IsNameWord(i - 1)
        && (doc.Is(i, "de") || doc.Is(i, "van") || doc.Is(i, "von") || doc.Is(i, "bin") || doc.Is(i, "al") || doc.Is(i, "da") || doc.Is(i, "del") || doc.Is(i, "der") || doc.Is(i, "la") || doc.Is(i, "le"));

    private static bool CanEndPhrase(Document doc, int i) =>
        IsPronoun(doc, i) || IsCore(doc, i) || (IsLowerWord(doc, i) && !IsBreaker(doc, i) && !IsConnector(doc, i) && !IsDeterminer(doc, i));

    private static bool HasCoreToken(Document doc, int first, int end)
    {
        for (int i = first; i < end; i++) if (IsCore(doc, i)) return true;
        return false;
    }
}
