using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// An entity–mention model of coreference, read in text order: every named person and organization is an entity;
/// each mention — a name, a partial name, a pronoun, a role phrase, a nominal — joins the best candidate entity or
/// founds one. Candidates come from indexes (a name word, a role, an acronym) and a window of recently mentioned
/// entities, each bounded, so the work per mention does not grow with the document. Agreement (number, gender, person
/// against organization) filters; salience (recency, being a subject or a speaker, the same paragraph) ranks.
/// </summary>
internal sealed class CoreferenceResolver(Document doc) : IDisposable
{
    // How many entities of the recency window are looked at per mention (of an index key: RecentIndex.Window).
    private const int RecentWindow = 24;

    // Salience weights of a mention (Lappin and Leass's, roughly: recency, subject, and a name or a speaker as emphasis).
    private const double MentionWeight = 100, SubjectWeight = 80, SpeakerWeight = 40, NameWeight = 30;

    // (Pooled, returned by Dispose; a ref into it is not held across NewEntity, which may grow it.)
    private EntityState[] _states = [];
    private int _stateCount;
    // (Made on first use, as big as the document has distinct capitalised words: most name words are among them, and the
    // table grown by doubling from empty was the stage's largest table cost.)
    private RecentIndex? _byWordTable;
    private RecentIndex ByWord => _byWordTable ??= new(expectedKeys: Math.Min(Usage.DistinctWords / 2, 1024));
    private NameBuffers? _nameBuffers;
    private NameBuffers NameBuffers => _nameBuffers ??= new(ByWord);
    // (Made as big as a name key per sixteen tokens at first, at most 1,024: news has one per twenty or so, and growing it
    // from empty was most of its cost.)
    private readonly WordMap _byKey = new(Math.Min(doc.Tokens.Length / 16, 1024));
    private readonly RecentIndex _byRole = new();
    private readonly WordMap _byAcronym = new();
    private readonly RecentIndex _byNominal = new();
    // The recency window, most recent last (at most twice the window before it is cut back).
    private int[] _recent = ScratchArray.Rent<int>(RecentWindow * 2 + 1);
    private int _recentCount;
    // Sentences and paragraphs of the mentions, asked in text order.
    private readonly DocumentPlaces _places = new(doc);
    // The name words of each mention parsed (Finish names the entities by them).
    // (Room for a name mention per twelve tokens: news has one per twenty or so.)
    private readonly NameSpanMemo _nameSpans = new(doc.Tokens.Length / 12);
    // The entities' names (EntityState.Name).
    private readonly EntityNames _names = new();

    /// <summary>How many candidate entities were weighed so far: bounded per mention, so linear in the document (tests count it).</summary>
    public long Comparisons { get; private set; }

    /// <summary>The entity of a name or nominal mention the article makes outside any quote's speaker slot; -1 when it founds none.</summary>
    public int ResolveContext(Mention m) => Resolve(m, isSpeaker: false, quoteSpeaker: -1, subject: false);

    /// <summary>
    /// Finds or founds the entity of <paramref name="m"/> and records the mention in it; -1 when a pronoun has no
    /// antecedent or a context word founds nothing. <paramref name="quoteSpeaker"/> is the entity whose quote holds the
    /// mention (a first-person pronoun in it is that speaker), or -1.
    /// </summary>
    public int Resolve(Mention m, bool isSpeaker, int quoteSpeaker, bool subject)
    {
        int e = m.Shape switch
        {
            MentionShape.Pronoun => ResolvePronoun(m, quoteSpeaker),
            _ => ResolveNamedOrNominal(m, isSpeaker),
        };
        if (e < 0) return -1;
        Record(e, m, isSpeaker, subject);
        return e;
    }

    /// <summary>
    /// Records a predicate nominal ("Lee was a professor of English", "Lee, who is the mayor,") as a mention of the
    /// sentence's subject, whose role it names; -1 when the sentence has no subject the resolver knows.
    /// </summary>
    public int ResolvePredicate(Mention m)
    {
        int sentence = _places.SentenceOf(m.FirstToken), copula = m.FirstToken - 1;
        // The subject right before the copula ("Lee was", "Lee, who is", "Lee later became"), nothing else between: in
        // "Lee said the treaty is a mistake" the treaty is the subject.
        if (_last < 0 || copula - _lastEnd is < 0 or > 3 || _places.SentenceOf(_lastEnd - 1) != sentence) return -1;
        for (int i = _lastEnd; i < copula; i++)
            if (!(doc.Tokens[i].Kind == TokenKind.Punctuation || doc.Is(i, "who") || doc.Is(i, "also") || doc.Is(i, "later") || doc.Is(i, "then")
                || doc.Is(i, "now") || doc.Is(i, "still") || doc.Is(i, "once"))) return -1;
        int e = _last;
        if (_states[e].Members is not null || _states[e].Narrator && !_states[e].Named) return -1;
        // (A person is no "company", an organization no "lawyer".)
        var headWord = LowerOnStack(doc.TokenText(m.EndToken - 1), stackalloc char[64]);
        bool role = doc.Words(WordList.RoleNouns).Contains(headWord);
        if (_states[e].Kind == SpeakerKind.Organization && role || _states[e].Kind == SpeakerKind.Person && doc.Words(WordList.OrganizationHeads).Contains(headWord)) return -1;
        Record(e, m, isSpeaker: false, subject: false);
        if (role) AddRole(e, Intern(headWord));
        return e;
    }

    /// <summary>Records a group speaker named by its members ("Ann Lee and Tom Baker said"): an entity of its own that lists them.</summary>
    public int ResolveGroup(Mention m, IReadOnlyList<int> members)
    {
        var key = "group:" + string.Join(',', members);
        ref int group = ref _byKey.ValueOrAdd(key, out bool added);
        if (added)
        {
            group = NewEntity(SpeakerKind.Group);
            _states[group].Members = [.. members];
        }
        int e = group;
        Record(e, m, isSpeaker: true, subject: true);
        return e;
    }

    // The entity and the end token of the last mention recorded (for an appositive right after it).
    private int _last = -1, _lastEnd = -1;

    /// <summary>Records <paramref name="m"/> as a mention of entity <paramref name="e"/> (its salience and indexes follow).</summary>
    public void Record(int e, Mention m, bool isSpeaker, bool subject)
    {
        _last = e;
        _lastEnd = m.EndToken;
        ref var state = ref _states[e];
        AddMention(ref state, m);
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
        foreach (int chain in state.RoleChains) _byRole.Add(chain, e);
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

    private int ResolveNamedOrNominal(Mention m, bool isSpeaker)
    {
        // (A nominal phrase's words are never compared: no lower-case strings for them.)
        var parts = NameParts.Parse(doc, m.FirstToken, m.EndToken, NameBuffers, Usage, lowerWords: m.Shape != MentionShape.Nominal);
        _nameSpans.Add(m.FirstToken, m.EndToken, parts.Words);
        var roles = RolesOf(m, parts);
        // ("Ruritanian officials and pro-government media", "Joe Biden’s administration": a common noun heads it.)
        if (parts.Words.Length == 0 || m.Shape == MentionShape.Nominal) return ResolveNominal(m, roles, isSpeaker);
        // "the University", "the Ministry": a capitalised head alone is the short form of an organization named before.
        // (Only when the article named such an organization: "Congress" alone is a name.)
        if (parts.Words.Length == 1 && doc.Has(parts.Words[0], WordClass.OrganizationHead) && ShortFormOf(NameBuffers.Text(parts.Lower[0]), anyOrganization: false) is var owner and >= 0)
            return owner;

        // "Nobel Peace Prize", "George Washington Bridge": a thing, neither a speaker nor anyone's name.
        if (parts.IsThing(doc)) return -1;
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
        if (PersonLike(parts) || parts.Lower.Length == 1 && char.IsUpper(doc.TokenText(parts.Words[0])[0]))
            for (int c = _recentCount - 1; c >= 0 && c >= _recentCount - 3; c--)
            {
                ref readonly var s = ref _states[_recent[c]];
                if (!s.Named && s.Speaker && s.Kind is SpeakerKind.Person or SpeakerKind.Unknown && s.RoleCount > 0
                    && _places.SentenceOf(m.FirstToken) - _places.SentenceOf(s.LastToken) is >= 0 and <= 3
                    && (parts.Gender == Gender.Unknown || s.Gender == Gender.Unknown || s.Gender == parts.Gender))
                    return Update(_recent[c], parts, key, keyHash, roles);
            }

        // A lone capitalised word that may be an ordinary word opening its sentence ("Describe", "Following") founds nothing.
        if (!isSpeaker && parts.Words.Length == 1 && !parts.Honorific && !parts.HasTitles && !parts.Organization && m.Titles.Count == 0
            && MayBeCommonWord(parts.Words[0])) return -1;
        int founded = NewEntity(SpeakerKind.Unknown);
        return Update(founded, parts, key, keyHash, roles);
    }

    // A capitalised word is an ordinary one when a word list or the cue lexicon knows it, when the article also writes it
    // in lower case, or when it only ever opens sentences ("Describe the …", "Following the …").
    private bool MayBeCommonWord(int token)
    {
        if ((doc.WordClasses[token] & ~WordClass.Capitalized) != 0 || doc.CueFormIdAt(token) >= 0) return true;
        var usage = Usage.Of(token);
        return usage.SeenLower || !usage.SeenMidSentence;
    }

    private CapitalizedUsage? _usage;
    private CapitalizedUsage Usage => _usage ??= new CapitalizedUsage(doc);

    /// <summary>Gives the pooled tables back (after <see cref="Finish"/>).</summary>
    public void Dispose()
    {
        _usage?.Dispose();
        _nameBuffers?.Dispose();
        _byWordTable?.Dispose();
        _byKey.Dispose();
        _byRole.Dispose();
        _byAcronym.Dispose();
        ScratchArray.Return(_recent);
        _recent = [];
        _byNominal.Dispose();
        _nameSpans.Dispose();
        _names.Dispose();
        if (_states.Length > 0) ScratchArray.Return(_states);
        (_states, _stateCount) = ([], 0);
        ReturnMentions();
        (_mentions, _nextMention, _mentionCount) = ([], [], 0);
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
        if (parts.Words.Length > 0 && parts.Words[^1] + 3 < doc.Tokens.Length && doc.IsPunct(parts.Words[^1] + 1, '(')
            && doc.IsPunct(parts.Words[^1] + 3, ')') && IsAcronymLike(parts.Words[^1] + 2))
            TryAdd(_byAcronym, LowerOnStack(doc.TokenText(parts.Words[^1] + 2), stackalloc char[8]), e);
        return e;
    }

    private void AddRole(int e, string role)
    {
        // (The index's add also refreshes its place: the latest holder of a role is found first.)
        int chain = _byRole.Add(role, e);
        _states[e].AddRole(role, chain);
    }

    // Role words a mention gives its entity: in its titles ("Finance Minister", ", the mayor,") and as its head. (A list
    // made only when there is a role: most mentions have none, and every name mention asks.)
    // (The list is reused from mention to mention: it is read before the next mention's.)
    private readonly List<string> _roles = [];

    private IReadOnlyList<string> RolesOf(Mention m, NameParts parts)
    {
        var roles = _roles;
        roles.Clear();
        if (parts.RoleHead >= 0) roles.Add(LowerWord(doc.TokenText(parts.RoleHead)));
        // (Indexed loops here and below: a foreach over the interface makes an enumerator per mention.)
        for (int k = 0; k < m.Titles.Count; k++)
            for (int i = doc.TokenAtOrAfter(m.Titles[k].Start); i < doc.Tokens.Length && doc.Tokens[i].Start < m.Titles[k].End; i++)
                if (doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.RoleNouns).Contains(doc.TokenText(i)))
                    roles.Add(LowerWord(doc.TokenText(i)));
        return roles;
    }

    // A phrase without a name: a role ("the mayor", "his lawyer"), an organization's short form ("the ministry"), a group.
    private int ResolveNominal(Mention m, IReadOnlyList<string> roleList, bool isSpeaker)
    {
        int head = m.EndToken - 1;
        for (int i = m.FirstToken + 1; i < m.EndToken - 1; i++) if (doc.Has(i, WordClass.Connector)) { head = i - 1; break; }
        // (A string only when an entity keeps it: most nominals find their entity or none.)
        var headWord = LowerOnStack(doc.TokenText(head), stackalloc char[64]);
        bool indefinite = IsIndefinite(m);
        // "Tom Baker, the chief negotiator, …": a role set off by a comma right after a name is that name's.
        if (m.FirstToken >= 2 && doc.IsPunct(m.FirstToken - 1, ',') && _lastEnd == m.FirstToken - 1 && _last >= 0 && _states[_last].Named
            && _states[_last].Kind != SpeakerKind.Organization && doc.Words(WordList.RoleNouns).Contains(headWord))
        {
            AddRole(_last, Intern(headWord));
            return _last;
        }
        // "the mayor", "the prime minister": the latest entity holding that role, before or after its name was given.
        if (!indefinite && doc.Words(WordList.RoleNouns).Contains(headWord))
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
        int keyRoom = 2 * (doc.Tokens[m.EndToken - 1].End - doc.Tokens[m.FirstToken].Start);
        Span<char> keyBuffer = keyRoom <= 256 ? stackalloc char[256] : new char[keyRoom];
        var key = NominalKey(m, keyBuffer);
        if (!indefinite && _byNominal.Latest(key) is var same and >= 0) return same;
        if (!isSpeaker && roleList.Count == 0) return -1;
        int e = NewEntity(m.Kind);
        // (Gender from the head alone: "the spokeswoman" is a woman, "his early work" no man.)
        if (doc.Has(head, WordClass.Male)) _states[e].NameGender = Gender.Male;
        else if (doc.Has(head, WordClass.Female)) _states[e].NameGender = Gender.Female;
        var headString = Intern(headWord);
        _states[e].AddHead(headString);
        for (int k = 0; k < roleList.Count; k++) AddRole(e, roleList[k]);
        if (doc.Words(WordList.RoleNouns).Contains(headWord)) AddRole(e, headString);
        if (!indefinite) _byNominal.Add(key, e);
        return e;
    }

    // The organization a short form names: the latest whose name or founding phrase has that head ("the company" after
    // "Acme Company"), else, when nothing narrows it (a modifier says which: "the interior ministry"), the latest of all.
    private int ShortFormOf(ReadOnlySpan<char> headWord, bool anyOrganization)
    {
        if (!doc.Words(WordList.OrganizationHeads).Contains(headWord) || doc.Words(WordList.GroupHeads).Contains(headWord)) return -1;
        int any = -1, maybe = -1;
        for (int c = _recentCount - 1; c >= 0 && c >= _recentCount - RecentWindow; c--)
        {
            Comparisons++;
            ref readonly var s = ref _states[_recent[c]];
            // ("Acme Robotics said … The company said": a name of two or more words that nothing shows to be a person's.)
            if (maybe < 0 && s.Kind == SpeakerKind.Unknown && s.Name.Length >= 2 && !s.PersonLike && s.Members is null && !s.Narrator) maybe = _recent[c];
            if (s.Kind != SpeakerKind.Organization) continue;
            if (HasWord(s.Name, headWord) || s.HasHead(headWord)) return _recent[c];
            if (any < 0 && s.Named) any = _recent[c];
        }
        if (!anyOrganization) return -1;
        if (any < 0 && maybe >= 0 && doc.Words(WordList.OrganizationHeads).Contains(headWord))
        {
            _states[maybe].Kind = SpeakerKind.Organization;
            _states[maybe].AddHead(Intern(headWord));
            return maybe;
        }
        return any;
    }

    // The phrase's words but its determiners, lower-cased and joined by single spaces ("interior ministry"), written into
    // destination (twice the phrase's length), so that a lookup makes no string.
    private ReadOnlySpan<char> NominalKey(Mention m, Span<char> destination)
    {
        int n = 0;
        for (int i = m.FirstToken; i < m.EndToken; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || doc.Has(i, WordClass.Determiner)) continue;
            if (n > 0) destination[n++] = ' ';
            n += doc.TokenText(i).ToLowerInvariant(destination[n..]);
        }
        return destination[..n];
    }

    private bool IsIndefinite(Mention m) =>
        doc.Is(m.FirstToken, "a") || doc.Is(m.FirstToken, "an") || doc.Is(m.FirstToken, "another") || doc.Is(m.FirstToken, "one");

    private int ResolvePronoun(Mention m, int quoteSpeaker)
    {
        var p = doc.TokenText(m.FirstToken);
        // "Jane Roe, who …": a relative pronoun refers to the phrase right before it.
        if (p.Equals("who", StringComparison.OrdinalIgnoreCase) || p.Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            for (int c = _recentCount - 1; c >= 0 && c >= _recentCount - 3; c--)
            {
                if (_states[_recent[c]].LastMention is var at and >= 0 && _mentions[at].Span.End is var lastEnd
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
        var w = doc.TokenText(token);
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
    // by doubling cost half a byte per input byte); Finish puts them in the entities' lists, each made at its size.
    private Mention[] _mentions = [];
    private int[] _nextMention = [];
    private int _mentionCount;

    private void AddMention(ref EntityState state, Mention m)
    {
        if (_mentionCount == _mentions.Length)
        {
            // (At first room for a mention per eight tokens, news has one per ten or so; at most 1,024 before growing.)
            int size = _mentionCount == 0 ? Math.Clamp(doc.Tokens.Length / 8, 64, 1024) : 2 * _mentionCount;
            var mentions = ScratchArray.Rent<Mention>(size);
            var next = ScratchArray.Rent<int>(size);
            _mentions.AsSpan(0, _mentionCount).CopyTo(mentions);
            _nextMention.AsSpan(0, _mentionCount).CopyTo(next);
            ReturnMentions();
            (_mentions, _nextMention) = (mentions, next);
        }
        int at = _mentionCount++;
        _mentions[at] = m;
        _nextMention[at] = -1;
        if (state.LastMention >= 0) _nextMention[state.LastMention] = at;
        else state.FirstMention = at;
        state.LastMention = at;
        state.MentionCount++;
    }

    private void ReturnMentions()
    {
        if (_mentions.Length == 0) return;
        ScratchArray.Return(_mentions);
        ScratchArray.Return(_nextMention);
    }

    /// <summary>Founds a person known by no name yet (the narrator of a document that never names them).</summary>
    public int NewPerson() => NewEntity(SpeakerKind.Person);

    private int NewEntity(SpeakerKind kind)
    {
        int e = doc.Entities.Count;
        // (Room for an entity per thirty-two tokens at first, news has one per thirty-five; at most 1,024 before growing:
        // grown from empty, the list made four arrays for a news article's thirty or so.)
        if (e == 0) doc.Entities.EnsureCapacity(Math.Clamp(doc.Tokens.Length / 32, 4, 1024));
        doc.Entities.Add(new SpeakerEntity { Kind = kind });
        if (_stateCount == _states.Length)
        {
            // (At first room for an entity per sixteen tokens, news has one per thirty-five; at most 256 before growing.)
            var larger = ScratchArray.Rent<EntityState>(_stateCount == 0 ? Math.Clamp(doc.Tokens.Length / 16, 16, 256) : 2 * _stateCount);
            _states.AsSpan(0, _stateCount).CopyTo(larger);
            if (_states.Length > 0) ScratchArray.Return(_states);
            _states = larger;
        }
        _states[_stateCount++] = new EntityState(e) { Kind = kind };
        return e;
    }

    /// <summary>The state of entity <paramref name="e"/>.</summary>
    public ref EntityState State(int e) => ref _states[e];

    /// <summary>Gives each entity its canonical name (the fullest name, as written), kind, gender and titles.</summary>
    public void Finish()
    {
        for (int e = 0; e < doc.Entities.Count; e++)
        {
            var entity = doc.Entities[e];
            // (Each list made once at its size, then sorted as before.)
            if (e < _stateCount && _states[e].MentionCount > 0)
            {
                entity.Mentions.Capacity = entity.Mentions.Count + _states[e].MentionCount;
                for (int at = _states[e].FirstMention; at >= 0; at = _nextMention[at]) entity.Mentions.Add(_mentions[at]);
            }
            // (Most come in text order: a list whose starts rise already is as the sort leaves it, with no equals to reorder.)
            if (!StartsRise(entity.Mentions)) entity.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
        for (int e = 0; e < doc.Entities.Count; e++)
        {
            var entity = doc.Entities[e];
            ref readonly var s = ref _states[e];
            entity.Kind = s.Kind;
            entity.Gender = s.Gender;
            if (entity.Mentions.Count == 0) continue;
            if (s.Members is { } members)
            {
                // (Named as written, every member in it: "Ann Lee and Tom Baker".)
                var first = entity.Mentions[0];
                entity.Name = Normalized(NameParts.Parse(doc, first.FirstToken, first.EndToken, NameBuffers, lowerWords: false) is { Count: > 0 } group
                    && doc.Tokens[group.Words[0]].Start < first.Name.Start ? new TextSpan(doc.Tokens[group.Words[0]].Start, first.Name.End) : first.Span);
                entity.Members.AddRange(members);
                continue;
            }
            // The fullest name as the article writes it (not an all-caps headline's "JANE ROE"); a role or nominal when unnamed.
            TextSpan? best = null;
            int bestScore = -1;
            foreach (var m in entity.Mentions)
            {
                if (m.Shape == MentionShape.Pronoun) continue;
                // (An entity known by a nominal only is named by it: "Ruritanian officials and pro-government media".)
                if (!s.Named || m.Shape == MentionShape.Nominal) { if (bestScore < 0) { best = m.Name; bestScore = 0; } continue; }
                // (The resolver's parse of the mention, when it made one.)
                if (!_nameSpans.TryGet(m.FirstToken, m.EndToken, out int count, out int firstWord, out int lastWord))
                {
                    var parts = NameParts.Parse(doc, m.FirstToken, m.EndToken, NameBuffers, Usage, lowerWords: false);
                    (count, firstWord, lastWord) = parts.Words.Length > 0 ? (parts.Words.Length, parts.Words[0], parts.Words[^1]) : (0, -1, -1);
                }
                // (The case read only when the mention may beat the best so far: most repeat a name already seen.)
                if ((count > 0 ? 1000 + count * 10 + 5 : 0) <= bestScore) continue;
                int score = count > 0 ? 1000 + count * 10 + (doc.IsAllCaps(m.Name) ? 0 : 5) : 0;
                var span = count > 0 ? new TextSpan(doc.Tokens[firstWord].Start, doc.Tokens[lastWord].End) : m.Name;
                if (score > bestScore) { best = span; bestScore = score; }
            }
            entity.Name = Normalized(best ?? entity.Mentions[0].Span);
            // Titles from this entity's own mentions only.
            foreach (var m in entity.Mentions)
                for (int k = 0; k < m.Titles.Count; k++) AddTitle(entity.Titles, m.Titles[k]);
        }
    }

    private static bool StartsRise(List<Mention> mentions)
    {
        for (int k = 1; k < mentions.Count; k++) if (mentions[k].Span.Start <= mentions[k - 1].Span.Start) return false;
        return true;
    }

    // A title not yet among titles (whatever its case), made a string only when it is new: an entity named forty times
    // as "the mayor" has one.
    private void AddTitle(List<string> titles, TextSpan span)
    {
        var chars = doc.Slice(span);
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

    // A name as a reader sees it: its tokens with single spaces where the text had white space, line breaks, tags or
    // &nbsp; between them ("Jane&nbsp;Roe" → "Jane Roe"); "Lee’s" and "Jean-Paul" stay whole.
    private string Normalized(TextSpan span)
    {
        var chars = doc.Slice(span);
        if (IsNormal(chars)) return chars.ToString();
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
}
