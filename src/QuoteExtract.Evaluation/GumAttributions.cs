namespace QuoteExtract.Evaluation;

/// <summary>
/// Turns GUM's attribution relations (units and token indices) into <see cref="GoldAttribution"/>s (character
/// spans) over a <see cref="ConlluDocument"/>'s rebuilt text. In “Critics argued | that the plan would fail”,
/// the satellite is “Critics argued” and the nucleus “that the plan would fail”: content is the nucleus, source
/// the words the <c>attribution_source</c> signal names (“Critics”), cue the rest of the satellite (“argued”).
/// </summary>
internal static class GumAttributions
{
    /// <summary>The gold attributions of <paramref name="relations"/>, ordered by where their content begins.</summary>
    /// <param name="file">The file the relations come from, which starts each warning.</param>
    /// <param name="document">The document whose text the spans point into.</param>
    /// <param name="relations">The relations, from the rs4 tree or from CoNLL-U.</param>
    /// <param name="warnings">Receives one message per relation skipped or read without its source.</param>
    public static IReadOnlyList<GoldAttribution> Build(string file, ConlluDocument document,
        IReadOnlyList<DiscourseAttribution> relations, ICollection<string> warnings)
    {
        var attributions = new List<GoldAttribution>(relations.Count);
        foreach (var relation in relations)
        {
            if (relation.Satellite.Concat(relation.Nucleus).Any(edu => edu < 1 || edu > document.EduCount))
            {
                warnings.Add($"{file}: {relation.Id}: a unit outside the document's {document.EduCount}, skipped");
                continue;
            }
            // A satellite embedded in its nucleus' extent ("X, she said, Y") is not content.
            var contentEdus = relation.Nucleus.Except(relation.Satellite).Order().ToList();
            if (contentEdus.Count == 0)
            {
                warnings.Add($"{file}: {relation.Id}: the nucleus is the satellite itself, skipped");
                continue;
            }
            var content = EduSpans(document, contentEdus);
            var satelliteWords = relation.Satellite
                .SelectMany(edu => { var (first, end) = document.EduWords(edu); return Enumerable.Range(first, end - first); })
                .ToList();
            var sourceWords = SourceWords(file, document, relation, satelliteWords, warnings);

            // GUM marks no cue. The satellite is the source-and-cue unit, so what is left of it once the source is
            // taken out holds the reporting words ("Past studies establish" gives "establish"); framing words come
            // along ("As an example, research shows" gives "As an example … shows"), which is harmless: the scorer
            // only asks whether a predicted cue overlaps the gold one. The lexical indicative-word signal would be
            // tighter but is missing from about one relation in eight. Without a known source the whole satellite
            // is the cue. Punctuation is left out: it is no cue.
            var sourceSet = sourceWords.ToHashSet();
            var cueWords = satelliteWords.Where(w => !sourceSet.Contains(w) && HasLetterOrDigit(document, w)).ToList();

            attributions.Add(new GoldAttribution(content, WordSpans(document, cueWords), WordSpans(document, sourceWords),
                GoldKind.Classify(document.Text, content)) { Id = relation.Id });
        }
        // Stable sort: ties keep file order.
        return [.. attributions.OrderBy(a => a.Start)];
    }

    // The signalled source words (0-based word indices). GUM's signal lists every mention of the source it links,
    // sometimes outside the satellite too ("We … we posited" names both): the ones inside the satellite are the
    // source of this attribution, as a reader sees it. When none is inside (a relative clause "who argued" whose
    // head stands before it), the outside ones are the only source there is and are kept.
    private static List<int> SourceWords(string file, ConlluDocument document, DiscourseAttribution relation,
        List<int> satelliteWords, ICollection<string> warnings)
    {
        if (relation.SourceTokens is not { Count: > 0 } tokens) return [];
        if (tokens.Any(t => t < 1 || t > document.Words.Count))
        {
            warnings.Add($"{file}: {relation.Id}: source tokens beyond the document's {document.Words.Count} words, read without source");
            return [];
        }
        var words = tokens.Select(t => t - 1).ToList();
        var inside = words.Where(satelliteWords.Contains).ToList();
        return inside.Count > 0 ? inside : words;
    }

    // Consecutive units make one span: from the first's first word to the last's last word.
    private static List<TextSpan> EduSpans(ConlluDocument document, List<int> edus)
    {
        var spans = new List<TextSpan>();
        for (var i = 0; i < edus.Count;)
        {
            var j = i;
            while (j + 1 < edus.Count && edus[j + 1] == edus[j] + 1) j++;
            spans.Add(document.EduSpan(edus[i]).Union(document.EduSpan(edus[j])));
            i = j + 1;
        }
        return spans;
    }

    // Consecutive words make one span; the words of a multi-word token may share theirs, so spans are merged.
    private static List<TextSpan> WordSpans(ConlluDocument document, List<int> words)
    {
        var sorted = words.Distinct().Order().ToList();
        var spans = new List<TextSpan>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            spans.Add(document.Words[sorted[i]].Union(document.Words[sorted[j]]));
            i = j + 1;
        }
        return [.. SpanSet.Normalize(spans, document.Text.Length)];
    }

    private static bool HasLetterOrDigit(ConlluDocument document, int word)
    {
        foreach (var c in document.Words[word].Slice(document.Text)) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }
}
