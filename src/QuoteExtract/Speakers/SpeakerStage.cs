using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// Coreference within the document, and every quote pointed at its speaker's entity. Reads every mention in text order
/// (<see cref="MentionCollector"/>: speakers, names, pronouns, role and organization phrases) into an entity–mention
/// model (<see cref="CoreferenceResolver"/>): partial names to full names (Lee, Ann → Ann Lee), pronouns to the most
/// salient entity that agrees, roles to their holders (the mayor → Jane Roe), short forms and acronyms to organizations
/// (the ministry, PHAC), "Lee and Baker said" to a group of both.
/// </summary>
internal sealed class SpeakerStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => PipelineStageNames.Speakers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = document;
        DropSectionLabels(doc);
        using var resolver = CoreferenceResolver.For(doc);
        using var collected = MentionCollector.Collect(doc, resolver.Places);
        resolver.UseCollected(collected);
        using var quoted = new QuotedContents(doc);
        // The entity each collected speaker mention was given (NotSet until then): one mention may speak for several quotes.
        var speakerOf = ScratchArray.Rent<int>(Math.Max(1, collected.Count));
        try
        {
            speakerOf.AsSpan(0, collected.Count).Fill(NotSet);
            ResolveAll(doc, resolver, collected.AsSpan(), quoted, speakerOf);
        }
        finally
        {
            ScratchArray.Return(speakerOf);
        }
        // A quote that continues another without a speaker mention of its own speaks for the same entity.
        foreach (var a in doc.Attributions)
            if (a.Entity < 0 && a.Source is null && a.Continues >= 0 && a.Continues < doc.Attributions.Count) a.Entity = doc.Attributions[a.Continues].Entity;
        resolver.Finish();
    }

    private const int NotSet = int.MinValue;

    // A first-person pronoun in quote marks, resolved once every speaker is read (marked so in speakerOf, not listed: a
    // list of them grown by doubling was a part of the command line's peak on a document of a million quotes).
    private const int Later = int.MinValue + 1;

    private static void ResolveAll(Document doc, CoreferenceResolver resolver, ReadOnlySpan<CollectedMention> collected, QuotedContents quoted, int[] speakerOf)
    {
        bool anyLater = false;
        var narrator = new Narrator(doc, resolver, NarratorSpeaks(doc, collected, quoted));
        void SetSpeaker(CollectedMention c, int e)
        {
            var a = doc.Attributions[c.Attribution];
            a.Entity = e;
            if (e >= 0) quoted.Add(a.Content, e);
        }

        for (int k = 0; k < collected.Length; k++)
        {
            ref readonly var c = ref collected[k];
            ref readonly var m = ref c.Mention;
            if (narrator.IsNameMention(in m)) continue; // (recorded with the narrator)
            bool firstPersonPronoun = m.Shape == MentionShape.Pronoun && PronounForm.Of(doc.TokenText(m.FirstToken)).FirstPerson;
            if (firstPersonPronoun)
            {
                // "I", "me" in a quote are its speaker, known once every speaker is read ("“I will,” Lee said");
                // outside quotes, the document's own voice.
                if (quoted.InQuoteMarks(m.Span.Start)) (speakerOf[k], anyLater) = (Later, true);
                else if (narrator.Resolve(in m, isSpeaker: c.Attribution >= 0, c.Subject) is var n && c.Attribution >= 0) SetSpeaker(c, speakerOf[k] = n);
                continue;
            }
            if (c.Predicate) { resolver.ResolvePredicate(in m); continue; }
            if (c.Attribution < 0)
            {
                narrator.Observe(in m, resolver.Resolve(in m, isSpeaker: false, quoteSpeaker: quoted.SpeakerAt(m.Span.Start), c.Subject));
                continue;
            }
            // One mention speaks for several quotes ("“A,” she said, “B.”"): one entity. (Its other slots start where it does,
            // so they are among the mentions just before it.)
            if (EarlierSpeakerSlot(collected, speakerOf, k) is var known and not NotSet) { SetSpeaker(c, speakerOf[k] = known); continue; }
            int e = Members(doc, in m) is var (left, right) ? resolver.ResolveGroup(in m, ResolvedMembers(resolver, in left, in right))
                : Owner(doc, in m) is { } owner && resolver.Resolve(in owner, isSpeaker: true, quoteSpeaker: quoted.SpeakerAt(m.Span.Start), subject: true) is var o and >= 0 ? o
                : resolver.Resolve(in m, isSpeaker: true, quoteSpeaker: quoted.SpeakerAt(m.Span.Start), subject: true);
            SetSpeaker(c, speakerOf[k] = e);
        }
        if (!anyLater) return;
        // First-person speakers first ("“I think we will win,” Lee said": the belief is Lee's), then the other pronouns.
        // (Two indexed passes, not two LINQ filters and a concatenation.)
        for (int pass = 0; pass < 2; pass++)
            for (int k = 0; k < collected.Length; k++)
            {
                if (speakerOf[k] != Later) continue;
                ref readonly var c = ref collected[k];
                if (c.Attribution >= 0 != (pass == 0)) continue;
                if (quoted.SpeakerAt(c.Mention.Span.Start) is var speaker and >= 0)
                {
                    resolver.Resolve(c.Mention, isSpeaker: c.Attribution >= 0, quoteSpeaker: speaker, subject: c.Subject);
                    if (c.Attribution >= 0) SetSpeaker(c, speaker);
                }
            }
    }

    // Whether some "I", "me", "my" stands outside quotes: the document's own voice speaks.
    private static bool NarratorSpeaks(Document doc, ReadOnlySpan<CollectedMention> collected, QuotedContents quoted)
    {
        foreach (var c in collected)
            if (c.Mention.Shape == MentionShape.Pronoun && PronounForm.Of(doc.TokenText(c.Mention.FirstToken)).FirstPerson && !quoted.InQuoteMarks(c.Mention.Span.Start))
                return true;
        return false;
    }

    // The entity given to the same mention in an earlier quote's slot (the latest such), or NotSet. (A speaker's mention is
    // its quote's source: the same record.)
    private static int EarlierSpeakerSlot(ReadOnlySpan<CollectedMention> collected, int[] speakerOf, int k)
    {
        ref readonly var m = ref collected[k].Mention;
        for (int j = k - 1; j >= 0 && collected[j].Mention.Span.Start == m.Span.Start; j--)
            if (ReferenceEquals(collected[j].Mention.Record, m.Record) && speakerOf[j] is not (NotSet or Later)) return speakerOf[j];
        return NotSet;
    }

    // The entities of a group's two members ("Ann Lee and Tom Baker said"), those that found one.
    private static List<int> ResolvedMembers(CoreferenceResolver resolver, in MentionValue left, in MentionValue right)
    {
        var entities = new List<int>(2);
        if (resolver.ResolveContext(in left) is var l and >= 0) entities.Add(l);
        if (resolver.ResolveContext(in right) is var r and >= 0) entities.Add(r);
        return entities;
    }

    // "Lee's study found", "his report says": a work speaks for its author, the owner named before it.
    private static MentionValue? Owner(Document doc, in MentionValue m)
    {
        if (m.Shape != MentionShape.Nominal || !doc.Words(WordList.AuthoredWorks).Contains(doc.TokenText(m.EndToken - 1))) return null;
        int first = m.FirstToken;
        var w = doc.TokenText(first);
        if (doc.Words(WordList.OwnerPronouns).Contains(w))
        {
            return EntityMentions.Pronoun(doc, first, neuterOrganization: false);
        }
        for (int i = first + 1; i < m.EndToken - 1; i++)
            if (doc.IsPossessive(i))
                return doc.IsNameWord(i - 1) && NounPhraseReader.AnalyzeValue(doc, first, i) is { Shape: MentionShape.Name } name ? name : null;
        return null;
    }

    // "Ann Lee and Tom Baker said": two names joined by "and" are a group of both (each an entity of its own too).
    private static (MentionValue Left, MentionValue Right)? Members(Document doc, in MentionValue m)
    {
        if (m.Shape != MentionShape.Name) return null;
        for (int i = m.FirstToken + 1; i < m.EndToken - 1; i++)
        {
            if (!doc.Is(i, "and")) continue;
            if (!doc.IsNameWord(i - 1) || !doc.IsCapitalized(i + 1)) return null;
            var left = NounPhraseReader.AnalyzeValue(doc, m.FirstToken, i);
            var right = NounPhraseReader.AnalyzeValue(doc, i + 1, m.EndToken);
            return left.Shape == MentionShape.Name && right.Shape == MentionShape.Name ? (left, right) : null;
        }
        return null;
    }

    // "MARKETS: Stocks rose …", "ENERGY: Oil fell …": an all-caps section label before a colon is no speaker, and what
    // follows it no quote.
    private static void DropSectionLabels(Document doc)
    {
        foreach (var a in doc.Attributions)
        {
            if (a.Source is not { } s || s.EndToken - s.FirstToken != 1 || !doc.IsPunct(s.EndToken, ':')) continue;
            var w = doc.TokenText(s.FirstToken);
            // (What follows the label is the report's own text, no one's quote.)
            if (w.Length >= 3 && doc.IsAllCaps(s.Span) && doc.Words(WordList.SectionLabels).Contains(w)) { a.Source = null; a.Type = null; }
        }
    }

    /// <summary>The quotes' contents with their speakers, to tell whose words a pronoun stands in.</summary>
    private sealed class QuotedContents(Document doc) : IDisposable
    {
        // The last quoted span opened before the last offset asked, and that offset: the mentions are asked in text order,
        // so the span is found by moving on from there, not by a search each time (one when an offset comes before).
        private int _quote = -1, _offset = int.MinValue;

        /// <summary>As <see cref="Document.IsInQuoteMarks"/>.</summary>
        public bool InQuoteMarks(int offset)
        {
            var quotes = doc.Quotes;
            int q;
            if (offset >= _offset)
            {
                q = _quote;
                while (q + 1 < quotes.Length && quotes[q + 1].Open.Start < offset + 1) q++;
            }
            else q = doc.QuoteAtOrAfter(offset + 1) - 1;
            (_quote, _offset) = (q, offset);
            for (int steps = 0; q >= 0 && steps < 8; q--, steps++)
                if (quotes[q].Content.Contains(offset)) return true;
            return false;
        }

        // Kept in order of start: contents arrive nearly in order (each near its speaker), so an insertion moves little.
        // (A pooled array sized once: a content per quote at most.)
        private readonly PooledList<(TextSpan Content, int Entity)> _contents = new(doc.Attributions.Count);

        public void Add(TextSpan content, int entity)
        {
            var contents = _contents.AsSpan();
            int lo = 0, hi = contents.Length;
            while (lo < hi) { int mid = (lo + hi) >>> 1; if (contents[mid].Content.Start <= content.Start) lo = mid + 1; else hi = mid; }
            _contents.Insert(lo, (content, entity));
        }

        public void Dispose() => _contents.Dispose();

        /// <summary>The speaker of the quote holding <paramref name="offset"/> in quote marks, or -1.</summary>
        public int SpeakerAt(int offset)
        {
            if (!InQuoteMarks(offset)) return -1;
            var contents = _contents.AsSpan();
            int lo = 0, hi = contents.Length;
            while (lo < hi) { int mid = (lo + hi) >>> 1; if (contents[mid].Content.Start <= offset) lo = mid + 1; else hi = mid; }
            // The last content starting at or before it, and a few before that for nested ones.
            for (int i = lo - 1; i >= 0 && i >= lo - 4; i--)
                if (contents[i].Content.Contains(offset)) return contents[i].Entity;
            return -1;
        }
    }
}
