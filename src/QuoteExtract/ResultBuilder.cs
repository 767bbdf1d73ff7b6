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

        // Speakers: entities that speak and the members of groups that speak, numbered by first mention.
        var speakingEntities = kept.Select(i => doc.Attributions[i].Entity).Where(e => e >= 0 && e < doc.Entities.Count).Distinct().ToList();
        var speaking = speakingEntities.Concat(speakingEntities.SelectMany(e => doc.Entities[e].Members)).Where(e => e >= 0 && e < doc.Entities.Count).Distinct()
            .OrderBy(e => doc.Entities[e].Mentions.Count > 0 ? doc.Entities[e].Mentions[0].Span.Start : int.MaxValue).ToList();
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
            speakers.Add(new Speaker(id, entity.Name, entity.Kind, [.. entity.Titles],
                [.. entity.Mentions.Select(m => substrings.Excerpt(m.Span))]));
        }
        for (int n = 0; n < speakers.Count; n++)
            if (doc.Entities[speaking[n]].Members is { Count: > 0 } members)
                speakers[n] = speakers[n] with { Members = [.. members.Where(speakerIds.ContainsKey).Select(m => speakerIds[m])] };

        // Ids by attribution index (an array, not a table: 16 MiB of `Smith: "…"` lines keep half a million quotes).
        var quoteIds = new string?[doc.Attributions.Count];
        for (int n = 0; n < kept.Count; n++) quoteIds[kept[n]] = "q" + (n + 1);
        string? QuoteId(int attribution) => attribution >= 0 && attribution < quoteIds.Length ? quoteIds[attribution] : null;
        var quotes = new List<Quote>(kept.Count);
        foreach (var i in kept)
        {
            var a = doc.Attributions[i];
            quotes.Add(new Quote(
                quoteIds[i]!,
                a.Kind,
                substrings.Of(a.Content),
                a.Content,
                a.Entity >= 0 && speakerIds.TryGetValue(a.Entity, out var sid) ? sid : null,
                a.Source is { } src ? substrings.Excerpt(src.Span) : null,
                a.Cue is { } cue ? substrings.Excerpt(cue) : null,
                Math.Clamp(doc.Options.Scorer is { } scorer ? scorer.Calibrate(a.Confidence) : doc.Options.RulesConfidence?.Apply(a.Confidence) ?? a.Confidence, 0, 1),
                QuoteId(a.Continues),
                a.Type!.Value));
        }
        if (consume)
        {
            doc.Attributions.Clear();
            doc.Attributions.TrimExcess();
            doc.Entities.Clear();
            doc.Entities.TrimExcess();
        }
        var claims = new List<Claim>(doc.Claims.Count);
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
        return new ExtractionResult(quotes, speakers, claims);
    }
}
