using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// A name mention taken apart: its titles ("Finance Minister", "Mr."), the words of the name itself ("Ann Lee"), what
/// the titles and a first name tell of gender, and whether it names an organization. "Dana Reyes at the University of
/// Ottawa" is the person "Dana Reyes" (what follows "at", "of", "from", "with" is an affiliation); "Mr. March" keeps
/// "March" (after an honorific a month is a name); "John Major" keeps "Major" (after a first name a title word is a name).
/// </summary>
internal readonly record struct NameParts(int[] Words, string[] Lower, IReadOnlyList<TextSpan> Titles, string? RoleHead, Gender Gender, bool Honorific, bool Organization)
{
    /// <summary>The length of the name's key: its words, lower-cased, joined by single spaces ("ann lee").</summary>
    public int KeyLength
    {
        get
        {
            int length = Math.Max(0, Lower.Length - 1);
            foreach (var w in Lower) length += w.Length;
            return length;
        }
    }

    /// <summary>Writes the name's key into <paramref name="destination"/> (<see cref="KeyLength"/> characters), to look it up without making a string.</summary>
    public ReadOnlySpan<char> WriteKey(Span<char> destination)
    {
        int n = 0;
        for (int k = 0; k < Lower.Length; k++)
        {
            if (k > 0) destination[n++] = ' ';
            Lower[k].CopyTo(destination[n..]);
            n += Lower[k].Length;
        }
        return destination[..n];
    }

    /// <summary>True when the first word is a known first name (a person, and its gender where the name has one).</summary>
    public bool HasFirstName => Lower.Length >= 2 && FirstNames.TryGet(Lower[0], out _);

    /// <summary>Takes tokens <c>[first, end)</c> of a mention apart.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="first">The mention's first token.</param>
    /// <param name="end">One past its last token.</param>
    /// <param name="usage">How the document uses capitalised words: an ordinary word opening the sentence is no part of the name.</param>
    public static NameParts Parse(Document doc, int first, int end, CapitalizedUsage? usage = null)
    {
        int i = first;
        IReadOnlyList<TextSpan> titles = [];
        string? roleHead = null;
        var gender = Gender.Unknown;
        bool honorific = false;
        // Determiners and owners: "the", "Ruritania’s" (the owner's name belongs to the title, "Ruritania’s President").
        while (i < end && doc.Tokens[i].Kind == TokenKind.Word && doc.Has(i, WordClass.Determiner)) i++;
        int titleStart = i;
        for (int j = i; j < end; j++)
            if (doc.IsPossessive(j) && j + 1 < end && doc.Has(j + 1, WordClass.Title)) { i = j + 1; break; }
        // Titles: title words and lower-case words before the name ("Finance Minister", "campaign spokesman", "Dr.").
        while (i < end)
        {
            var t = doc.Tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation)) { if (t.Kind == TokenKind.Punctuation && !doc.IsPunct(i, '.')) break; i++; continue; }
            var w = doc.TokenText(i);
            bool title = doc.Has(i, WordClass.Title) || IsHonorific(w);
            if (!title && char.IsUpper(w[0])) break;
            if (title || char.IsLower(w[0]))
            {
                if (IsHonorific(w)) { honorific = true; gender = HonorificGender(w, gender); }
                if (doc.Has(i, WordClass.Male)) gender = Gender.Male;
                else if (doc.Has(i, WordClass.Female)) gender = Gender.Female;
                if (s_roleNouns.Contains(w)) roleHead = w.ToString().ToLowerInvariant();
                i++;
                continue;
            }
            break;
        }
        // "Ruritanian President Ann Lee", "ministry spokesman Tom Baker": a role noun or an honorific inside the
        // capitalised run ends the titles when names follow it ("John Major" keeps "Major": nothing follows it).
        for (int j = end - 2; j >= i; j--)
        {
            if (doc.Tokens[j].Kind is not (TokenKind.Word or TokenKind.Abbreviation)) continue;
            var w = doc.TokenText(j);
            if (!(s_roleNouns.Contains(w) || IsHonorific(w)) || !doc.IsCapitalized(j + 1) || s_roleNouns.Contains(doc.TokenText(j + 1))) continue;
            if (IsHonorific(w)) { honorific = true; gender = HonorificGender(w, gender); }
            if (s_roleNouns.Contains(w)) roleHead = w.ToString().ToLowerInvariant();
            if (doc.Has(j, WordClass.Male)) gender = Gender.Male;
            else if (doc.Has(j, WordClass.Female)) gender = Gender.Female;
            i = j + 1;
            break;
        }
        if (i > titleStart && TrimmedTitle(doc, titleStart, i) is { IsEmpty: false } span) titles = [span];
        // The name: capitalised words, name particles and initials, up to a lower-case word, a comma or a connector.
        // "Describe Einstein's …", "Following Lee's death": the sentence's first word, an ordinary one, is no name.
        if (usage is not null && i + 1 < end && doc.IsCapitalized(i + 1) && usage.IsOrdinaryOpening(i)) i++;
        // (Most names are a word or two: the indexes gather on the stack.)
        Span<int> words = end - i <= 32 ? stackalloc int[Math.Max(0, end - i)] : new int[end - i];
        int count = 0;
        bool organization = false;
        for (int j = i; j < end; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Clitic) break; // "Lee’s": the owner ends the name
            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial)) { if (t.Kind == TokenKind.Punctuation && doc.IsPunct(j, '-')) continue; break; }
            var w = doc.TokenText(j);
            if (char.IsUpper(w[0]) || t.Kind == TokenKind.Initial)
            {
                words[count++] = j;
                organization |= doc.Has(j, WordClass.OrganizationHead) && !doc.Has(j, WordClass.Title);
                continue;
            }
            if (count > 0 && s_particles.Contains(w) && j + 1 < end && doc.IsCapitalized(j + 1)) { words[count++] = j; continue; }
            // "Public Health Agency of Canada", "Bank of America": an organization's name goes on past "of".
            if (count > 0 && organization && (w is "of" or "for" or "and") && j + 1 < end && doc.IsCapitalized(j + 1)) { words[count++] = j; continue; }
            break;
        }
        var lower = count == 0 ? [] : new string[count];
        for (int k = 0; k < count; k++) lower[k] = LowerWithoutTrailingPeriods(doc.TokenText(words[k]));
        if (gender == Gender.Unknown && lower.Length >= 2 && FirstNames.TryGet(lower[0], out var byName)) gender = byName;
        return new NameParts(words[..count].ToArray(), lower, titles, roleHead, gender, honorific, organization && !honorific);
    }


    // "Sen." → "sen": one string, not the three of ToString, ToLowerInvariant and TrimEnd.
    private static string LowerWithoutTrailingPeriods(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length == 0) return "";
        return string.Create(word.Length, word, static (destination, source) => source.ToLowerInvariant(destination));
    }

    private static TextSpan TrimmedTitle(Document doc, int from, int to)
    {
        while (to > from && doc.Tokens[to - 1].Kind is TokenKind.Punctuation or TokenKind.Dash) to--;
        while (from < to && doc.Tokens[from].Kind is TokenKind.Punctuation) from++;
        return to > from ? new TextSpan(doc.Tokens[from].Start, doc.Tokens[to - 1].End) : default;
    }

    /// <summary>
    /// True when the name's last word makes it a thing rather than a person or an organization: a prize, a building, a
    /// road, an event ("George Washington Bridge", "Nobel Peace Prize", "Trump Tower"); such names are no speakers and
    /// never take a person's partial name (but "Sharon Street" is a person: a first name and a surname).
    /// </summary>
    public bool IsThing(Document doc) =>
        (Words.Length >= 3 || Words.Length == 2 && !HasFirstName) && !Honorific && s_thingHeads.Contains(doc.TokenText(Words[^1]));

    private static readonly WordSet s_thingHeads = new(
        "prize", "award", "awards", "medal", "trophy", "cup", "fellowship", "scholarship", "lecture", "bridge", "tower", "towers",
        "street", "avenue", "road", "boulevard", "lane", "square", "plaza", "park", "building", "hall", "airport", "station", "stadium",
        "arena", "cemetery", "mosque", "church", "cathedral", "chapel", "temple", "statue", "monument", "memorial", "palace",
        "castle", "river", "lake", "mountain", "mountains", "island", "islands", "bay", "valley", "highway", "draft", "festival",
        "games", "championship", "championships", "tournament", "war", "treaty", "act", "day", "prize-winner");

    /// <summary>Honorifics, which make the next capitalised word a name whatever it is ("Mr. March", "Dr. Major").</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => s_honorifics.Contains(word);

    private static Gender HonorificGender(ReadOnlySpan<char> word, Gender current) =>
        s_maleHonorifics.Contains(word) ? Gender.Male : s_femaleHonorifics.Contains(word) ? Gender.Female : current;

    private static readonly WordSet s_honorifics = new(
        "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mx.", "dr.", "dr", "prof.", "sir", "dame", "lord", "lady", "madam", "madame",
        "mme.", "m.", "herr", "frau", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.", "maj.", "adm.", "rev.", "fr.", "st.");
    private static readonly WordSet s_maleHonorifics = new("mr.", "mr", "sir", "lord", "herr", "m.", "fr.");
    private static readonly WordSet s_femaleHonorifics = new("mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "madam", "madame", "mme.", "frau");
    private static readonly WordSet s_particles = new("de", "van", "von", "bin", "al", "da", "del", "der", "la", "le", "du", "di", "ibn", "el", "ben", "den", "ter", "dos", "das");

    /// <summary>Nouns of a role or office that a role phrase names a person by ("the mayor", "his lawyer", "the veteran goalkeeper").</summary>
    internal static readonly WordSet s_roleNouns = new(
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator", "congressman", "congresswoman",
        "representative", "governor", "mayor", "chairman", "chairwoman", "chair", "director", "ceo", "leader", "ambassador", "envoy",
        "general", "commander", "officer", "judge", "justice", "attorney", "lawyer", "prosecutor", "professor", "doctor", "coach",
        "player", "captain", "goalkeeper", "striker", "manager", "editor", "reporter", "author", "writer", "candidate", "nominee",
        "commissioner", "sheriff", "teacher", "nurse", "farmer", "owner", "founder", "executive", "chancellor", "premier", "king",
        "queen", "prince", "princess", "pope", "bishop", "rabbi", "imam", "official", "negotiator", "adviser", "advisor", "aide",
        "analyst", "economist", "researcher", "scientist", "historian", "actor", "actress", "singer", "musician", "artist", "chef",
        "biologist", "physicist", "chemist", "engineer", "architect", "designer", "diplomat", "senator", "councilman", "councilwoman",
        "councillor", "councilor", "superintendent", "principal", "dean", "provost", "pastor", "priest", "activist", "organizer",
        "campaigner", "founder", "inventor", "entrepreneur", "businessman", "businesswoman", "billionaire", "investor", "banker",
        "defender", "midfielder", "forward", "quarterback", "pitcher", "champion", "winner", "spokesperson", "novelist", "poet",
        "filmmaker", "director-general", "secretary-general", "treasurer", "auditor", "mp", "mep", "lawmaker", "legislator",
        "detective", "inspector", "trooper", "soldier", "pilot", "doctor", "surgeon", "physician", "psychologist", "sociologist",
        "photographer", "journalist", "columnist", "correspondent", "host", "presenter", "anchor", "comedian", "dancer", "athlete",
        "governor-general", "strategist", "pollster", "consultant", "lobbyist", "whistleblower", "witness", "victim", "suspect",
        "defendant", "plaintiff", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "student");
}

