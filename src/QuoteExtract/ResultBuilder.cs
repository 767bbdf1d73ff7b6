using System.Collections.Immutable;
using System.Runtime.InteropServices;
using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>Turns the layers of a processed document into the immutable result records.</summary>
internal static class ResultBuilder
{
    /// <summary>
    /// Makes the result of <paramref name="doc"/>. With <paramref name="consume"/> (a document nobody else sees) the
    /// attributions and entities are dropped once the quotes are made, so a quote-dense document does not hold them and
    /// the whole result at once.
    /// </summary>
    public static ExtractionResult Build(Document doc, bool consume = false)
    {
        var text = doc.Text;
        var kept = new List<int>();
        for (int i = 0; i < doc.Attributions.Count; i++)
        {
            var a = doc.Attributions[i];
            if (a.Content.IsEmpty || a.Content.End > text.Length) continue;
            if (a.Type is not { } type || (doc.Options.AttributionTypes & (AttributionTypes)(1 << (int)type)) == 0) continue;
            if (doc.AlphanumericCount(a.Content) < doc.Options.MinimumQuoteLength) continue;
            kept.Add(i);
        }
        kept.Sort((x, y) => doc.Attributions[x].Content.Start.CompareTo(doc.Attributions[y].Content.Start));

        // Speakers: entities that speak and the members of groups that speak, numbered by first mention. (Loops, not
        // LINQ: the iterators, the set and the ordering's buffers cost more than the speaker list itself.)
        int entityCount = doc.Entities.Count;
        var seen = new bool[entityCount];
        var speaking = new List<int>();
        foreach (var i in kept)
            if (doc.Attributions[i].Entity is var e and >= 0 && e < entityCount && !seen[e]) { seen[e] = true; speaking.Add(e); }
        for (int n = 0, speakingEntities = speaking.Count; n < speakingEntities; n++)
            if (doc.Entities[speaking[n]].Members is { } groupMembers)
                foreach (var e in groupMembers)
                    if (e >= 0 && e < entityCount && !seen[e]) { seen[e] = true; speaking.Add(e); }
        // (A stable order: by first mention, ties in the order found.)
        var firstMention = new long[speaking.Count];
        for (int n = 0; n < speaking.Count; n++)
            firstMention[n] = (long)(doc.Entities[speaking[n]].Mentions.Count > 0 ? doc.Entities[speaking[n]].Mentions[0].Span.Start : int.MaxValue) << 32 | (uint)n;
        var ordered = speaking.ToArray();
        Array.Sort(firstMention, ordered);
        speaking.Clear();
        speaking.AddRange(ordered);
        // Every speaker mention, and a source and a cue per quote, are short spans the table may share (distinct ones fewer).
        int shortSpans = 2 * kept.Count;
        foreach (var e in speaking) shortSpans += doc.Entities[e].Mentions.Count;
        var substrings = new SharedSubstrings(text, shortSpans / 2);
        var speakerIds = new Dictionary<int, string>(speaking.Count);
        var speakers = new List<Speaker>(speaking.Count);
        foreach (var e in speaking)
        {
            var id = "s" + (speakers.Count + 1);
            speakerIds[e] = id;
            var entity = doc.Entities[e];
            // (An array of the right size the record keeps as it is, not a list grown by doubling through an iterator and
            // then copied; the titles are copied once, by the record.)
            var excerpts = new Excerpt[entity.Mentions.Count];
            for (int k = 0; k < excerpts.Length; k++) excerpts[k] = substrings.Excerpt(entity.Mentions[k].Span);
            speakers.Add(new Speaker(id, entity.Name, entity.Kind, entity.Titles, Frozen(excerpts)));
        }
        for (int n = 0; n < speakers.Count; n++)
            if (doc.Entities[speaking[n]].Members is { Count: > 0 } members)
                speakers[n] = speakers[n] with { Members = [.. members.Where(speakerIds.ContainsKey).Select(m => speakerIds[m])] };

        // Ids by attribution index (an array, not a table: 16 MiB of `Smith: "…"` lines keep half a million quotes).
        var quoteIds = new string?[doc.Attributions.Count];
        for (int n = 0; n < kept.Count; n++) quoteIds[kept[n]] = "q" + (n + 1);
        string? QuoteId(int attribution) => attribution >= 0 && attribution < quoteIds.Length ? quoteIds[attribution] : null;
        var quotes = new Quote[kept.Count];
        for (int n = 0; n < kept.Count; n++)
        {
            int i = kept[n];
            var a = doc.Attributions[i];
            quotes[n] = new Quote(
                quoteIds[i]!,
                a.Kind,
                substrings.Of(a.Content),
                a.Content,
                a.Entity >= 0 && speakerIds.TryGetValue(a.Entity, out var sid) ? sid : null,
                a.Source is { } src ? substrings.Excerpt(src.Span) : null,
                a.Cue is { } cue ? substrings.Excerpt(cue) : null,
                Math.Clamp(doc.Options.Scorer is { } scorer ? scorer.Calibrate(a.Confidence) : doc.Options.RulesConfidence?.Apply(a.Confidence) ?? a.Confidence, 0, 1),
                QuoteId(a.Continues),
                a.Type!.Value);
        }
        if (consume)
        {
            doc.Attributions.Clear();
            doc.Attributions.TrimExcess();
            doc.Entities.Clear();
            doc.Entities.TrimExcess();
        }
        var claims = ImmutableArray.CreateBuilder<Claim>(doc.Claims.Count);
        foreach (var c in doc.Claims)
        {
            if (c.Span.IsEmpty || c.Span.End > text.Length) continue;
            string? claimant = null;
            if (c.Claimant >= 0)
            {
                if (!speakerIds.TryGetValue(c.Claimant, out claimant)) continue; // its quote was dropped
            }
            string? quoteId = QuoteId(c.Attribution);
            if (c.Attribution >= 0 && quoteId is null) continue;
            // The claim stage already cut the text to score it; a custom stage may leave it to us.
            var claimText = c.Text is { } t && t.Length == c.Span.Length ? t : substrings.Of(c.Span);
            claims.Add(new Claim("c" + (claims.Count + 1), claimText, c.Span, claimant, c.Stance,
                Math.Round(c.CheckWorthiness, 3), quoteId));
        }
        // (The records keep an immutable array as it is: made here without a copy, each list is allocated once.)
        return new ExtractionResult(Frozen(quotes), Frozen(speakers.ToArray()), claims.DrainToImmutable());
    }

    // An array nobody else holds, as the immutable array the result records keep (no copy).
    private static ImmutableArray<T> Frozen<T>(T[] items) => ImmutableCollectionsMarshal.AsImmutableArray(items);
}
