using System.Collections.Immutable;
using System.Runtime.InteropServices;
using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>Turns the layers of a processed document into the immutable result records.</summary>
/// <remarks>
/// Only the records are allocated for the result (their texts stay in the document's text until read, see
/// <see cref="RecordText"/>); the bookkeeping between (which attributions are kept, the speaking entities, ids by entity
/// and by attribution) is scratch rented from the shared pool.
/// </remarks>
internal static class ResultBuilder
{
    /// <summary>
    /// Makes the result of <paramref name="doc"/>. With <paramref name="consume"/> (a document nobody else sees) the
    /// attributions and entities are dropped once the quotes are made, so a quote-dense document does not hold them and
    /// the whole result at once.
    /// </summary>
    public static ExtractionResult Build(Document doc, bool consume = false)
    {
        int attributionCount = doc.Attributions.Count, entityCount = doc.Entities.Count;
        var kept = DocumentLayers.Scratch.Make<int>(attributionCount);
        // By attribution: the number of its quote, or -1 (an array, not a table: 16 MiB of `Smith: "…"` lines keep half a
        // million quotes).
        var quoteOf = DocumentLayers.Scratch.Make<int>(attributionCount);
        // By entity: the number of its speaker, or -1; the speaking entities in speaker order.
        var speakerOf = DocumentLayers.Scratch.Make<int>(entityCount);
        var speaking = DocumentLayers.Scratch.Make<int>(entityCount);
        try
        {
            // (One holder of the document's text for every record: RecordText.)
            var source = new SourceText(doc.Text);
            int keptCount = Keep(doc, kept);
            int speakerCount = Speaking(doc, kept.AsSpan(0, keptCount), speakerOf.AsSpan(0, entityCount), speaking);
            var speakers = Speakers(doc, source, speaking.AsSpan(0, speakerCount), speakerOf.AsSpan(0, entityCount));
            var quotes = Quotes(doc, source, kept.AsSpan(0, keptCount), quoteOf.AsSpan(0, attributionCount), speakerOf.AsSpan(0, entityCount), speakers);
            if (consume)
            {
                doc.Attributions.Clear();
                doc.Attributions.TrimExcess();
                doc.Entities.Clear();
                doc.Entities.TrimExcess();
            }
            var claims = Claims(doc, source, quotes, quoteOf.AsSpan(0, attributionCount), speakerOf.AsSpan(0, entityCount));
            // (The records keep an immutable array as it is: made here without a copy, each list is allocated once.)
            return new ExtractionResult(Frozen(quotes), Frozen(speakers), claims);
        }
        finally
        {
            DocumentLayers.Scratch.Return(kept);
            DocumentLayers.Scratch.Return(quoteOf);
            DocumentLayers.Scratch.Return(speakerOf);
            DocumentLayers.Scratch.Return(speaking);
        }
    }

    // The attributions the result reports, in text order; returns how many.
    private static int Keep(Document doc, int[] kept)
    {
        var text = doc.Text;
        int count = 0;
        for (int i = 0; i < doc.Attributions.Count; i++)
        {
            var a = doc.Attributions[i];
            if (a.Content.IsEmpty || a.Content.End > text.Length) continue;
            if (a.Type is not { } type || (doc.Options.AttributionTypes & (AttributionTypes)(1 << (int)type)) == 0) continue;
            if (!HasAlphanumerics(text, a.Content, doc.Options.MinimumQuoteLength)) continue;
            kept[count++] = i;
        }
        SortByStart(doc.Attributions, kept.AsSpan(0, count));
        return count;
    }

    // (Apart: the comparison's closure is made only when it runs.)
    private static void SortWithTies(List<QuoteAttribution> attributions, Span<int> kept) =>
        kept.Sort((x, y) => attributions[x].Content.Start.CompareTo(attributions[y].Content.Start));

    // Whether span holds at least min letters and digits: counted only until there are enough (a long quote is not read
    // to its end).
    private static bool HasAlphanumerics(string text, TextSpan span, int min)
    {
        if (min <= 0) return true;
        int n = 0;
        foreach (var c in text.AsSpan(span.Start, span.Length))
            if (char.IsLetterOrDigit(c) && ++n >= min) return true;
        return false;
    }

    // The kept attributions by where their content starts. With no two starts equal the order is the one any sort makes,
    // so it is made by sorting (start, index) numbers; with ties, by the same introspective sort as before, so ties keep
    // the order they always had.
    private static void SortByStart(List<QuoteAttribution> attributions, Span<int> kept)
    {
        if (kept.Length < 2) return;
        var keys = DocumentLayers.Scratch.Make<long>(kept.Length);
        try
        {
            for (int n = 0; n < kept.Length; n++) keys[n] = (long)attributions[kept[n]].Content.Start << 32 | (uint)kept[n];
            var sorted = keys.AsSpan(0, kept.Length);
            sorted.Sort();
            bool ties = false;
            for (int n = 1; n < sorted.Length && !ties; n++) ties = sorted[n] >> 32 == sorted[n - 1] >> 32;
            if (ties)
            {
                SortWithTies(attributions, kept);
                return;
            }
            for (int n = 0; n < sorted.Length; n++) kept[n] = (int)(uint)sorted[n];
        }
        finally
        {
            DocumentLayers.Scratch.Return(keys);
        }
    }

    // Speakers: entities that speak and the members of groups that speak, numbered by first mention (a stable order, ties
    // in the order found). Fills speakerOf and speaking; returns how many speak.
    private static int Speaking(Document doc, ReadOnlySpan<int> kept, Span<int> speakerOf, int[] speaking)
    {
        int entityCount = speakerOf.Length, count = 0;
        speakerOf.Fill(-1);
        foreach (var i in kept)
            if (doc.Attributions[i].Entity is var e and >= 0 && e < entityCount && speakerOf[e] < 0) { speakerOf[e] = 0; speaking[count++] = e; }
        for (int n = 0, speakingEntities = count; n < speakingEntities; n++)
            if (doc.Entities[speaking[n]].MembersIfMade is { } groupMembers)
                foreach (var e in groupMembers)
                    if (e >= 0 && e < entityCount && speakerOf[e] < 0) { speakerOf[e] = 0; speaking[count++] = e; }
        var firstMention = DocumentLayers.Scratch.Make<long>(count);
        try
        {
            for (int n = 0; n < count; n++)
            {
                var entity = doc.Entities[speaking[n]];
                firstMention[n] = (long)(entity.MentionCount > 0 ? entity.MentionSpan(0).Start : int.MaxValue) << 32 | (uint)n;
            }
            firstMention.AsSpan(0, count).Sort(speaking.AsSpan(0, count));
        }
        finally
        {
            DocumentLayers.Scratch.Return(firstMention);
        }
        for (int n = 0; n < count; n++) speakerOf[speaking[n]] = n;
        return count;
    }

    private static Speaker[] Speakers(Document doc, SourceText source, ReadOnlySpan<int> speaking, ReadOnlySpan<int> speakerOf)
    {
        var speakers = new Speaker[speaking.Length];
        for (int n = 0; n < speakers.Length; n++)
        {
            var entity = doc.Entities[speaking[n]];
            // (An array of the right size the record keeps as it is, not a list grown by doubling and then copied; the
            // titles are copied once, by the record. The mentions' spans are read without making the entity's public list.)
            var excerpts = new Excerpt[entity.MentionCount];
            for (int k = 0; k < excerpts.Length; k++) excerpts[k] = Excerpt.InDocument(source, entity.MentionSpan(k));
            speakers[n] = new Speaker(ResultIds.Speaker(n + 1), entity.Name, entity.Kind, entity.TitlesIfMade is { Count: > 0 } titles ? titles : ValueList.None<string>(), Frozen(excerpts));
        }
        for (int n = 0; n < speakers.Length; n++)
            if (doc.Entities[speaking[n]].MembersIfMade is { Count: > 0 } members)
            {
                var ids = ImmutableArray.CreateBuilder<string>(members.Count);
                foreach (var m in members)
                    if (m >= 0 && m < speakerOf.Length && speakerOf[m] >= 0) ids.Add(speakers[speakerOf[m]].Id);
                speakers[n] = speakers[n] with { Members = ids.DrainToImmutable() };
            }
        return speakers;
    }

    private static Quote[] Quotes(Document doc, SourceText source, ReadOnlySpan<int> kept, Span<int> quoteOf, ReadOnlySpan<int> speakerOf,
        Speaker[] speakers)
    {
        quoteOf.Fill(-1);
        for (int n = 0; n < kept.Length; n++) quoteOf[kept[n]] = n;
        var quotes = new Quote[kept.Length];
        for (int n = 0; n < kept.Length; n++)
        {
            var a = doc.Attributions[kept[n]];
            int speaker = a.Entity >= 0 && a.Entity < speakerOf.Length ? speakerOf[a.Entity] : -1;
            quotes[n] = Quote.InDocument(
                source,
                ResultIds.Quote(n + 1),
                a.Kind,
                a.Content,
                speaker >= 0 ? speakers[speaker].Id : null,
                a.Source is { } src ? SpeakerExcerpt(source, speaker >= 0 ? speakers[speaker] : null, src.Span) : null,
                a.Cue is { } cue ? Excerpt.InDocument(source, cue) : null,
                Math.Clamp(doc.Options.Scorer is { } scorer ? scorer.Calibrate(a.Confidence) : doc.Options.RulesConfidence?.Apply(a.Confidence) ?? a.Confidence, 0, 1),
                a.Continues >= 0 && a.Continues < quoteOf.Length && quoteOf[a.Continues] >= 0 ? ResultIds.Quote(quoteOf[a.Continues] + 1) : null,
                a.Type!.Value);
        }
        return quotes;
    }

    // The quote's source as an excerpt: the speaker's own excerpt of that mention when it has one (an equal record, made
    // once), else a new one.
    private static Excerpt SpeakerExcerpt(SourceText source, Speaker? speaker, TextSpan span)
    {
        if (speaker?.Mentions is ImmutableArray<Excerpt> mentions)
        {
            // The mentions are in text order as a rule; a binary search finds the span, and a miss makes a new excerpt.
            int lo = 0, hi = mentions.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                var m = mentions[mid];
                if (m.Span == span) return m;
                if (m.Span.Start < span.Start || (m.Span.Start == span.Start && m.Span.End < span.End)) lo = mid + 1; else hi = mid - 1;
            }
        }
        return Excerpt.InDocument(source, span);
    }

    private static ImmutableArray<Claim> Claims(Document doc, SourceText source, Quote[] quotes, ReadOnlySpan<int> quoteOf, ReadOnlySpan<int> speakerOf)
    {
        var text = doc.Text;
        // (The claim stage's values, not the public list: that is made only when a caller reads it.)
        var entries = doc.ClaimEntries;
        var claims = ImmutableArray.CreateBuilder<Claim>(entries.Length);
        foreach (var c in entries)
        {
            if (c.Span.IsEmpty || c.Span.End > text.Length) continue;
            string? claimant = null;
            if (c.Claimant >= 0)
            {
                if (c.Claimant >= speakerOf.Length || speakerOf[c.Claimant] < 0) continue; // its quote was dropped
                claimant = ResultIds.Speaker(speakerOf[c.Claimant] + 1);
            }
            Quote? quote = c.Attribution >= 0 && c.Attribution < quoteOf.Length && quoteOf[c.Attribution] >= 0 ? quotes[quoteOf[c.Attribution]] : null;
            if (c.Attribution >= 0 && quote is null) continue;
            // A caller's scorer had the text cut already; else it stays in the document's until it is read.
            string id = ResultIds.Claim(claims.Count + 1);
            double checkWorthiness = Math.Round(c.CheckWorthiness, 3);
            claims.Add(c.Text is { } t && t.Length == c.Span.Length
                ? new Claim(id, t, c.Span, claimant, c.Stance, checkWorthiness, quote?.Id)
                : Claim.InDocument(source, id, c.Span, claimant, c.Stance, checkWorthiness, quote?.Id));
        }
        // A pooled document is one only the extraction sees, and this its last read of the claims.
        if (doc.Layers.Pooled) doc.ReleaseClaimEntries();
        return claims.DrainToImmutable();
    }

    // An array nobody else holds, as the immutable array the result records keep (no copy).
    private static ImmutableArray<T> Frozen<T>(T[] items) => ImmutableCollectionsMarshal.AsImmutableArray(items);
}
