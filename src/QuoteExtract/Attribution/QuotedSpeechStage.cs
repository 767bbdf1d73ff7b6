using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

/// <summary>
/// Attributes every quoted stretch: direct quotes by the patterns “Q,” SPEAKER CUE / “Q,” CUE SPEAKER /
/// SPEAKER CUE: “Q” / split quotes / continuation paragraphs; partial quotes after a naming or speech cue;
/// mixed quotes where quoted fragments sit inside a reported clause. Scare quotes with no cue are dropped.
/// </summary>
internal sealed partial class QuotedSpeechStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => PipelineStageNames.QuotedSpeech;

    private const int MaxGapBeforeQuote = 8;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = document;
        var quotes = doc.QuoteArray;
        // (Scratch arrays of the exact use, not doubling lists, since 16 MiB of "a" "b" has 4 million quotes.)
        var attributed = ScratchArray.Rent<int>(quotes.Length);
        int top = 0;
        for (int qi = 0; qi < quotes.Length; qi++) if (quotes[qi].Depth == 0) top++;
        var topLevel = ScratchArray.Rent<int>(top);
        try
        {
            Array.Fill(attributed, -1, 0, quotes.Length);
            for (int qi = 0, k = 0; qi < quotes.Length; qi++) if (quotes[qi].Depth == 0) topLevel[k++] = qi;
            // (Room for the quotes and the reports after them, about one every other sentence in news, so the list is made
            // once, not again and again as it doubles; but never more than a few thousand ahead: a quote-dense document may have few.)
            doc.Attributions.EnsureCapacity(doc.Attributions.Count + Math.Min(top + doc.Sentences.Length / 2, 4096));
            AttributeEach(doc, quotes, topLevel.AsSpan(0, top), attributed);
            PropagateAlongChains(doc, quotes, attributed);
        }
        finally
        {
            ScratchArray.Return(attributed);
            ScratchArray.Return(topLevel);
        }
    }

    // Each top-level quote in turn, offered to the quote rules (Attribute); <paramref name="attributed"/> gets the index
    // of each quote's attribution.
    private static void AttributeEach(Document doc, QuotedSpan[] quotes, ReadOnlySpan<int> topLevel, int[] attributed)
    {
        var covered = new List<TextSpan>(); // contents of mixed quotes: fragments inside them are not quotes of their own
        var cuesBefore = new StrongCueScan();
        var paragraphs = new ParagraphCursor(doc); // (top-level quotes open in text order)
        for (int n = 0; n < topLevel.Length; n++)
        {
            int qi = topLevel[n];
            var q = quotes[qi];
            if (q.Content.IsEmpty) continue;
            int paragraph = paragraphs.At(q.Open.Start);
            if (doc.Options.SkipBoilerplate && paragraphs.IsBoilerplate(paragraph)) continue;
            if (covered.Count > 0 && covered[^1].Contains(q.Outer)) continue;
            if (!Rules.RuleHelpers.HasAlphanumerics(doc, q.Content, doc.Options.MinimumQuoteLength)) continue;

            var ctx = new QuoteContext(doc, q,
                n > 0 ? quotes[topLevel[n - 1]].Outer.End : -1,
                n + 1 < topLevel.Length ? quotes[topLevel[n + 1]].Open.Start : int.MaxValue, paragraph);
            if (ctx.OpenToken >= doc.Tokens.Length) continue;
            var rule = new QuoteRuleContext(doc, ctx, q, attributed, cuesBefore);
            var found = Attribute(ref rule);
            if (found is null) continue;
            found.QuotedSpan = qi;
            // The model scores every quote; it may reject only the guesses (no explicit quote-speaker-cue
            // pattern, not a segment of an accepted quote), never a plainly attributed one.
            if (!AttributionGate.Accepts(doc, found, IsExplicit)) continue;
            attributed[qi] = doc.Attributions.Count;
            doc.Attributions.Add(found);
            if (found.Kind == QuoteKind.Mixed) covered.Add(found.Content);
        }
    }

    // The quote rules in their order (AttributionRuleSet.QuoteRules) until one claims the quote; what a rule switched
    // off found is dropped, and the next rule tries.
    private static QuoteAttribution? Attribute(ref QuoteRuleContext context)
    {
        var rules = context.Document.Options.AttributionRules;
        foreach (var rule in rules.QuoteRules)
        {
            if (!rule.TryAttribute(ref context)) continue;
            if (context.Found is null || rules.IsOn(context.Found.Rule)) return context.Found;
            context.Found = null;
        }
        return null;
    }

    // "“A,” Lee said. Tom Baker, her deputy, disagreed. ¶ “B …”": another person opening a sentence between the quotes
    // (two name words not in the previous speaker's name) may be the one going on, so the free-standing quote is not
    // chained to the previous speaker. Reads only the gap between the two quotes.
    internal static bool OtherPersonBetween(Document doc, QuoteAttribution previous, int open)
    {
        int from = doc.TokenAtOrAfter(previous.Content.End);
        if (previous.Source is { } s && s.EndToken > from && s.EndToken <= open) from = s.EndToken;
        for (int i = from; i + 1 < open; i++)
        {
            if (!doc.IsNameWord(i) || !doc.IsNameWord(i + 1) || !OpensSentence(doc, i)) continue;
            if (previous.Source is not { } source || !InName(doc, source, i) || !InName(doc, source, i + 1)) return true;
            i++;
        }
        return false;
    }

    // The sentence's first word, past a title or two ("Sen. Tom Baker", "Deputy Mayor Tom Baker").
    private static bool OpensSentence(Document doc, int i)
    {
        int first = doc.Sentences[Math.Max(0, doc.SentenceOfToken(i))].FirstToken;
        while (first < i && (doc.Tokens[first].Kind is TokenKind.QuoteMark or TokenKind.Punctuation || doc.Has(first, WordClass.Title))) first++;
        return first == i;
    }

    // Whether the word of token i is one of the words of mention m's name ("Lee" of "Ann Lee").
    private static bool InName(Document doc, Mention m, int i)
    {
        var w = doc.TokenText(i);
        for (int k = m.FirstToken; k < m.EndToken; k++)
            if (doc.TokenText(k).Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // A quote inside a clause governed by a cue earlier in the sentence: partial (call it “X”) or mixed (accused X of “Y”).
    internal static QuoteAttribution? InsideClause(Document doc, QuoteContext ctx, QuotedSpan q)
    {
        int min = ctx.SentenceStartToken;
        // A clause cannot start inside what an earlier quote already holds: quotes nest or stay apart, never overlap.
        // (The token after the latest such end: TokenAtOrAfter never goes back as the offset grows, so one lookup.)
        int latestEnd = -1;
        for (int a = doc.Attributions.Count - 1; a >= 0 && a >= doc.Attributions.Count - 8; a--)
        {
            var content = doc.Attributions[a].Content;
            if (content.End <= q.Open.Start) latestEnd = Math.Max(latestEnd, content.End);
        }
        if (latestEnd >= 0) min = Math.Max(min, doc.TokenAtOrAfter(latestEnd));
        // Cues before the quote in its sentence (at most 30 tokens back), nearest first; those already reporting another
        // quote are taken.
        var buffer = new CuesBefore();
        Span<CueMatch> found = buffer;
        int count = 0;
        for (int i = ctx.OpenToken - 1; i >= min && ctx.OpenToken - i <= 30; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark && doc.Tokens[i].Start < q.Open.Start && IsClosingMarkOfAttributed(doc, i)) break;
            if (CueFinder.At(doc, i) is { } c && !IsUsedCue(doc, c)) found[count++] = c;
        }
        ReadOnlySpan<CueMatch> cues = found[..count];
        // The outermost cue governs: "said they want “justice”" is said's clause, not want's.
        for (int n = cues.Length - 1; n >= 0; n--)
        {
            var cue = cues[n];
            if (NearerClauseCue(doc, cues, n)) continue;
            var speaker = SubjectOf(doc, cue, min, ctx);
            if (speaker is null) continue;
            // "call on X to …", "call for …" urge rather than name.
            bool naming = (cue.Entry.Flags & CueFlags.Naming) != 0 && !doc.Is(cue.End, "on") && !doc.Is(cue.End, "for");
            // A name given ("called the week “a coup”") is the quoted words; any other cue governs a quote directly only
            // with nothing but a comma or colon between: with words between ("said Smith “is …”", "said that “Q”"),
            // the reported content is everything after the cue.
            bool adjacent = (ctx.OpenToken == cue.End || ctx.OpenToken - cue.End == 1 && doc.Tokens[cue.End].Kind == TokenKind.Punctuation)
                && (cue.Entry.Flags & CueFlags.ObjectThenContent) == 0;
            if (naming && ctx.OpenToken - cue.End > 10) naming = false;
            if (naming || adjacent)
            {
                var a = Direct(doc, q, cue, speaker, 0.75, naming ? AttributionRuleId.NamingPartial : AttributionRuleId.CuePartial);
                a.Kind = QuoteKind.Partial;
                return a;
            }
            // The reported clause runs from after the cue (with its "that") to the end of the clause holding the quote;
            // "said in an email that …" starts at "that".
            int start = cue.End;
            // "telling Fox 35 that …", "warned the council that …": past the audience of a verb that takes one.
            if (doc.Tokens[start].Kind == TokenKind.Word && (doc.Words(WordList.MediumPrepositions).Contains(doc.TokenText(start)) || doc.Words(WordList.AudienceTakers).Contains(cue.Entry.Lemma)))
                for (int j = start + 1; j < ctx.OpenToken && j - start <= 8; j++)
                {
                    if (doc.Is(j, "that")) { start = j; break; }
                    if (doc.Tokens[j].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Clitic)) break;
                }
            // A quote that ends with its own full stop ends the sentence too.
            var tail = doc.Slice(q.Content).TrimEnd();
            int end = tail.Length > 0 && tail[^1] is '.' or '!' or '?' ? ctx.CloseToken + 1 : ClauseEnd(doc, ctx.CloseToken, ctx.ParagraphEndToken);
            if (start >= end) return null;
            var content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End);
            return new QuoteAttribution
            {
                Kind = QuoteKind.Mixed, Content = content, Cue = cue.Span(doc), Source = speaker,
                Confidence = 0.7, Rule = AttributionRuleId.MixedClause,
            };
        }
        return null;
    }

    // "mocked the complaint, saying …“Q”", "… and vowed to “Q”": a nearer cue opening its own clause governs the quote.
    // Room for the cues of the 30 tokens before a quote, on the stack.
    [System.Runtime.CompilerServices.InlineArray(30)]
    private struct CuesBefore
    {
        private CueMatch _first;
    }

    private static bool NearerClauseCue(Document doc, ReadOnlySpan<CueMatch> cues, int outer)
    {
        // "Claiming X, Trump told Fox that “…”": a participle opening the sentence governs no later quote.
        if (outer > 0 && doc.TokenText(cues[outer].First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && doc.SentenceOfToken(cues[outer].First) is var sentence and >= 0 && doc.Sentences[sentence].FirstToken == cues[outer].First)
            return true;
        for (int m = 0; m < outer; m++)
        {
            if (cues[m].Probability < 0.5) continue;
            int b = CueFinder.SkipFillersBackward(doc, cues[m].First, cues[outer].End);
            if (b - 1 >= cues[outer].End && (doc.IsPunct(b - 1, ',') || doc.Is(b - 1, "and"))) return true;
            // "…, Judge Amari concluded that “…”", "… while the senator said that “…”": a nearer cue with a subject of its own after a
            // clause boundary opens a clause of its own (a relative "who" stays inside the outer report).
            if (CueFinder.SubjectOf(doc, cues[m], cues[outer].End) is { } subject && subject.FirstToken - 1 >= cues[outer].End
                && !doc.Is(subject.FirstToken, "who") && (doc.IsPunct(subject.FirstToken - 1, ',') || doc.Words(WordList.ClauseOpeners).Contains(doc.TokenText(subject.FirstToken - 1)))) return true;
        }
        return false;
    }

    private static bool IsUsedCue(Document doc, CueMatch cue)
    {
        var span = cue.Span(doc);
        for (int a = doc.Attributions.Count - 1; a >= 0 && a >= doc.Attributions.Count - 8; a--)
            if (doc.Attributions[a].Cue is { } c && c.Overlaps(span)) return true;
        return false;
    }

    // The subject of a cue (appositives, relative pronouns, participles), else the inverted speaker after it.
    // (A participle never inverts: "…,” telling Fox 35 that …" speaks for the sentence's subject, before any earlier quote.)
    private static Mention? SubjectOf(Document doc, CueMatch cue, int min, QuoteContext ctx) =>
        CueFinder.SubjectOf(doc, cue, min)
        ?? (cue.Entry.Lemma != "according to" && CueFinder.IsParticiple(doc, cue)
            ? (min > ctx.SentenceStartToken ? CueFinder.SubjectOf(doc, cue, ctx.SentenceStartToken) : null)
            : (cue.Entry.Flags & CueFlags.Invertible) != 0 || cue.Entry.Lemma == "according to" ? NounPhraseReader.ReadForward(doc, cue.End, ctx.OpenToken) : null);

    private static bool IsClosingMarkOfAttributed(Document doc, int token)
    {
        // Recent attributions only: the mark belongs to the sentence being read.
        for (int i = doc.Attributions.Count - 1; i >= 0 && i >= doc.Attributions.Count - 8; i--)
        {
            var a = doc.Attributions[i];
            if (a.Content.End <= doc.Tokens[token].Start && doc.Tokens[token].Start - a.Content.End <= 2) return true;
        }
        return false;
    }

    // Where a clause holding a quote ends: the sentence end, a dash or semicolon, or a comma before a participle
    // or another cue ("…,” echoing …", ", according to …"); a closing mark right after that comma stays inside.
    private static int ClauseEnd(Document doc, int from, int limit)
    {
        int end = from + 1;
        // "… “a long dental visit,” according to …": a comma inside the closing mark, then a cue; or a clause of
        // its own ("… “a giveaway,” while supporters call it overdue").
        if (from > 0 && doc.IsPunct(from - 1, ',') && from + 1 < limit && (CueFinder.At(doc, from + 1) is { Probability: >= 0.25 }
            || doc.Is(from + 1, "while") || doc.Is(from + 1, "whereas") || doc.Is(from + 1, "although") || doc.Is(from + 1, "but"))) return end;
        for (int i = from + 1; i < limit; i++)
        {
            if (doc.IsTerminal(i) || doc.Tokens[i].Kind == TokenKind.Dash || doc.IsPunct(i, ';') || doc.IsPunct(i, '(')) break;
            // "…, but she denied …", "… and he urged …", "… and warned …": a clause of its own begins.
            if (doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.QuoteClauseJoins).Contains(doc.TokenText(i))
                && (CueFinder.At(doc, CueFinder.SkipFillersForward(doc, i + 1, limit)) is { Probability: >= 0.5 }
                    || SubjectWithCue(doc, i + 1, limit)))
                return end > from + 1 && doc.IsPunct(end - 1, ',') ? end - 1 : end;
            if (doc.IsPunct(i, ','))
            {
                bool closeAfter = i + 1 < limit && doc.Tokens[i + 1].Kind == TokenKind.QuoteMark;
                int next = closeAfter ? i + 2 : i + 1;
                if (next < limit && (doc.TokenText(next).EndsWith("ing") || CueFinder.At(doc, next) is not null))
                    return closeAfter ? i + 2 : end;
                // "…,” Mr. Lee has argued since March": a subject and its cue after the comma begin their own report.
                if (next < limit && SubjectWithCue(doc, next, limit)) return closeAfter ? i + 2 : end;
            }
            end = i + 1;
        }
        return end;
    }

    private static QuoteAttribution Direct(Document doc, QuotedSpan q, CueMatch cue, Mention speaker, double confidence, AttributionRuleId rule) =>
        new()
        {
            Kind = QuoteKind.Direct, Content = q.Content, Cue = cue.Span(doc), Source = speaker,
            Confidence = confidence, Rule = rule,
        };

    internal static QuoteAttribution Continuation(Document doc, QuotedSpan q, int previous, bool cueKept, AttributionRuleId rule)
    {
        var p = doc.Attributions[previous];
        return new QuoteAttribution
        {
            Kind = QuoteKind.Direct, Content = q.Content, Cue = cueKept ? p.Cue : null, Source = p.Source,
            Continues = previous, Confidence = Math.Min(p.Confidence, 0.8), Rule = rule,
        };
    }

    // "…,” said Ann Lee, a spokeswoman for the ministry." : the appositive after an inverted speaker is a title.
    internal static Mention TrailingAppositive(Document doc, Mention speaker, int limit)
    {
        int k = speaker.EndToken;
        if (!doc.IsPunct(k, ',') || k + 1 >= limit || doc.Is(k + 1, "who") || doc.Is(k + 1, "which")) return speaker;
        if (NounPhraseReader.ProbeForward(doc, k + 1, limit) is not { } np || np.Shape == MentionShape.Pronoun) return speaker;
        int after = np.End;
        bool closes = after >= limit || doc.IsTerminal(after) || doc.IsPunct(after, ',');
        return closes ? speaker with { Titles = [.. speaker.Titles, Span(doc, np.First, after)] } : speaker;
    }

    // A segment of an accepted quote, or a quote next to a strong cue and its speaker.
    private static bool IsExplicit(Document doc, QuoteAttribution a)
    {
        if (a.Continues >= 0 || a.Rule == AttributionRuleId.QuoteDashName) return true;
        if (a.Rule is not (AttributionRuleId.QuoteCueSpeaker or AttributionRuleId.QuoteSpeakerCue or AttributionRuleId.SpeakerCueQuote or AttributionRuleId.LeadInCue) || a.Cue is not { } cue) return false;
        return Lexicon.LearnedCues.Probability(doc.Slice(cue), 0.3) >= 0.3 || Lexicon.CueLexicon.Lookup(doc.Slice(cue)) is not null;
    }

    private static bool EndsSentence(Document doc, QuotedSpan q)
    {
        var tail = doc.Slice(q.Content).TrimEnd().TrimEnd("'\"’”");
        return tail.Length > 0 && tail[^1] is '.' or '!' or '?' or '…';
    }

    // What may follow the cue of "“…” she said": a few words of time, place or audience, then the sentence end.
    private static bool AttributionTail(Document doc, int from, int limit)
    {
        for (int i = from; i < limit && i - from <= 8; i++)
        {
            // "She adds, “…”": a cue that introduces the next quote is not this one's.
            if ((doc.IsPunct(i, ',') || doc.IsPunct(i, ':')) && i + 1 < doc.Tokens.Length && OpensQuote(doc, i + 1)) return false;
            // "… “reckless.” Park said Kim's state is “spiraling …”": the cue governs the quote that follows it.
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark && OpensQuote(doc, i)) return false;
            if (doc.IsTerminal(i) || doc.IsPunct(i, ',') || doc.Tokens[i].Kind == TokenKind.QuoteMark) return true;
            // ("said to be …" is an infinitive; "said to a crowd", "told to reporters" name an audience.)
            if (doc.Is(i, "that") || doc.Is(i, "to") && i == from && !(doc.Has(i + 1, WordClass.Determiner) || doc.IsCapitalized(i + 1))) return false;
        }
        if (limit < doc.Tokens.Length && limit - from <= 8 && OpensQuote(doc, limit)) return false;
        return limit - from <= 8;
    }

    // Later segments of a chain may carry the cue ("…," he said at the end of the last paragraph): give it to the earlier ones.
    private static void PropagateAlongChains(Document doc, QuotedSpan[] quotes, ReadOnlySpan<int> attributed)
    {
        for (int qi = quotes.Length - 1; qi >= 0; qi--)
        {
            int prevQ = quotes[qi].Previous;
            if (prevQ < 0 || attributed[qi] < 0 || attributed[prevQ] < 0) continue;
            var later = doc.Attributions[attributed[qi]];
            var earlier = doc.Attributions[attributed[prevQ]];
            if (earlier.Source is null && later.Source is not null && doc.Options.AttributionRules.IsOn(AttributionRuleId.ParagraphChain))
            {
                earlier.Source = later.Source;
                earlier.Rule = AttributionRuleId.ParagraphChain;
                earlier.Confidence = Math.Min(later.Confidence, 0.8);
            }
            if (later.Continues < 0 && later.Rule != AttributionRuleId.QuotedTranscript) later.Continues = attributed[prevQ];
        }
    }

    internal static int LastWithSpeaker(Document doc)
    {
        for (int a = doc.Attributions.Count - 1; a >= 0 && a >= doc.Attributions.Count - 32; a--)
            if (doc.Attributions[a].Source is not null) return a;
        return -1;
    }

    // The latest quote, direct or mixed, that goes on with its speaker; -1 when it has none.
    internal static int LastQuoted(Document doc)
    {
        for (int a = doc.Attributions.Count - 1; a >= 0 && a >= doc.Attributions.Count - 32; a--)
            if (doc.Attributions[a].Kind is QuoteKind.Direct or QuoteKind.Mixed) return doc.Attributions[a].Source is null ? -1 : a;
        return -1;
    }

    private static bool IsTimeWord(Document doc, int i) => doc.Words(WordList.QuoteSettingWords).Contains(doc.TokenText(i));
}
