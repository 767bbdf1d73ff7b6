using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// Groups mentions into entities (coreference within the document) and points every quote at its
/// entity: surnames to full names (Lee → Ann Lee), pronouns to the latest compatible
/// speaker, title-only mentions (the spokesman) and short organization forms (the ministry) to the
/// entity that carries them.
/// </summary>
public sealed class SpeakerStage : IPipelineStage
{
    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = document;
        var resolver = new EntityResolver(doc);

        // Walk the article's name mentions and the quotes' speaker mentions together, in text order.
        var names = NameMentionFinder.FindRuns(doc);
        // (A candidate typed as no attribution, "A truck passed them", names no speaker.)
        var order = doc.Attributions.Select((a, i) => i).Where(i => doc.Attributions[i].Source is not null && doc.Attributions[i].Type is not null)
            .OrderBy(i => doc.Attributions[i].Source!.Span.Start).ThenBy(i => i).ToList();
        // A name inside a speaker mention ("Pentagon" in "The Pentagon") is that mention, not another one.
        var speakerSpans = order.Select(i => doc.Attributions[i].Source!.Span).ToList();
        bool InsideSpeaker(TextSpan span)
        {
            int lo = 0, hi = speakerSpans.Count;
            while (lo < hi) { int mid = (lo + hi) >>> 1; if (speakerSpans[mid].End <= span.Start) lo = mid + 1; else hi = mid; }
            return lo < speakerSpans.Count && speakerSpans[lo].Overlaps(span);
        }
        Func<TextSpan, bool> insideSpeaker = InsideSpeaker; // one delegate, not one per name
        int n = 0;
        foreach (int ai in order)
        {
            var a = doc.Attributions[ai];
            var source = a.Source!;
            while (n < names.Count && doc.Tokens[names[n].First].Start <= source.Span.Start)
            {
                resolver.ResolveContext(names[n].First, names[n].End, insideSpeaker);
                n++;
            }
            // (A quote may continue a half found later, "An economic downturn, he said, “…”": that one may not be resolved yet.)
            a.Entity = a.Continues >= 0 && doc.Attributions[a.Continues].Source == source && doc.Attributions[a.Continues].Entity >= 0
                ? doc.Attributions[a.Continues].Entity
                : resolver.Resolve(source, isSpeaker: true);
        }
        for (; n < names.Count; n++) resolver.ResolveContext(names[n].First, names[n].End, insideSpeaker);
        resolver.Finish();
    }
}

/// <summary>Builds entities mention by mention, in text order.</summary>
internal sealed class EntityResolver(Document doc)
{
    private readonly Dictionary<string, List<int>> _byLastWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _recentSpeakers = [];
    private readonly Dictionary<Mention, int> _resolved = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Mention> _added = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A name the article mentions without quoting anyone: a full or titled name founds an entity (an antecedent
    /// for later surnames and pronouns); a bare single word (a place, a party, a surname) only joins an entity
    /// that already exists, so the many capitalised words of an article do not each cost an entity.
    /// </summary>
    public void ResolveContext(int first, int end, Func<TextSpan, bool> insideSpeaker)
    {
        // A lone capitalised word that no entity ends with is skipped before any mention is built.
        if (end - first == 1 && !_byLastWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(first))) return;
        if (insideSpeaker(new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End))) return;
        var m = NounPhraseReader.Analyze(doc, first, end);
        if (m.Shape != MentionShape.Name) return;
        if (m.Titles.Count == 0 && m.Kind != SpeakerKind.Person)
        {
            int words = 0, last = -1;
            for (int i = doc.TokenAtOrAfter(m.Name.Start); i < doc.Tokens.Length && doc.Tokens[i].Start < m.Name.End; i++) if (doc.IsWordLike(i)) { words++; last = i; }
            if (words <= 1 && (last < 0 || !_byLastWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(last)))) return;
        }
        Resolve(m, isSpeaker: false);
    }

    /// <summary>Finds or creates the entity of <paramref name="m"/>; -1 when a pronoun has no antecedent.</summary>
    public int Resolve(Mention m, bool isSpeaker)
    {
        // A context mention is always a fresh object: only speakers' mentions (shared by chained quotes) can repeat.
        if (isSpeaker && _resolved.TryGetValue(m, out var known)) return Note(known, isSpeaker);
        int e = m.Shape switch
        {
            MentionShape.Pronoun => ResolvePronoun(m),
            _ => ResolveNamed(m),
        };
        if (e < 0) return -1;
        var entity = doc.Entities[e];
        if (!isSpeaker || _added.Add(m))
        {
            entity.Mentions.Add(m);
            AddForm(e, m);
            if (entity.Kind == SpeakerKind.Unknown && m.Kind != SpeakerKind.Unknown && m.Shape != MentionShape.Pronoun) entity.Kind = m.Kind;
            if (entity.Gender == Gender.Unknown) entity.Gender = m.Gender;
            foreach (var t in m.Titles)
            {
                var title = Normalized(t);
                if (!entity.Titles.Contains(title, StringComparer.OrdinalIgnoreCase)) entity.Titles.Add(title);
            }
        }
        if (isSpeaker) _resolved[m] = e;
        return Note(e, isSpeaker);
    }

    private int Note(int e, bool isSpeaker)
    {
        if (isSpeaker && e >= 0)
        {
            _recentSpeakers.Remove(e);
            _recentSpeakers.Add(e);
            if (_recentSpeakers.Count > 64) _recentSpeakers.RemoveAt(0); // antecedents are recent: keep the work per mention bounded
        }
        return e;
    }

    private int ResolveNamed(Mention m)
    {
        var words = NameWords(m);
        if (words.Length == 0) return NewEntity(m, words);
        var last = doc.TokenText(words[^1]);
        if (_byLastWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(last, out var candidates))
        {
            for (int c = candidates.Count - 1; c >= 0; c--)
            {
                int e = candidates[c];
                if (Compatible(doc.Entities[e], e, m, words)) return e;
            }
        }
        // A title-only mention (the spokesman, the president) or a short organization form (the ministry).
        if (m.Shape == MentionShape.Nominal && words.Length == 1)
        {
            var head = last.ToString();
            for (int c = _recentSpeakers.Count - 1; c >= 0; c--)
            {
                var entity = doc.Entities[_recentSpeakers[c]];
                if (entity.Titles.Any(t => EndsWithWord(t, head)) || (entity.Kind == SpeakerKind.Organization && EndsWithWord(entity.Name, head)))
                    return _recentSpeakers[c];
            }
        }
        return NewEntity(m, words);
    }

    private bool Compatible(SpeakerEntity entity, int e, Mention m, int[] words)
    {
        if (entity.Kind != SpeakerKind.Unknown && m.Kind != SpeakerKind.Unknown && entity.Kind != m.Kind) return false;
        if (!_forms.TryGetValue(e, out var forms)) return false;
        foreach (var (ow, nominal, indefinite) in forms)
        {
            if (m.Shape == MentionShape.Nominal || nominal)
            {
                // "an official" twice is two people; "the interior ministry" twice is one.
                if (IsIndefinite(m) || indefinite) continue;
                if (SameWords(ow, words)) return true;
                // "the ministry" after "the finance ministry": a definite head alone is the short form.
                if (m.Shape == MentionShape.Nominal && words.Length == 1 && entity.Kind is SpeakerKind.Organization or SpeakerKind.Group && IsSuffix(words, ow)) return true;
                continue;
            }
            if (IsSuffix(words, ow) || IsSuffix(ow, words)) return true;
        }
        return false;
    }

    // The distinct name forms of each entity: matching looks at these, not at every repeated mention.
    private readonly Dictionary<int, List<(int[] Words, bool Nominal, bool Indefinite)>> _forms = [];

    private void AddForm(int e, Mention m)
    {
        if (m.Shape == MentionShape.Pronoun) return;
        var words = NameWords(m);
        if (!_forms.TryGetValue(e, out var forms)) _forms[e] = forms = [];
        bool nominal = m.Shape == MentionShape.Nominal, indefinite = IsIndefinite(m);
        foreach (var f in forms) if (f.Nominal == nominal && f.Indefinite == indefinite && SameWords(f.Words, words)) return;
        if (forms.Count < 32) forms.Add((words, nominal, indefinite));
    }

    private int ResolvePronoun(Mention m)
    {
        var p = doc.Slice(m.Span);
        // A relative pronoun refers to the phrase right before it ("Jane Roe, who …").
        if (p.Equals("who", StringComparison.OrdinalIgnoreCase) || p.Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            for (int e = doc.Entities.Count - 1; e >= 0 && e >= doc.Entities.Count - 64; e--)
            {
                var entity = doc.Entities[e];
                if (entity.Mentions.Count > 0 && entity.Mentions[^1].Span.End <= m.Span.Start && m.Span.Start - entity.Mentions[^1].Span.End <= 3)
                    return e;
            }
            return -1;
        }
        bool plural = m.Plural;
        bool it = p.Equals("it", StringComparison.OrdinalIgnoreCase);
        for (int c = _recentSpeakers.Count - 1; c >= 0; c--)
        {
            var entity = doc.Entities[_recentSpeakers[c]];
            if (it ? entity.Kind == SpeakerKind.Organization
                : plural ? entity.Kind is SpeakerKind.Group or SpeakerKind.Organization
                : entity.Kind is SpeakerKind.Person or SpeakerKind.Unknown && (entity.Gender == Gender.Unknown || m.Gender == Gender.Unknown || entity.Gender == m.Gender))
                return _recentSpeakers[c];
        }
        if (plural || it) return -1;
        // No speaker yet: the latest person the article named.
        for (int e = doc.Entities.Count - 1; e >= 0 && e >= doc.Entities.Count - 64; e--)
        {
            var entity = doc.Entities[e];
            if (entity.Kind == SpeakerKind.Person && (entity.Gender == Gender.Unknown || m.Gender == Gender.Unknown || entity.Gender == m.Gender)
                && entity.Mentions.Count > 0 && entity.Mentions[^1].Span.End <= m.Span.Start)
                return e;
        }
        return -1;
    }

    private int NewEntity(Mention m, int[] words)
    {
        int e = doc.Entities.Count;
        doc.Entities.Add(new SpeakerEntity { Kind = SpeakerKind.Unknown });
        if (words.Length > 0)
        {
            var key = doc.TokenText(words[^1]);
            if (!_byLastWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var list)) _byLastWord[key.ToString()] = list = [];
            list.Add(e);
        }
        return e;
    }

    /// <summary>Fills each entity's canonical name, kind, gender and titles from its mentions.</summary>
    public void Finish()
    {
        foreach (var entity in doc.Entities)
        {
            entity.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            Mention? best = null;
            int bestWords = -1;
            foreach (var m in entity.Mentions)
            {
                if (m.Shape == MentionShape.Pronoun) continue;
                // The most complete name, written as in running text (not an all-caps headline's "JANE ROE").
                int w = NameWords(m).Length + (m.Shape == MentionShape.Name ? 100 : 0) + (doc.IsAllCaps(m.Name) ? 0 : 50);
                if (w > bestWords) { best = m; bestWords = w; }
            }
            entity.Name = Normalized(best is null ? entity.Mentions[0].Span : best.Name);
            // A bare name that a pronoun or title shows to be a person.
            if (entity.Kind == SpeakerKind.Unknown && entity.Mentions.Any(m => m.Shape == MentionShape.Pronoun && !m.Plural))
                entity.Kind = SpeakerKind.Person;
        }
    }

    // A name as a reader sees it: its tokens with single spaces where the text had white space, line breaks,
    // tags or &nbsp; between them ("Jane&nbsp;Roe" → "Jane Roe"); "Lee’s" and "Jean-Paul" stay whole.
    private string Normalized(TextSpan span)
    {
        // Most names are clean already: single spaces, no markup.
        var chars = doc.Slice(span);
        if (chars.IndexOfAny("&<\n\r\t\u00A0") < 0 && !chars.Contains("  ", StringComparison.Ordinal)) return chars.ToString();
        var sb = new System.Text.StringBuilder(span.Length);
        int prevEnd = -1;
        for (int i = doc.TokenAtOrAfter(span.Start); i < doc.Tokens.Length && doc.Tokens[i].Start < span.End; i++)
        {
            var t = doc.Tokens[i];
            if (prevEnd >= 0 && t.Start > prevEnd) sb.Append(' ');
            sb.Append(doc.Text, t.Start, Math.Min(t.End, span.End) - t.Start);
            prevEnd = t.End;
        }
        return sb.Length > 0 ? sb.ToString() : doc.Text.Substring(span.Start, span.Length);
    }

    // The word tokens of a mention's name part (indices into the document's tokens; no strings).
    private int[] NameWords(Mention m)
    {
        int first = doc.TokenAtOrAfter(m.Name.Start), n = 0;
        for (int i = first; i < doc.Tokens.Length && doc.Tokens[i].Start < m.Name.End; i++) if (doc.IsWordLike(i)) n++;
        var words = new int[n];
        n = 0;
        for (int i = first; i < doc.Tokens.Length && doc.Tokens[i].Start < m.Name.End; i++) if (doc.IsWordLike(i)) words[n++] = i;
        return words;
    }

    private bool SameWord(int a, int b) => doc.TokenText(a).Equals(doc.TokenText(b), StringComparison.OrdinalIgnoreCase);

    private bool IsIndefinite(Mention m)
    {
        var first = doc.TokenText(m.FirstToken);
        return first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase)
            || first.Equals("another", StringComparison.OrdinalIgnoreCase) || first.Equals("one", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsSuffix(int[] shorter, int[] longer)
    {
        if (shorter.Length == 0 || shorter.Length > longer.Length) return false;
        int off = longer.Length - shorter.Length;
        for (int i = 0; i < shorter.Length; i++)
            if (!SameWord(shorter[i], longer[off + i])) return false;
        return true;
    }

    private bool SameWords(int[] a, int[] b) => a.Length == b.Length && IsSuffix(a, b);

    private static bool EndsWithWord(string phrase, string word) =>
        phrase.EndsWith(word, StringComparison.OrdinalIgnoreCase)
        && (phrase.Length == word.Length || !char.IsLetter(phrase[phrase.Length - word.Length - 1]));
}
