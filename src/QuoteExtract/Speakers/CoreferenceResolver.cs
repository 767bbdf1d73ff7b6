using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using System.Runtime.CompilerServices;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// An entity–mention model of coreference, read in text order: every named person and organization is an entity;
/// each mention — a name, a partial name, a pronoun, a role phrase, a nominal — joins the best candidate entity or
/// founds one. Candidates come from indexes (a name word, a role, an acronym) and a window of recently mentioned
/// entities, each bounded, so the work per mention does not grow with the document. Agreement (number, gender, person
/// against organization) filters; salience (recency, being a subject or a speaker, the same paragraph) ranks.
/// </summary>
internal sealed class CoreferenceResolver : IDisposable
{
    // One resolver a thread kept between documents, its tables emptied (Dispose): rented by For, so each of a document's
    // ~20 tables and helpers is not made again per document. (Per thread, taken out while in use: never shared.)
    [ThreadStatic] private static CoreferenceResolver? t_spare;

    private Document _doc = null!;

    private CoreferenceResolver()
    {
    }

    /// <summary>A resolver for <paramref name="doc"/>, empty; Dispose gives it back (after <see cref="Finish"/>).</summary>
    public static CoreferenceResolver For(Document doc)
    {
        var resolver = t_spare ?? new CoreferenceResolver();
        t_spare = null;
        resolver.Begin(doc);
        return resolver;
    }

    private void Begin(Document doc)
    {
        _doc = doc;
        _byKey.ExpectedKeys = Math.Min(doc.Tokens.Length / 16, 1024);
        _nameSpans.Expected = doc.Tokens.Length / 12;
        if (_places is null) _places = new(doc);
        else _places.Reset(doc);
        _recent = ScratchArray.Rent<int>(RecentWindow * 2 + 1);
        (_recentCount, _last, _lastEnd, _byWordSized, Comparisons) = (0, -1, -1, false, 0);
    }

    // How many entities of the recency window are looked at per mention (of an index key: RecentIndex.Window).
    private const int RecentWindow = 24;

    // Salience weights of a mention (Lappin and Leass's, roughly: recency, subject, and a name or a speaker as emphasis).
    private const double MentionWeight = 100, SubjectWeight = 80, SpeakerWeight = 40, NameWeight = 30;

    // (Pooled, returned by Dispose; a ref into it is not held across NewEntity, which may grow it.)
    private EntityState[] _states = [];
    private int _stateCount;
    // (Made on first use, as big as the document has distinct capitalised words: most name words are among them, and the
    // table grown by doubling from empty was the stage's largest table cost.)
    private readonly RecentIndex _byWordTable = new();
    private bool _byWordSized;

    private RecentIndex ByWord
    {
        get
        {
            if (!_byWordSized) (_byWordTable.ExpectedKeys, _byWordSized) = (Math.Min(Usage.DistinctWords / 2, 1024), true);
            return _byWordTable;
        }
    }

    private NameBuffers? _nameBuffers;

    private NameBuffers NameBuffers
    {
        get
        {
            // (The word index sized first: the buffers fill it.)
            var byWord = ByWord;
            return _nameBuffers ??= new(byWord);
        }
    }
    // (Made as big as a name key per sixteen tokens at first, at most 1,024: news has one per twenty or so, and growing it
    // from empty was most of its cost.)
    private readonly WordMap _byKey = new();
    private readonly RecentIndex _byRole = new();
    private readonly WordMap _byAcronym = new();
    private readonly RecentIndex _byNominal = new();
    // The recency window, most recent last (at most twice the window before it is cut back).
    private int[] _recent = [];
    private int _recentCount;
    // Sentences and paragraphs of the mentions, asked in text order (the collector's too: it asks before the resolver).
    private DocumentPlaces _places = null!;

    /// <summary>Sentences and paragraphs of the document's tokens, for a reader that asks in text order before the resolver does.</summary>
    public DocumentPlaces Places => _places;
    // The name words of each mention parsed (Finish names the entities by them).
    // (Room for a name mention per twelve tokens: news has one per twenty or so.)
    private readonly NameSpanMemo _nameSpans = new(0);
    // The entities' names (EntityState.Name).
    private readonly EntityNames _names = new();

    /// <summary>How many candidate entities were weighed so far: bounded per mention, so linear in the document (tests count it).</summary>
    public long Comparisons { get; private set; }

    /// <summary>The entity of a name or nominal mention the article makes outside any quote's speaker slot; -1 when it founds none.</summary>
    public int ResolveContext(in MentionValue m) => Resolve(in m, isSpeaker: false, quoteSpeaker: -1, subject: false);

    /// <summary>
    /// Finds or founds the entity of <paramref name="m"/> and records the mention in it; -1 when a pronoun has no
    /// antecedent or a context word founds nothing. <paramref name="quoteSpeaker"/> is the entity whose quote holds the
    /// mention (a first-person pronoun in it is that speaker), or -1.
    /// </summary>
    public int Resolve(in MentionValue m, bool isSpeaker, int quoteSpeaker, bool subject)
    {
        int e = m.Shape switch
        {
            MentionShape.Pronoun => ResolvePronoun(in m, quoteSpeaker),
            _ => ResolveNamedOrNominal(in m, isSpeaker),
        };
        if (e < 0) return -1;
        Record(e, in m, isSpeaker, subject);
        return e;
    }

    /// <summary>
    /// Records a predicate nominal ("Lee was a professor of English", "Lee, who is the mayor,") as a mention of the
    /// sentence's subject, whose role it names; -1 when the sentence has no subject the resolver knows.
    /// </summary>
    public int ResolvePredicate(in MentionValue m)
    {
        int sentence = _places.SentenceOf(m.FirstToken), copula = m.FirstToken - 1;
        // The subject right before the copula ("Lee was", "Lee, who is", "Lee later became"), nothing else between: in
        // "Lee said the treaty is a mistake" the treaty is the subject.
        if (_last < 0 || copula - _lastEnd is < 0 or > 3 || _places.SentenceOf(_lastEnd - 1) != sentence) return -1;
        for (int i = _lastEnd; i < copula; i++)
            if (!(_doc.Tokens[i].Kind == TokenKind.Punctuation || _doc.Is(i, "who") || _doc.Is(i, "also") || _doc.Is(i, "later") || _doc.Is(i, "then")
                || _doc.Is(i, "now") || _doc.Is(i, "still") || _doc.Is(i, "once"))) return -1;
        int e = _last;
        if (_states[e].Members is not null || _states[e].Narrator && !_states[e].Named) return -1;
        // (A person is no "company", an organization no "lawyer".)
        var headWord = LowerOnStack(_doc.TokenText(m.EndToken - 1), stackalloc char[64]);
        bool role = _doc.Words(WordList.RoleNouns).Contains(headWord);
        if (_states[e].Kind == SpeakerKind.Organization && role || _states[e].Kind == SpeakerKind.Person && _doc.Words(WordList.OrganizationHeads).Contains(headWord)) return -1;
        Record(e, in m, isSpeaker: false, subject: false);
        if (role) AddRole(e, Intern(headWord));
        return e;
    }

    /// <summary>Records a group speaker named by its members ("Ann Lee and Tom Baker said"): an entity of its own that lists them.</summary>
    public int ResolveGroup(in MentionValue m, IReadOnlyList<int> members)
    {
        var key = "group:" + string.Join(',', members);
        ref int group = ref _byKey.ValueOrAdd(key, out bool added);
        if (added)
        {
            group = NewEntity(SpeakerKind.Group);
            _states[group].Members = [.. members];
        }
        int e = group;
        Record(e, in m, isSpeaker: true, subject: true);
        return e;
    }

    // The entity and the end token of the last mention recorded (for an appositive right after it).
    private int _last = -1, _lastEnd = -1;

    /// <summary>Records <paramref name="m"/> as a mention of entity <paramref name="e"/> (its salience and indexes follow).</summary>
    public void Record(int e, in MentionValue m, bool isSpeaker, bool subject)
    {
        _last = e;
        _lastEnd = m.EndToken;
        ref var state = ref _states[e];
        AddMention(ref state, in m);
        state.LastToken = m.FirstToken;
        state.LastParagraph = _places.ParagraphAt(m.Span.Start);
        int sentence = _places.SentenceOf(m.FirstToken);
        if (subject) state.LastSubjectSentence = sentence;
        // (Each factor once a sentence: "Hu Shih, the leader of …" is one mention's worth, not two.)
        int counted = sentence == state.SalienceSentence ? state.CountedFactors : 0;
        int factors = 1 | (subject ? 2 : 0) | (isSpeaker ? 4 : 0) | (m.Shape == MentionShape.Name ? 8 : 0);
        int fresh = factors & ~counted;
        state.Salience = state.SalienceAt(sentence) + ((fresh & 1) != 0 ? MentionWeight : 0) + ((fresh & 2) != 0 ? SubjectWeight : 0)
            + ((fresh & 4) != 0 ? SpeakerWeight : 0) + ((fresh & 8) != 0 ? NameWeight : 0);
        if (sentence >= state.SalienceSentence)
        {
            state.CountedFactors = counted | factors;
            state.SalienceSentence = sentence;
        }
        state.Speaker |= isSpeaker;
        // (By the lists' numbers the entity keeps: no lookup per word.)
        foreach (int word in state.Name) ByWord.Add(word, e);
        for (int node = state.FirstRole; node >= 0; node = _roleChains.Next(node)) _byRole.Add(_roleChains[node], e);
        Touch(e);
    }

    // Most recent last, at most a window's worth: the candidates a pronoun or a role phrase is weighed against.
    private void Touch(int e)
    {
        // (Plain loops: the moves are a few ints, shorter than a memmove call's set-up.)
        int at = _recentCount - 1;
        while (at >= 0 && _recent[at] != e) at--;
        if (at >= 0)
        {
            for (int k = at + 1; k < _recentCount; k++) _recent[k - 1] = _recent[k];
            _recentCount--;
        }
        _recent[_recentCount++] = e;
        if (_recentCount > RecentWindow * 2)
        {
            int drop = _recentCount - RecentWindow;
            for (int k = 0; k < RecentWindow; k++) _recent[k] = _recent[k + drop];
            _recentCount = RecentWindow;
        }
    }

    private int ResolveNamedOrNominal(in MentionValue m, bool isSpeaker)
    {
        // (A nominal phrase's words are never compared: no lower-case strings for them.)
        var parts = NameParts.Parse(_doc, m.FirstToken, m.EndToken, NameBuffers, Usage, lowerWords: m.Shape != MentionShape.Nominal);
        _nameSpans.Add(m.FirstToken, m.EndToken, parts.Words);
        var roles = RolesOf(in m, parts);
        // ("Ruritanian officials and pro-government media", "Joe Biden’s administration": a common noun heads it.)
        if (parts.Words.Length == 0 || m.Shape == MentionShape.Nominal) return ResolveNominal(in m, roles, isSpeaker);
        // "the University", "the Ministry": a capitalised head alone is the short form of an organization named before.
        // (Only when the article named such an organization: "Congress" alone is a name.)
        if (parts.Words.Length == 1 && _doc.Has(parts.Words[0], WordClass.OrganizationHead) && ShortFormOf(NameBuffers.Text(parts.Lower[0]), anyOrganization: false) is var owner and >= 0)
            return owner;

        // "Nobel Peace Prize", "George Washington Bridge": a thing, neither a speaker nor anyone's name.
        if (parts.IsThing(_doc)) return -1;
        Span<char> keyBuffer = parts.KeyLength <= 128 ? stackalloc char[128] : new char[parts.KeyLength];
        var key = parts.WriteKey(keyBuffer);
        // (Hashed once: looked up here, and added by Update.)
        int keyHash = WordMap.Hash(key);
        // "PHAC" after "Public Health Agency of Canada (PHAC)": an organization's acronym.
        if (parts.Words.Length == 1 && IsAcronymLike(parts.Words[0]) && _byAcronym.TryGetValue(NameBuffers.Text(parts.Lower[0]), out var byAcronym))
            return Update(byAcronym, parts, key, keyHash, roles);
        if (_byKey.TryGetValue(key, keyHash, out var exact) && Agrees(in _states[exact], parts)) return Update(exact, parts, key, keyHash, roles);

        int best = -1, bestScore = int.MinValue;
        Span<int> bucket = stackalloc int[RecentIndex.Window];
        var words = parts.Lower;
        for (int k = 0; k < words.Length; k++)
        {
            int count = ByWord.Read(words[k], bucket);
            for (int c = 0; c < count; c++)
            {
                Comparisons++;
                int e = bucket[c];
                if (!Compatible(in _states[e], parts)) continue;
                // More shared words, then the family name, then recency.
                int score = Shared(_states[e].Name, parts.Lower) * 1000 + (_states[e].Name[^1] == parts.Lower[^1] ? 500 : 0) + _states[e].LastToken / 1000;
                if (score > bestScore) { best = e; bestScore = score; }
            }
        }
        if (best >= 0) return Update(best, parts, key, keyHash, roles);

        // "A Calgary teacher says … Moreau": a person the article introduced by a role names them a little later.
        if (PersonLike(parts) || parts.Lower.Length == 1 && char.IsUpper(_doc.TokenText(parts.Words[0])[0]))
            for (int c = _recentCount - 1; c >= 0 && c >= _recentCount - 3; c--)
            {
                ref readonly var s = ref _states[_recent[c]];
                if (!s.Named && s.Speaker && s.Kind is SpeakerKind.Person or SpeakerKind.Unknown && s.RoleCount > 0
                    && _places.SentenceOf(m.FirstToken) - _places.SentenceOf(s.LastToken) is >= 0 and <= 3
                    && (parts.Gender == Gender.Unknown || s.Gender == Gender.Unknown || s.Gender == parts.Gender))
                    return Update(_recent[c], parts, key, keyHash, roles);
            }

        // A lone capitalised word that may be an ordinary word opening its sentence ("Describe", "Following") founds nothing.
        if (!isSpeaker && parts.Words.Length == 1 && !parts.Honorific && !parts.HasTitles && !parts.Organization && m.TitleCount == 0
            && MayBeCommonWord(parts.Words[0])) return -1;
        int founded = NewEntity(SpeakerKind.Unknown);
        return Update(founded, parts, key, keyHash, roles);
    }

    // A capitalised word is an ordinary one when a word list or the cue lexicon knows it, when the article also writes it
    // in lower case, or when it only ever opens sentences ("Describe the …", "Following the …").
    private bool MayBeCommonWord(int token)
    {
        if ((_doc.WordClasses[token] & ~WordClass.Capitalized) != 0 || _doc.CueFormIdAt(token) >= 0) return true;
        var usage = Usage.Of(token);
        return usage.SeenLower || !usage.SeenMidSentence;
    }

    // (Kept with the resolver, read again per document when first asked.)
    private CapitalizedUsage? _usage;
    private bool _usageRead;

    private CapitalizedUsage Usage
    {
        get
        {
            if (_usageRead) return _usage!;
            if (_usage is null) _usage = new CapitalizedUsage(_doc);
            else _usage.Read(_doc);
            _usageRead = true;
            return _usage;
        }
    }

    /// <summary>Gives the pooled tables back (after <see cref="Finish"/>).</summary>
    public void Dispose()
    {
        _usage?.Dispose();
        _usageRead = false;
        _nameBuffers?.Dispose();
        _byWordTable.Dispose();
        _byKey.Dispose();
        _byRole.Dispose();
        _byAcronym.Dispose();
        ScratchArray.Return(_recent);
        _recent = [];
        _byNominal.Dispose();
        _roleChains.Dispose();
        _heads.Dispose();
        _nameSpans.Dispose();
        _names.Dispose();
        if (_states.Length > 0) ScratchArray.Return(_states);
        (_states, _stateCount) = ([], 0);
        ReturnMentions();
        (_mentionAt, _nextMention, _mentionCount, _expectedMentions) = ([], [], 0, 0);
        _roles.Clear();
        // (Holding no document till the next.)
        _doc = null!;
        _places.Reset(null!);
        t_spare = this;
    }

    // Adds what a name mention shows to its entity: a fuller name, the kind, gender evidence, roles, an acronym.
    // (The key, NameParts.WriteKey's, is made a string only when the index takes it.)
    private int Update(int e, NameParts parts, ReadOnlySpan<char> key, int keyHash, IReadOnlyList<string> roleList)
    {
        ref var s = ref _states[e];
        bool fuller = parts.Lower.Length > s.Name.Length && (s.Name.Length == 0 || Subset(s.Name, parts.Lower));
        if (fuller)
        {
            _byKey.ValueOrAdd(key, keyHash, out _) = e;
            if (parts.Organization && parts.Lower.Length >= 2) TryAdd(_byAcronym, Acronym(parts.Lower, parts.Lower.Length <= 64 ? stackalloc char[64] : new char[parts.Lower.Length]), e);
        }
        else if (parts.Lower.Length > 0)
        {
            ref int value = ref _byKey.ValueOrAdd(key, keyHash, out bool added);
            if (added) value = e;
        }
        // (Each word's list by the number the parse found: no lookup.)
        var lower = parts.Lower;
        foreach (int word in lower) ByWord.Add(word, e);
        if (fuller) s.SetName(_names.Add(lower), lower.Length); // (out of the parse's buffers)
        if (parts.Organization) s.Kind = SpeakerKind.Organization;
        // ("Zhang Wei" with the title "His lawyer": a role is a person's.)
        else if (s.Kind == SpeakerKind.Unknown && (PersonLike(parts) || roleList.Count > 0)) s.Kind = SpeakerKind.Person;
        if (s.NameGender == Gender.Unknown && parts.Gender != Gender.Unknown) s.NameGender = parts.Gender;
        for (int k = 0; k < roleList.Count; k++) AddRole(e, roleList[k]);
        // "Public Health Agency of Canada (PHAC)": the acronym in brackets right after the name.
        if (parts.Words.Length > 0 && parts.Words[^1] + 3 < _doc.Tokens.Length && _doc.IsPunct(parts.Words[^1] + 1, '(')
            && _doc.IsPunct(parts.Words[^1] + 3, ')') && IsAcronymLike(parts.Words[^1] + 2))
            TryAdd(_byAcronym, LowerOnStack(_doc.TokenText(parts.Words[^1] + 2), stackalloc char[8]), e);
        return e;
    }

    private void AddRole(int e, string role)
    {
        // (The index's add also refreshes its place: the latest holder of a role is found first.)
        int chain = _byRole.Add(role, e);
        // (A role's list in the index is its own: one list, one role.)
        ref var s = ref _states[e];
        int first = s.FirstRole;
        if (_roleChains.AddOnce(ref first, chain)) s.RoleCount++;
        s.FirstRole = first;
    }

    // The entities' roles (their lists in the role index) and head nouns, chained (EntityState.FirstRole, FirstHead).
    private PooledChains<int> _roleChains = new();
    private PooledChains<string> _heads = new();

    private void AddHead(int e, string head)
    {
        int first = _states[e].FirstHead;
        _heads.AddOnce(ref first, head);
        _states[e].FirstHead = first;
    }

    private bool HasHead(in EntityState s, ReadOnlySpan<char> head)
    {
        for (int node = s.FirstHead; node >= 0; node = _heads.Next(node)) if (head.SequenceEqual(_heads[node])) return true;
        return false;
    }

    // Role words a mention gives its entity: in its titles ("Finance Minister", ", the mayor,") and as its head. (A list
    // made only when there is a role: most mentions have none, and every name mention asks.)
    // (The list is reused from mention to mention: it is read before the next mention's.)
    private readonly List<string> _roles = [];

    private IReadOnlyList<string> RolesOf(in MentionValue m, NameParts parts)
    {
        var roles = _roles;
        roles.Clear();
        if (parts.RoleHead >= 0) roles.Add(LowerWord(_doc.TokenText(parts.RoleHead)));
        // (Indexed loops here and below: a foreach over the interface makes an enumerator per mention.)
        for (int k = 0; k < m.TitleCount; k++)
            for (int i = _doc.TokenAtOrAfter(m.TitleAt(k).Start); i < _doc.Tokens.Length && _doc.Tokens[i].Start < m.TitleAt(k).End; i++)
                if (_doc.Tokens[i].Kind == TokenKind.Word && _doc.Words(WordList.RoleNouns).Contains(_doc.TokenText(i)))
                    roles.Add(LowerWord(_doc.TokenText(i)));
        return roles;
    }

    // A phrase without a name: a role ("the mayor", "his lawyer"), an organization's short form ("the ministry"), a group.
    private int ResolveNominal(in MentionValue m, IReadOnlyList<string> roleList, bool isSpeaker)
    {
        int head = m.EndToken - 1;
        for (int i = m.FirstToken + 1; i < m.EndToken - 1; i++) if (_doc.Has(i, WordClass.Connector)) { head = i - 1; break; }
        // (A string only when an entity keeps it: most nominals find their entity or none.)
        var headWord = LowerOnStack(_doc.TokenText(head), stackalloc char[64]);
        bool indefinite = IsIndefinite(in m);
        // "Tom Baker, the chief negotiator, …": a role set off by a comma right after a name is that name's.
        if (m.FirstToken >= 2 && _doc.IsPunct(m.FirstToken - 1, ',') && _lastEnd == m.FirstToken - 1 && _last >= 0 && _states[_last].Named
            && _states[_last].Kind != SpeakerKind.Organization && _doc.Words(WordList.RoleNouns).Contains(headWord))
        {
            AddRole(_last, Intern(headWord));
            return _last;
        }
        // "the mayor", "the prime minister": the latest entity holding that role, before or after its name was given.
        if (!indefinite && _doc.Words(WordList.RoleNouns).Contains(headWord))
        {
            Span<int> holders = stackalloc int[RecentIndex.Window];
            int count = _byRole.Read(headWord, holders);
            for (int c = 0; c < count; c++, Comparisons++)
                if (m.Gender == Gender.Unknown || _states[holders[c]].Gender == Gender.Unknown || _states[holders[c]].Gender == m.Gender)
                    return holders[c];
        }
        // "the company", "the ministry", "the agency": the latest organization whose name has that head, else the latest
        // organization at all.
        if (!indefinite && !m.Plural && ShortFormOf(headWord, anyOrganization: m.EndToken - m.FirstToken <= 2) is var owner and >= 0) return owner;
        // The same definite nominal again ("the interior ministry … the interior ministry"): one entity; "an official" twice is two.
        // (Room for every word and a space after each: words may touch, "can" "not".)
        int keyRoom = 2 * (_doc.Tokens[m.EndToken - 1].End - _doc.Tokens[m.FirstToken].Start);
        Span<char> keyBuffer = keyRoom <= 256 ? stackalloc char[256] : new char[keyRoom];
        var key = NominalKey(in m, keyBuffer);
        if (!indefinite && _byNominal.Latest(key) is var same and >= 0) return same;
        if (!isSpeaker && roleList.Count == 0) return -1;
        int e = NewEntity(m.Kind);
        // (Gender from the head alone: "the spokeswoman" is a woman, "his early work" no man.)
        if (_doc.Has(head, WordClass.Male)) _states[e].NameGender = Gender.Male;
        else if (_doc.Has(head, WordClass.Female)) _states[e].NameGender = Gender.Female;
        var headString = Intern(headWord);
        AddHead(e, headString);
        for (int k = 0; k < roleList.Count; k++) AddRole(e, roleList[k]);
        if (_doc.Words(WordList.RoleNouns).Contains(headWord)) AddRole(e, headString);
        if (!indefinite) _byNominal.Add(key, e);
        return e;
    }

    // The organization a short form names: the latest whose name or founding phrase has that head ("the company" after
    // "Acme Company"), else, when nothing narrows it (a modifier says which: "the interior ministry"), the latest of all.
    private int ShortFormOf(ReadOnlySpan<char> headWord, bool anyOrganization)
    {
        if (!_doc.Words(WordList.OrganizationHeads).Contains(headWord) || _doc.Words(WordList.GroupHeads).Contains(headWord)) return -1;
        int any = -1, maybe = -1;
        for (int c = _recentCount - 1; c >= 0 && c >= _recentCount - RecentWindow; c--)
        {
            Comparisons++;
            ref readonly var s = ref _states[_recent[c]];
            // ("Acme Robotics said … The company said": a name of two or more words that nothing shows to be a person's.)
            if (maybe < 0 && s.Kind == SpeakerKind.Unknown && s.Name.Length >= 2 && !s.PersonLike && s.Members is null && !s.Narrator) maybe = _recent[c];
            if (s.Kind != SpeakerKind.Organization) continue;
            if (HasWord(s.Name, headWord) || HasHead(in s, headWord)) return _recent[c];
            if (any < 0 && s.Named) any = _recent[c];
        }
        if (!anyOrganization) return -1;
        if (any < 0 && maybe >= 0 && _doc.Words(WordList.OrganizationHeads).Contains(headWord))
        {
            _states[maybe].Kind = SpeakerKind.Organization;
            AddHead(maybe, Intern(headWord));
            return maybe;
        }
        return any;
    }

    // The phrase's words but its determiners, lower-cased and joined by single spaces ("interior ministry"), written into
    // destination (twice the phrase's length), so that a lookup makes no string.
    private ReadOnlySpan<char> NominalKey(in MentionValue m, Span<char> destination)
    {
        int n = 0;
        for (int i = m.FirstToken; i < m.EndToken; i++)
        {
            if (_doc.Tokens[i].Kind != TokenKind.Word || _doc.Has(i, WordClass.Determiner)) continue;
            if (n > 0) destination[n++] = ' ';
            n += _doc.TokenText(i).ToLowerInvariant(destination[n..]);
        }
        return destination[..n];
    }

    private bool IsIndefinite(in MentionValue m) =>
        _doc.Is(m.FirstToken, "a") || _doc.Is(m.FirstToken, "an") || _doc.Is(m.FirstToken, "another") || _doc.Is(m.FirstToken, "one");

    private int ResolvePronoun(in MentionValue m, int quoteSpeaker)
    {
        var p = _doc.TokenText(m.FirstToken);
        // "Jane Roe, who …": a relative pronoun refers to the phrase right before it.
        if (p.Equals("who", StringComparison.OrdinalIgnoreCase) || p.Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            for (int c = _recentCount - 1; c >= 0 && c >= _recentCount - 3; c--)
            {
                if (_states[_recent[c]].LastMention is var at and >= 0 && MentionAt(at).Span.End is var lastEnd
                    && lastEnd <= m.Span.Start && m.Span.Start - lastEnd <= 3) return _recent[c];
            }
            return -1;
        }
        var form = PronounForm.Of(p);
        // "I", "we" in someone's quote are that speaker.
        if (form.FirstPerson) return quoteSpeaker;
        if (form.Unknown) return -1;
        int sentence = _places.SentenceOf(m.FirstToken), paragraph = _places.ParagraphAt(m.Span.Start);
        int best = -1;
        double bestScore = double.MinValue;
        for (int c = _recentCount - 1, rank = 0; c >= 0 && rank < RecentWindow; c--, rank++)
        {
            Comparisons++;
            ref readonly var s = ref _states[_recent[c]];
            if (!AgreesWithPronoun(in s, form, out bool sure)) continue;
            // Salience ranks; a candidate that only may be a person (a name of unknown kind) counts for less, and a pronoun in
            // someone's quote is rarely the speaker's own third person.
            double score = s.SalienceAt(sentence) * (sure ? 1.0 : UnsureFactor)
                + (s.LastParagraph == paragraph ? ParagraphBonus : 0)
                - (quoteSpeaker == _recent[c] && !form.Plural ? OwnQuotePenalty : 0);
            if (score > bestScore) { best = _recent[c]; bestScore = score; }
        }
        if (best >= 0)
        {
            ref var s = ref _states[best];
            if (form.Gender == Gender.Male) s.MalePronouns++;
            else if (form.Gender == Gender.Female) s.FemalePronouns++;
        }
        return best;
    }

    // Pronoun scoring: how much a candidate that only may be a person counts, a paragraph's pull, a quote's own speaker.
    private const double UnsureFactor = 0.5, ParagraphBonus = 20, OwnQuotePenalty = 150;

    // Agreement of number, gender and kind; sure is false for a named entity of unknown kind that may be a person
    // ("Galois returned to Paris … he"), which a person known to be one outranks.
    private static bool AgreesWithPronoun(in EntityState s, PronounForm form, out bool sure)
    {
        sure = true;
        if (s.Members is not null) return form.Plural;
        if (s.Narrator) return false;
        if (form.Neuter) return s.Kind == SpeakerKind.Organization;
        if (form.Plural) return s.Kind is SpeakerKind.Group or SpeakerKind.Organization;
        var g = s.Gender;
        if (g != Gender.Unknown && g != form.Gender) return false;
        // he, she: a person, or an entity of unknown kind that something shows to be one (never any junk phrase).
        if (s.Kind == SpeakerKind.Person || s.Kind == SpeakerKind.Unknown && s.PersonLike) return true;
        sure = false;
        return s.Kind == SpeakerKind.Unknown && s.Named;
    }

    private bool Compatible(in EntityState s, NameParts parts)
    {
        if (s.Members is not null || s.Name.Length == 0) return false;
        if (!Agrees(s, parts)) return false;
        var a = parts.Lower;
        var b = s.Name;
        if (Subset(a, b)) return true;
        // "Ann Lee" after "Lee", "Jens Otto Berg" after "Otto Berg": the fuller name joins an entity whose every word it has
        // (not "Ann Lee" after "Tom Lee": another first name).
        if (Subset(b, a)) return true;
        return false;
    }

    private static bool Agrees(in EntityState s, NameParts parts)
    {
        if (parts.Organization && s.Kind == SpeakerKind.Person || s.Kind == SpeakerKind.Organization && !parts.Organization && PersonLike(parts)) return false;
        var g = s.Gender;
        return g == Gender.Unknown || parts.Gender == Gender.Unknown || g == parts.Gender;
    }

    private static bool PersonLike(NameParts parts) =>
        !parts.Organization && (parts.Honorific || parts.HasFirstName || parts.Gender != Gender.Unknown || parts.RoleHead >= 0 || parts.HasTitles && parts.Count >= 2);

    // Every word of a in b, in order; an initial stands for a word it starts ("J." for "john").
    private bool Subset(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int j = 0;
        foreach (var w in a)
        {
            while (j < b.Length && !SameStart(w, b[j])) j++;
            if (j == b.Length) return false;
            j++;
        }
        return true;
    }

    // (Words by their numbers in the word index: one number, one word.)
    private bool SameStart(int a, int b)
    {
        if (a == b) return true;
        ReadOnlySpan<char> x = NameBuffers.Text(a), y = NameBuffers.Text(b);
        return x.Length == 1 && y.StartsWith(x) || y.Length == 1 && x.StartsWith(y);
    }

    private bool HasWord(ReadOnlySpan<int> words, ReadOnlySpan<char> word)
    {
        foreach (int w in words) if (word.SequenceEqual(NameBuffers.Text(w))) return true;
        return false;
    }

    private static int Shared(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int n = 0;
        foreach (int w in b) if (a.IndexOf(w) >= 0) n++;
        return n;
    }

    private bool IsAcronymLike(int token)
    {
        var w = _doc.TokenText(token);
        if (w.Length < 2 || w.Length > 8) return false;
        foreach (var c in w) if (!char.IsUpper(c) && !char.IsDigit(c) && c != '&') return false;
        return true;
    }

    // The initials of the name's words but "of", "and", "for", "the", written into letters (room for a letter a word).
    private ReadOnlySpan<char> Acronym(ReadOnlySpan<int> words, Span<char> letters)
    {
        int n = 0;
        foreach (int word in words)
            if (NameBuffers.Text(word) is var w && w is not ("of" or "and" or "for" or "the") && w.Length > 0) letters[n++] = w[0];
        return letters[..n];
    }

    // Adds key with value e unless it is there (the key made a string only when new).
    private static void TryAdd(WordMap map, ReadOnlySpan<char> key, int e)
    {
        ref int value = ref map.ValueOrAdd(key, out bool added);
        if (added) value = e;
    }

    // A word in lower case: the string the role index already holds ("mayor" of every "the mayor"), else a new one.
    private string LowerWord(ReadOnlySpan<char> word) => Intern(LowerOnStack(word, stackalloc char[64]));

    private string Intern(ReadOnlySpan<char> lower) => _byRole.TryGetKey(lower, out var held) ? held : lower.ToString();

    private static ReadOnlySpan<char> LowerOnStack(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant();

    // An entity's mentions while the resolver reads, chained in pooled arrays (most entities have two or three: lists grown
    // by doubling cost half a byte per input byte); Finish puts them in one array, each entity's a range of it.
    // Each is where its value lies: k >= 0 the collector's mention k, read in place (the collector's list lives till after
    // Finish), ~k item k of _side (a mention made by a caller: an owner, a group's member, the narrator's name). A 48-byte
    // copy of each collected mention was the command line's peak on a document of a million mentions.
    private int[] _mentionAt = [];
    private int[] _nextMention = [];
    private int _mentionCount, _expectedMentions;
    private PooledList<CollectedMention>? _collected;
    private MentionValue[] _side = [];
    private int _sideCount;

    /// <summary>
    /// The collector's mentions, which <see cref="Resolve"/> and <see cref="Record"/> are mostly given by reference: kept by
    /// their index, not copied (they must outlive <see cref="Finish"/>). The mention arrays are made that big at first (a 16
    /// MiB document of `Smith: "We will win the vote."` lines has a million, and arrays grown by doubling held up to twice
    /// that with their old halves beside them).
    /// </summary>
    public void UseCollected(PooledList<CollectedMention> collected) => (_collected, _expectedMentions) = (collected, collected.Count);

    private ref readonly MentionValue MentionAt(int at)
    {
        int k = _mentionAt[at];
        if (k >= 0) return ref _collected!.AsSpan()[k].Mention;
        return ref _side[~k];
    }

    // Where m lies: its collected mention's index when m is a reference into the collector's list, else ~its place in _side.
    private int Place(in MentionValue m)
    {
        if (_collected is { Count: > 0 } collected)
        {
            var items = collected.AsSpan();
            nint offset = Unsafe.ByteOffset(ref Unsafe.AsRef(in items[0].Mention), ref Unsafe.AsRef(in m));
            if (offset >= 0 && offset / Unsafe.SizeOf<CollectedMention>() is var k && k < items.Length
                && Unsafe.AreSame(ref Unsafe.AsRef(in items[(int)k].Mention), ref Unsafe.AsRef(in m))) return (int)k;
        }
        if (_sideCount == _side.Length)
        {
            ScratchArray.Grow(ref _side, _sideCount, Math.Max(16, 2 * _sideCount));
        }
        _side[_sideCount] = m;
        return ~_sideCount++;
    }

    private void AddMention(ref EntityState state, in MentionValue m)
    {
        if (_mentionCount == _mentionAt.Length)
        {
            // (At first room for a mention per eight tokens, news has one per ten or so; at most 1,024 before growing.)
            ChainArrays.Grow(ref _mentionAt, ref _nextMention, _mentionCount,
                _mentionCount == 0 ? Math.Max(Math.Clamp(_doc.Tokens.Length / 8, 64, 1024), _expectedMentions + 8) : 2 * _mentionCount);
        }
        int at = _mentionCount++;
        _mentionAt[at] = Place(in m);
        _nextMention[at] = -1;
        if (state.LastMention >= 0) _nextMention[state.LastMention] = at;
        else state.FirstMention = at;
        state.LastMention = at;
        state.MentionCount++;
    }

    private void ReturnMentions()
    {
        if (_side.Length > 0) ScratchArray.Return(_side);
        (_side, _sideCount, _collected) = ([], 0, null);
        if (_mentionAt.Length == 0) return;
        ScratchArray.Return(_mentionAt);
        ScratchArray.Return(_nextMention);
    }

    /// <summary>Founds a person known by no name yet (the narrator of a document that never names them).</summary>
    public int NewPerson() => NewEntity(SpeakerKind.Person);

    private int NewEntity(SpeakerKind kind)
    {
        int e = _doc.Entities.Count;
        // (Room for eight entities and one per twenty-eight tokens at first, at most 1,024 before growing: news has one per
        // thirty-five tokens, a short article more. Grown from empty, the list made four arrays for a news article's thirty
        // or so; one per thirty-two tokens alone was outgrown by half of the PolNeAR dev articles.)
        if (e == 0) _doc.Entities.EnsureCapacity(Math.Min(_doc.Tokens.Length / 28 + 8, 1024));
        _doc.Entities.Add(new SpeakerEntity { Kind = kind });
        if (_stateCount == _states.Length)
        {
            // (At first room for an entity per sixteen tokens, news has one per thirty-five; at most 256 before growing.)
            ScratchArray.Grow(ref _states, _stateCount, _stateCount == 0 ? Math.Clamp(_doc.Tokens.Length / 16, 16, 256) : 2 * _stateCount);
        }
        _states[_stateCount++] = new EntityState(e) { Kind = kind };
        return e;
    }

    /// <summary>The state of entity <paramref name="e"/>.</summary>
    public ref EntityState State(int e) => ref _states[e];

    /// <summary>Gives each entity its mentions, canonical name (the fullest name, as written), kind, gender and titles.</summary>
    public void Finish()
    {
        // (Kept for the document as tokens and a reading where they give the mention again: EntityMentions.)
        int records = 0;
        for (int k = 0; k < _mentionCount; k++) if (EntityMentions.KeepsRecord(in MentionAt(k))) records++;
        var store = new EntityMentions(_doc, _mentionCount, records);
        // (An entity's mentions gathered here in text order, from its chain: their indexes, not 48-byte copies.)
        var order = ScratchArray.Rent<int>(Math.Max(1, _mentionCount));
        try
        {
            for (int e = 0; e < _doc.Entities.Count; e++) FinishEntity(e, store, order);
        }
        finally
        {
            ScratchArray.Return(order);
        }
    }

    // Entity e's mentions kept in store (in text order), its name, kind, gender and titles.
    private void FinishEntity(int e, EntityMentions store, int[] order)
    {
        var entity = _doc.Entities[e];
        int mentionCount = 0;
        if (e < _stateCount)
            for (int at = _states[e].FirstMention; at >= 0; at = _nextMention[at]) order[mentionCount++] = at;
        var mentions = order.AsSpan(0, mentionCount);
        // (Most come in text order: mentions whose starts rise already are as the sort leaves them, with no equals to
        // reorder; else the sort is List.Sort's own, equals left in its order: the same for the indexes as for the values.)
        if (!StartsRise(mentions)) mentions.Sort(_byMentionStart ??= (a, b) => MentionAt(a).Span.Start.CompareTo(MentionAt(b).Span.Start));
        int start = -1;
        foreach (int at in mentions) if (store.Add(in MentionAt(at)) is var k && start < 0) start = k;
        entity.SetMentions(store, start, mentionCount);
        ref readonly var s = ref _states[e];
        entity.Kind = s.Kind;
        entity.Gender = s.Gender;
        if (mentions.Length == 0) return;
        if (s.Members is { } members)
        {
            // (Named as written, every member in it: "Ann Lee and Tom Baker".)
            ref readonly var first = ref MentionAt(mentions[0]);
            SetName(entity, NameParts.Parse(_doc, first.FirstToken, first.EndToken, NameBuffers, lowerWords: false) is { Count: > 0 } group
                && _doc.Tokens[group.Words[0]].Start < first.Name.Start ? new TextSpan(_doc.Tokens[group.Words[0]].Start, first.Name.End) : first.Span);
            entity.Members.AddRange(members);
            return;
        }
        // The fullest name as the article writes it (not an all-caps headline's "JANE ROE"); a role or nominal when unnamed.
        TextSpan? best = null;
        int bestScore = -1;
        foreach (int at in mentions)
        {
            ref readonly var m = ref MentionAt(at);
            if (m.Shape == MentionShape.Pronoun) continue;
            // (An entity known by a nominal only is named by it: "Ruritanian officials and pro-government media".)
            if (!s.Named || m.Shape == MentionShape.Nominal) { if (bestScore < 0) { best = m.Name; bestScore = 0; } continue; }
            // (The resolver's parse of the mention, when it made one.)
            if (!_nameSpans.TryGet(m.FirstToken, m.EndToken, out int count, out int firstWord, out int lastWord))
            {
                var parts = NameParts.Parse(_doc, m.FirstToken, m.EndToken, NameBuffers, Usage, lowerWords: false);
                (count, firstWord, lastWord) = parts.Words.Length > 0 ? (parts.Words.Length, parts.Words[0], parts.Words[^1]) : (0, -1, -1);
            }
            // (The case read only when the mention may beat the best so far: most repeat a name already seen.)
            if ((count > 0 ? 1000 + count * 10 + 5 : 0) <= bestScore) continue;
            int score = count > 0 ? 1000 + count * 10 + (_doc.IsAllCaps(m.Name) ? 0 : 5) : 0;
            var span = count > 0 ? new TextSpan(_doc.Tokens[firstWord].Start, _doc.Tokens[lastWord].End) : m.Name;
            if (score > bestScore) { best = span; bestScore = score; }
        }
        SetName(entity, best ?? MentionAt(mentions[0]).Span);
        // Titles from this entity's own mentions only.
        foreach (int at in mentions)
        {
            ref readonly var m = ref MentionAt(at);
            for (int k = 0; k < m.TitleCount; k++) AddTitle(entity.Titles, m.TitleAt(k));
        }
    }

    // Mention indexes by their mentions' starts (made once per resolver: it is kept from document to document).
    private Comparison<int>? _byMentionStart;

    private bool StartsRise(ReadOnlySpan<int> mentions)
    {
        for (int k = 1; k < mentions.Length; k++) if (MentionAt(mentions[k]).Span.Start <= MentionAt(mentions[k - 1]).Span.Start) return false;
        return true;
    }

    // A title not yet among titles (whatever its case), made a string only when it is new: an entity named forty times
    // as "the mayor" has one.
    private void AddTitle(List<string> titles, TextSpan span)
    {
        var chars = _doc.Slice(span);
        if (!IsNormal(chars))
        {
            var title = Normalized(span);
            if (!titles.Contains(title, StringComparer.OrdinalIgnoreCase)) titles.Add(title);
            return;
        }
        foreach (var known in titles) if (chars.Equals(known, StringComparison.OrdinalIgnoreCase)) return;
        titles.Add(chars.ToString());
    }

    // Already as a reader sees it: no tag, entity, line break, tab, no-break space or double space.
    private static bool IsNormal(ReadOnlySpan<char> chars) => chars.IndexOfAny(s_notNormal) < 0 && !chars.Contains("  ", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> s_notNormal = System.Buffers.SearchValues.Create("&<\n\r\t\u00A0");

    // The entity's name: the span's text when a reader sees it as it stands, made a string when first read (most entities
    // never speak, and the result reads only the speakers' names), else made now (Normalized reads the tokens).
    private void SetName(SpeakerEntity entity, TextSpan span)
    {
        if (IsNormal(_doc.Slice(span))) entity.SetNameSpan(span);
        else entity.Name = Normalized(span);
    }

    // A name as a reader sees it: its tokens with single spaces where the text had white space, line breaks, tags or
    // &nbsp; between them ("Jane&nbsp;Roe" → "Jane Roe"); "Lee’s" and "Jean-Paul" stay whole.
    private string Normalized(TextSpan span)
    {
        var chars = _doc.Slice(span);
        if (IsNormal(chars)) return chars.ToString();
        var sb = new System.Text.StringBuilder(span.Length);
        int prevEnd = -1;
        for (int i = _doc.TokenAtOrAfter(span.Start); i < _doc.Tokens.Length && _doc.Tokens[i].Start < span.End; i++)
        {
            var t = _doc.Tokens[i];
            if (prevEnd >= 0 && t.Start > prevEnd) sb.Append(' ');
            sb.Append(_doc.Text, t.Start, Math.Min(t.End, span.End) - t.Start);
            prevEnd = t.End;
        }
        return sb.Length > 0 ? sb.ToString() : _doc.Text.Substring(span.Start, span.Length);
    }
}
