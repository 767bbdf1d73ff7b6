using System.Diagnostics;
using System.Text;
using QuoteExtract.Text;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Measures speaker name resolution on GUM (docs/speaker-evaluation.md): for each gold mention of a person or
/// organization whose chain has a proper name (<see cref="GumNameChains"/>), does the extractor's entity for it carry the
/// chain's fullest name? Our entity for a gold mention is the <see cref="Attribution.SpeakerEntity"/> owning a mention
/// whose span overlaps the gold mention's head word, else its minimal span, the one whose span is closest to the gold
/// mention's when several do; none is unresolved, which is wrong. It is right when its name has the fullest name's
/// name tokens (<see cref="NameTokens"/>). The rows are repeated for the gold mentions that are the speaker mention of a
/// quote the extractor returns. Mentions are indexed by word, so a document costs time linear in its size.
/// </summary>
public static class SpeakerResolutionScorer
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Scores <paramref name="extractor"/> on the GUM corpus in <paramref name="directory"/> (a folder holding
    /// <c>conllu/</c>, or a folder of <c>*.conllu</c> files); <paramref name="limit"/> keeps only the first documents.
    /// A document whose extraction throws is reported in <see cref="SpeakerResolutionReport.Failures"/> and its mentions
    /// count as unresolved.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder has no <c>conllu/</c> and no <c>*.conllu</c> file.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static SpeakerResolutionReport Score(string directory, QuoteExtractor extractor, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(extractor);
        if (limit is < 0) throw new ArgumentOutOfRangeException(nameof(limit), "The limit cannot be negative.");
        if (!GumCorpus.IsCorpusFolder(directory))
            throw new DirectoryNotFoundException($"{directory} is not a GUM corpus folder: it needs {GumCorpus.ConlluFolder}/ or *.conllu files.");
        var warnings = new List<string>();
        return Score(Read(directory, limit, warnings), extractor, warnings);
    }

    /// <summary>Scores <paramref name="extractor"/> on <paramref name="documents"/>; <paramref name="warnings"/> become the report's.</summary>
    internal static SpeakerResolutionReport Score(IEnumerable<ConlluDocument> documents, QuoteExtractor extractor, IReadOnlyList<string> warnings)
    {
        var outcomes = new List<SpeakerResolutionOutcome>();
        var failures = new List<string>();
        int count = 0, chains = 0;
        var clock = new Stopwatch();
        foreach (var document in documents)
        {
            count++;
            var gold = GumNameChains.Of(document);
            if (gold.Count == 0 || document.Text.Length == 0) continue;
            chains += gold.Select(g => g.Mention.Chain).Distinct().Count();
            Document? analyzed = null;
            ExtractionResult? result = null;
            clock.Start();
            try
            {
                analyzed = extractor.Analyze(document.Text);
                result = ResultBuilder.Build(analyzed);
            }
            catch (Exception e) // one bad document must not stop the evaluation
            {
                failures.Add($"{document.Name}: {e.GetType().Name}: {e.Message}");
                analyzed = null;
            }
            clock.Stop();
            outcomes.AddRange(ScoreDocument(document, gold, analyzed, result));
        }
        return new SpeakerResolutionReport(count, chains, Rows(outcomes), Rows(outcomes.Where(o => o.IsSpeaker)), outcomes, failures, warnings)
        {
            ExtractionTime = clock.Elapsed,
            WithoutTurnPronouns = PronounAndAll(outcomes.Where(o => !o.TurnPronoun)),
            SpeakerWithoutTurnPronouns = PronounAndAll(outcomes.Where(o => o.IsSpeaker && !o.TurnPronoun)),
        };
    }

    /// <summary>The outcome of each of <paramref name="gold"/> against the entities of <paramref name="analyzed"/> (null: all unresolved) and the quotes of <paramref name="result"/>.</summary>
    internal static IReadOnlyList<SpeakerResolutionOutcome> ScoreDocument(ConlluDocument document, IReadOnlyList<GoldNameMention> gold,
        Document? analyzed, ExtractionResult? result)
    {
        var words = document.Words;
        // Our mentions by the words they overlap: each gold mention then looks only at its own head words.
        var byWord = new List<(int Entity, TextSpan Span)>?[words.Count];
        var names = new IReadOnlyList<string>[analyzed?.Entities.Count ?? 0];
        for (var e = 0; e < names.Length; e++)
        {
            var entity = analyzed!.Entities[e];
            names[e] = NameTokens.Of(entity.Name);
            foreach (var mention in entity.Mentions)
                foreach (var w in WordsOf(words, mention.Span)) (byWord[w] ??= []).Add((e, mention.Span));
        }
        var speakerWords = new bool[words.Count];
        foreach (var quote in result?.Quotes ?? [])
            if (quote.SpeakerMention is { } speaker)
                foreach (var w in WordsOf(words, speaker.Span)) speakerWords[w] = true;

        var outcomes = new List<SpeakerResolutionOutcome>(gold.Count);
        foreach (var g in gold)
        {
            var m = g.Mention;
            var span = new TextSpan(words[m.First].Start, words[m.End - 1].End);
            // Our mentions over the head word first ("president" of "president of the Linguistic Society"), then over the
            // rest of the minimal span; the closest span wins among them.
            int best = -1, distance = int.MaxValue;
            foreach (var w in byWord[g.Head] is { Count: > 0 } ? [g.Head] : m.MinSpan)
                foreach (var (entity, ours) in byWord[w] ?? [])
                {
                    var d = Math.Abs(ours.Start - span.Start) + Math.Abs(ours.End - span.End);
                    if (d < distance) (best, distance) = (entity, d);
                }
            outcomes.Add(new SpeakerResolutionOutcome(document.Name, span, document.Text[span.Start..span.End], g.Class, g.FullestText,
                best >= 0 ? analyzed!.Entities[best].Name : null, m.MinSpan.Any(w => speakerWords[w]),
                best >= 0 && NameTokens.Same(names[best], g.FullestName)) { TurnPronoun = g.TurnPronoun });
        }
        return outcomes;
    }

    // The words a span overlaps. Word ends never decrease (the words of a multi-word token share or split its surface).
    private static IEnumerable<int> WordsOf(IReadOnlyList<TextSpan> words, TextSpan span)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (words[mid].End <= span.Start) lo = mid + 1; else hi = mid;
        }
        for (var w = lo; w < words.Count && words[w].Start < span.End; w++)
            if (words[w].Overlaps(span)) yield return w;
    }

    private static SpeakerResolutionRow[] Rows(IEnumerable<SpeakerResolutionOutcome> outcomes)
    {
        var classes = Enum.GetValues<MentionClass>();
        var count = new int[classes.Length];
        var resolved = new int[classes.Length];
        var right = new int[classes.Length];
        foreach (var o in outcomes)
        {
            count[(int)o.Class]++;
            if (o.Resolved is not null) resolved[(int)o.Class]++;
            if (o.Right) right[(int)o.Class]++;
        }
        return [.. classes.Select(c => new SpeakerResolutionRow(c, count[(int)c], resolved[(int)c], right[(int)c])),
            new SpeakerResolutionRow(null, count.Sum(), resolved.Sum(), right.Sum())];
    }

    private static SpeakerResolutionRow[] PronounAndAll(IEnumerable<SpeakerResolutionOutcome> outcomes)
    {
        var rows = Rows(outcomes);
        return [rows[(int)MentionClass.Pronoun], rows[^1]];
    }

    // The CoNLL-U documents of the folder, files in ordinal order, read one at a time.
    private static IEnumerable<ConlluDocument> Read(string directory, int? limit, List<string> warnings)
    {
        var nested = Path.Combine(directory, GumCorpus.ConlluFolder);
        var folder = Directory.Exists(nested) ? nested : directory;
        var files = Directory.EnumerateFiles(folder, "*.conllu").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
        var read = 0;
        foreach (var file in files)
            foreach (var document in ConlluReader.Read(file, File.ReadAllText(Path.Combine(folder, file), s_utf8), warnings))
            {
                if (read++ >= limit) yield break;
                yield return document;
            }
    }
}
