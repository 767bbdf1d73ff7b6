using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>A mention for the resolver: the phrase, the quote whose speaker it is (or -1), and whether it opens its sentence.</summary>
/// <remarks>
/// <c>Predicate</c> marks a predicate nominal ("Lee is the mayor", "Lee served as president of …"): its subject's. (Fields,
/// not properties: the resolver reads the mention in place, not a copy of it.)
/// </remarks>
internal readonly struct CollectedMention(MentionValue mention, int attribution, bool subject, bool predicate = false)
{
    public readonly MentionValue Mention = mention;
    public readonly int Attribution = attribution;
    public readonly bool Subject = subject, Predicate = predicate;
}

/// <summary>
/// Finds every mention the resolver reads, in text order: the speakers of the quotes, the names the article mentions,
/// personal pronouns (in the article and in quotes) and role and organization phrases ("the mayor", "his lawyer", "the
/// company"). One linear pass over the tokens.
/// </summary>
internal static class MentionCollector
{
    /// <summary>The mentions in text order (a speaker's before a context one at the same place); dispose them after use.</summary>
    public static PooledList<CollectedMention> Collect(Document doc) => Collect(doc, new DocumentPlaces(doc));

    /// <inheritdoc cref="Collect(Document)"/>
    /// <param name="doc">The document.</param>
    /// <param name="places">Sentences and paragraphs of <paramref name="doc"/>'s tokens (asked in text order).</param>
    public static PooledList<CollectedMention> Collect(Document doc, DocumentPlaces places)
    {
        using var runs = NameMentionFinder.FindRuns(doc, places);
        using var speakerSpans = new PooledList<TextSpan>(doc.Attributions.Count);
        int speakers = 0;
        for (int ai = 0; ai < doc.Attributions.Count; ai++)
        {
            var a = doc.Attributions[ai];
            if (a.Source is not { } source || a.Type is null) continue;
            speakers++;
            speakerSpans.Add(source.Span);
            // (An appositive the rules gave the speaker, "Ann Lee, the finance minister, said", is its title, not a mention.)
            for (int k = 0; k < source.Titles.Count; k++) if (!source.Span.Contains(source.Titles[k])) speakerSpans.Add(source.Titles[k]);
        }
        speakerSpans.Sort((x, y) => x.Start.CompareTo(y.Start));
        // (The spans' ends rise with their starts, unless one holds another: then every question is a binary search, else
        // a cursor that moves on as the questions' starts do, finding the same first span ending after the start.)
        var spans = speakerSpans.AsSpan();
        bool endsRise = true;
        for (int k = 1; k < spans.Length; k++) endsRise &= spans[k].End >= spans[k - 1].End;
        int cursor = 0, cursorStart = int.MinValue;
        bool InsideSpeaker(ReadOnlySpan<TextSpan> spans, int start, int end)
        {
            int lo;
            if (endsRise && start >= cursorStart)
            {
                lo = cursor;
                while (lo < spans.Length && spans[lo].End <= start) lo++;
                (cursor, cursorStart) = (lo, start);
            }
            else
            {
                lo = 0;
                int hi = spans.Length;
                while (lo < hi) { int mid = (lo + hi) >>> 1; if (spans[mid].End <= start) lo = mid + 1; else hi = mid; }
            }
            return lo < spans.Length && spans[lo].Start < end;
        }

        // Room for the speakers, the names outside them and about a pronoun or role phrase per twenty tokens (news has one
        // per thirty or so): growing the list from empty cost more than the rest of the collection. (Not the runs inside
        // speakers: on a document of half a million `Smith: "…"` lines they were 30 MB of unused 56-byte slots.)
        int outsideRuns = 0;
        foreach (var (first, end) in runs.AsSpan())
            if (!InsideSpeaker(spans, doc.Tokens[first].Start, doc.Tokens[end - 1].End)) outsideRuns++;
        (cursor, cursorStart) = (0, int.MinValue);
        var found = new PooledList<CollectedMention>(speakers + outsideRuns + doc.Tokens.Length / 20);
        for (int ai = 0; ai < doc.Attributions.Count; ai++)
        {
            var a = doc.Attributions[ai];
            if (a.Source is { } source && a.Type is not null) found.Add(new CollectedMention(MentionValue.Of(source), ai, true));
        }

        // Names the article mentions (outside quotes: a name in someone's words is not the article introducing it).
        foreach (var (first, end) in runs.AsSpan())
        {
            if (InsideSpeaker(spans, doc.Tokens[first].Start, doc.Tokens[end - 1].End)) continue;
            var m = NounPhraseReader.AnalyzeValue(doc, first, end);
            if (m.Shape == MentionShape.Name) found.Add(new CollectedMention(m, -1, IsSubject(doc, places, first, end)));
        }
        int names = found.Count;
        // (The token loop's questions start over from the first token.)
        cursorStart = int.MinValue;
        cursor = 0;

        var tokens = doc.Tokens;
        var text = doc.Text;
        // (The lists read at every word, looked up once.)
        var copulas = doc.Words(WordList.Copulas);
        var definite = doc.Words(WordList.DefiniteDeterminers);
        var roleNouns = doc.Words(WordList.RoleNouns);
        // (A longer word is no pronoun, copula or determiner: most words are turned away by their length alone.)
        int longest = Math.Max(PronounMaxLength, Math.Max(copulas.MaxLength, definite.MaxLength));
        // For each length, the first and the last letters of the copulas and definite determiners of that length: a word
        // whose edges no listed word has is neither, told by two bit tests instead of two set lookups.
        Span<uint> firstLetters = stackalloc uint[longest + 1], lastLetters = stackalloc uint[longest + 1];
        firstLetters.Clear();
        lastLetters.Clear();
        AddEdges(copulas, firstLetters, lastLetters);
        AddEdges(definite, firstLetters, lastLetters);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Length > longest) continue;
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            // ("the mine", "a mine": a noun, not the pronoun.)
            if (w.Length <= PronounMaxLength && PronounForm.Of(w) is { Unknown: false } form && !(form.Neuter && !IsSpeakerLikeIt(doc, i))
                && !(i > 0 && doc.Has(i - 1, WordClass.Determiner)))
            {
                if (InsideSpeaker(spans, tokens[i].Start, tokens[i].End)) continue;
                found.Add(new CollectedMention(EntityMentions.Pronoun(doc, i, form, neuterOrganization: true), -1, IsSubject(doc, places, i, i + 1)));
                continue;
            }
            // "Lee was a professor of English", "Lee served as president of …": a predicate nominal.
            bool listed = (w[0] | w[^1]) >= 128 || (firstLetters[w.Length] & EdgeBit(w[0])) != 0 && (lastLetters[w.Length] & EdgeBit(w[^1])) != 0;
            if (listed && copulas.Contains(w) && PredicateNominal(doc, i) is var head0 and >= 0)
            {
                if (!InsideSpeaker(spans, tokens[i + 1].Start, tokens[head0].End) && NounPhraseReader.AnalyzeValue(doc, CopulaEnd(doc, i), head0 + 1) is { Shape: not MentionShape.Pronoun } predicate)
                    found.Add(new CollectedMention(predicate, -1, false, predicate: true));
                i = head0;
                continue;
            }
            // "the mayor", "his lawyer", "the veteran goalkeeper", "the company": a definite phrase with a role or organization head.
            if (!listed || !definite.Contains(w) || i + 1 >= tokens.Length) continue;
            int head = -1;
            for (int j = i + 1; j < tokens.Length && j - i <= 3; j++)
            {
                if (tokens[j].Kind != TokenKind.Word) break;
                var h = doc.TokenText(j);
                if (char.IsUpper(h[0]) && !doc.Has(j, WordClass.Title) && !doc.Has(j, WordClass.OrganizationHead)) break;
                if (roleNouns.Contains(h) || doc.Has(j, WordClass.OrganizationHead) && !doc.Has(j, WordClass.GroupHead)) head = j;
                else if (head >= 0) break;
            }
            // (Followed by a name it is that name's title: "the mayor, Jane Roe" and "the mayor Jane Roe" are read as names.)
            if (head < 0 || head + 1 < tokens.Length && doc.IsNameWord(head + 1)) continue;
            if (InsideSpeaker(spans, tokens[i].Start, tokens[head].End)) { i = head; continue; }
            var nominal = NounPhraseReader.AnalyzeValue(doc, i, head + 1);
            if (nominal.Shape != MentionShape.Pronoun) found.Add(new CollectedMention(nominal, -1, IsSubject(doc, places, i, head + 1)));
            i = head;
        }
        SortByPlace(found, speakers, names);
        return found;
    }

    // Adds the first and last letters of each word of list to the masks of its length (see EdgeBit). A word whose edge has
    // no ASCII form equal to it ignoring case equals no word of ASCII edges, which are the only ones the masks turn away.
    private static void AddEdges(WordSet list, Span<uint> firstLetters, Span<uint> lastLetters)
    {
        foreach (var word in list.Words)
        {
            if (word.Length == 0 || word.Length >= firstLetters.Length) continue;
            int first = AsciiWordTable.AsciiFormOf(word[0]), last = AsciiWordTable.AsciiFormOf(word[^1]);
            if (first < 0 || last < 0) continue;
            firstLetters[word.Length] |= EdgeBit((char)first);
            lastLetters[word.Length] |= EdgeBit((char)last);
        }
    }

    // An ASCII character's bit, a letter's case folded (a = bit 0); every other character shares bit 26.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint EdgeBit(char c) => (uint)((c | 0x20) - 'a') is var n && n < 26 ? 1u << (int)n : 1u << 26;

    // The longest pronoun the token loop reads as a mention ("herself"; "themselves" is none).
    private const int PronounMaxLength = 7;

    // The most mentions merged rather than sorted (an article's few hundred).
    private const int MergedAtMost = 4096;

    // Text order, a speaker's mention before an equal context one.
    private static int Compare(CollectedMention x, CollectedMention y) => Compare(in x, in y);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Compare(in CollectedMention x, in CollectedMention y) =>
        x.Mention.Span.Start != y.Mention.Span.Start ? x.Mention.Span.Start.CompareTo(y.Mention.Span.Start) : y.Attribution.CompareTo(x.Attribution);

    private static readonly Comparison<CollectedMention> s_compare = Compare;

    // Sorts the mentions as PooledList.Sort with Compare would. They come in three runs: the speakers (in the order of
    // their quotes), then the names, then the token loop's finds (each of the last two in text order already). When no two
    // mentions compare equal there is one sorted order, whatever the sort: the speakers are sorted (a few) and the three
    // runs merged. When two do (two context mentions at one place), the order of equals is the sort's own, so it sorts.
    private static void SortByPlace(PooledList<CollectedMention> found, int speakers, int names)
    {
        var all = found.AsSpan();
        // (A long document's mentions are sorted in place: the merge's second buffer would add to its peak.)
        if (all.Length > MergedAtMost)
        {
            found.Sort(s_compare);
            return;
        }
        for (int k = speakers + 1; k < all.Length; k++)
            if (k != names && Compare(in all[k - 1], in all[k]) >= 0)
            {
                found.Sort(s_compare);
                return;
            }
        // (Merged into a second buffer, the speakers sorted at its end: the list is left as it was until the merge is
        // known to have no equals.)
        var buffer = ScratchArray.Rent<CollectedMention>(all.Length + speakers);
        try
        {
            var sortedSpeakers = buffer.AsSpan(all.Length, speakers);
            all[..speakers].CopyTo(sortedSpeakers);
            // (No two speakers compare equal, each of its own quote: one sorted order, found by insertion, as they come
            // nearly in order.)
            for (int k = 1; k < sortedSpeakers.Length; k++)
            {
                var item = sortedSpeakers[k];
                int j = k - 1;
                for (; j >= 0 && Compare(in sortedSpeakers[j], in item) > 0; j--) sortedSpeakers[j + 1] = sortedSpeakers[j];
                sortedSpeakers[j + 1] = item;
            }
            var merged = buffer.AsSpan(0, all.Length);
            int a = 0, b = speakers, c = names;
            for (int n = 0; n < merged.Length; n++)
            {
                // (The least of the runs' heads found by reference, and copied once: a mention is 56 bytes.)
                int pick = -1;
                ref readonly var least = ref System.Runtime.CompilerServices.Unsafe.NullRef<CollectedMention>();
                if (a < speakers) { pick = 0; least = ref sortedSpeakers[a]; }
                if (b < names && (pick < 0 || Compare(in all[b], in least) < 0)) { pick = 1; least = ref all[b]; }
                if (c < all.Length && (pick < 0 || Compare(in all[c], in least) < 0)) { pick = 2; least = ref all[c]; }
                merged[n] = least;
                if (pick == 0) a++;
                else if (pick == 1) b++;
                else c++;
            }
            for (int k = 1; k < merged.Length; k++)
                if (Compare(in merged[k - 1], in merged[k]) == 0)
                {
                    found.Sort(s_compare);
                    return;
                }
            merged.CopyTo(found.AsWritableSpan());
        }
        finally
        {
            ScratchArray.Return(buffer);
        }
    }

    // After a copula ("is", "was", "became", "served as"), a noun phrase up to its head: the last word before a comma, a
    // preposition, a relative word or the sentence's end ("a professor" of "was a professor of English at …"); -1 if none.
    // (Token i is a copula: the caller looked.)
    private static int PredicateNominal(Document doc, int i)
    {
        int start = CopulaEnd(doc, i);
        if (start >= doc.Tokens.Length || start == i + 1 && doc.Is(i + 1, "as") ) return -1;
        // (Not "was born", "was told", "is not": a determiner, an adjective or a role noun must open the phrase.)
        bool opener = doc.Has(start, WordClass.Determiner) && !doc.Is(start, "that") && !doc.Is(start, "this") || doc.Words(WordList.RoleNouns).Contains(doc.TokenText(start));
        if (!opener) return -1;
        int head = -1;
        for (int j = start; j < doc.Tokens.Length && j - start < 6; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind is not (TokenKind.Word or TokenKind.Clitic) || doc.Has(j, WordClass.Connector) || doc.Words(WordList.RolePhraseEnds).Contains(doc.TokenText(j))) break;
            if (t.Kind == TokenKind.Word && char.IsLower(doc.TokenText(j)[0]) || doc.Words(WordList.RoleNouns).Contains(doc.TokenText(j))) head = j;
            else if (t.Kind == TokenKind.Word && head >= 0) break; // (a name after the role: "the mayor Jane Roe" is a name)
        }
        if (head < 0 || doc.Has(head, WordClass.Determiner) || doc.Has(head, WordClass.NotName) && !doc.Words(WordList.RoleNouns).Contains(doc.TokenText(head))) return -1;
        // (A name right after: "is the mayor Jane Roe" names, not predicates.)
        return head + 1 < doc.Tokens.Length && doc.IsNameWord(head + 1) ? -1 : head;
    }

    // The first token after the copula (past "as": "served as", "worked as").
    private static int CopulaEnd(Document doc, int i) => doc.Is(i + 1, "as") && !doc.Words(WordList.PlainCopulas).Contains(doc.TokenText(i)) ? i + 2 : i + 1;

    // "it" as an organization that says or does ("It said …"), not "it is clear that": a verb of saying right after.
    private static bool IsSpeakerLikeIt(Document doc, int i) =>
        i + 1 < doc.Tokens.Length && CueLexicon.Lookup(doc.TokenText(i + 1)) is { } entry && (entry.Flags & CueFlags.Reporting) != 0;

    // A subject, roughly: the phrase opens its sentence or a clause ("Born in Basel, Lee went to …") and a verb follows it
    // ("Lee went", "Lee was", not "Lee's", "Lee and", "Lee, the …").
    private static bool IsSubject(Document doc, DocumentPlaces places, int first, int end)
    {
        bool opens = OpensSentence(doc, places, first) || first > 0 && (doc.IsPunct(first - 1, ',') || doc.IsPunct(first - 1, ';'));
        if (!opens || end >= doc.Tokens.Length) return opens && end >= doc.Tokens.Length;
        if (doc.Tokens[end].Kind != TokenKind.Word) return OpensSentence(doc, places, first) && doc.Tokens[end].Kind != TokenKind.Clitic;
        var next = doc.TokenText(end);
        if (!char.IsLower(next[0])) return false;
        return doc.Words(WordList.SubjectVerbs).Contains(next) || doc.CueFormIdAt(end) >= 0 || (doc.WordClasses[end] & ~WordClass.Capitalized) == 0 && !doc.Words(WordList.NotSubjectVerbs).Contains(next);
    }

    // The phrase opens its sentence (past a conjunction or an adverb or two).
    private static bool OpensSentence(Document doc, DocumentPlaces places, int first)
    {
        int s = places.SentenceOf(first);
        if (s < 0) return false;
        int start = doc.Sentences[s].FirstToken;
        for (int i = start; i < first; i++)
        {
            if (i - start >= 3) return false;
            if (doc.Tokens[i].Kind is TokenKind.QuoteMark or TokenKind.Punctuation) continue;
            if (doc.Tokens[i].Kind == TokenKind.Word && (doc.Is(i, "but") || doc.Is(i, "and") || doc.Is(i, "so") || doc.Has(i, WordClass.Filler)
                || doc.TokenText(i).EndsWith("ly", StringComparison.Ordinal))) continue;
            return false;
        }
        return true;
    }
}
