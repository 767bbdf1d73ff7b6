using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>The closed classes a word belongs to (a word may be in several).</summary>
[Flags]
internal enum WordClass : ushort
{
    /// <summary>In no class.</summary>
    None = 0,
    /// <summary><see cref="WordLists.Titles"/>.</summary>
    Title = 1,
    /// <summary><see cref="WordLists.OrganizationHeads"/>.</summary>
    OrganizationHead = 2,
    /// <summary><see cref="WordLists.GroupHeads"/>.</summary>
    GroupHead = 4,
    /// <summary><see cref="WordLists.Pronouns"/>.</summary>
    Pronoun = 8,
    /// <summary><see cref="WordLists.Determiners"/>.</summary>
    Determiner = 16,
    /// <summary><see cref="WordLists.SpeakerCueFillers"/>.</summary>
    Filler = 32,
    /// <summary><see cref="WordLists.NotNames"/>.</summary>
    NotName = 64,
    /// <summary><see cref="WordLists.MaleWords"/>.</summary>
    Male = 128,
    /// <summary><see cref="WordLists.FemaleWords"/>.</summary>
    Female = 256,
    /// <summary><see cref="WordLists.Breakers"/>.</summary>
    Breaker = 512,
    /// <summary><see cref="WordLists.Connectors"/>.</summary>
    Connector = 1024,
    /// <summary>The token starts with an upper-case letter (set per token, not per word).</summary>
    Capitalized = 2048,
    /// <summary><see cref="WordLists.Quantities"/>.</summary>
    Quantity = 4096,
    /// <summary><see cref="WordLists.Comparatives"/>.</summary>
    Comparative = 8192,
}

/// <summary>Closed word classes the rules need: titles, organization heads, group nouns, pronouns, function words.</summary>
internal static class WordLists
{
    /// <summary>Words of quantity and change that make a statement checkable (dozens, million, percent, rose, killed).</summary>
    public static readonly WordSet Quantities = new(
        "dozens", "hundreds", "thousands", "millions", "billions", "percent", "per", "cent", "million", "billion", "trillion",
        "thousand", "hundred", "half", "third", "quarter", "doubled", "tripled", "majority", "record", "killed", "dead",
        "injured", "arrested", "detained", "deployed", "rose", "fell", "increased", "decreased", "grew", "dropped");

    /// <summary>Comparison words (more, than, highest, first).</summary>
    public static readonly WordSet Comparatives = new("more", "less", "fewer", "most", "least", "than", "highest", "lowest", "largest", "biggest", "worst", "best", "first");

    /// <summary>Prepositions that continue a speaker phrase after a title or head ("spokesman for", "head of").</summary>
    public static readonly WordSet Connectors = new("of", "for", "at", "from", "with", "to");

    /// <summary>Words that end a time phrase relative to another time ("a few minutes later", "two days ago").</summary>
    public static readonly WordSet RelativeTimeEnds = new("later", "earlier", "ago", "afterward", "afterwards");

    /// <summary>Function words that end a speaker phrase.</summary>
    public static readonly WordSet Breakers = new(
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "but", "or", "if", "as",
        "in", "on", "by", "after", "before", "during", "since", "than", "into", "about", "over", "under",
        "not", "also", "there", "here", "it", "this", "these", "those", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does",
        "did", "so", "then", "just", "however", "and", "to", "more", "than", "very", "too",
        "though", "although", "whereas", "unless", "until", "whether", "nor",
        // Past forms that are never nouns ("the comments his rival made | questioning …").
        "said", "told", "made", "took", "gave", "went", "came", "got", "wrote", "spoke", "thought", "brought",
        "became", "began", "knew", "sought", "bought", "taught", "chose", "threw");

    /// <summary>Words that name a role or office (President, spokesman, Sen.). Capitalised or not.</summary>
    public static readonly WordSet Titles = new(
        "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "senator", "sen.", "sen", "representative", "rep.", "congressman", "congresswoman", "governor", "gov.",
        "mayor", "chairman", "chairwoman", "chair", "chairperson", "director", "chief", "ceo", "cfo", "coo",
        "leader", "head", "ambassador", "envoy", "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain",
        "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "major", "maj.", "commander", "officer", "judge",
        "justice", "attorney", "lawyer", "prosecutor", "professor", "prof.", "dr.", "doctor", "mr.", "mrs.", "ms.",
        "miss", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "rev.", "reverend",
        "father", "bishop", "archbishop", "rabbi", "imam", "sheikh", "emir", "sultan", "chancellor", "premier",
        "speaker", "whip", "deputy", "assistant", "adviser", "advisor", "aide", "analyst", "economist", "researcher",
        "scientist", "expert", "founder", "co-founder", "owner", "executive", "manager", "editor", "reporter",
        "correspondent", "columnist", "author", "writer", "historian", "candidate", "nominee", "commissioner",
        "superintendent", "inspector", "coach", "player", "striker", "captain", "mp", "mep", "dean", "provost",
        "treasurer", "auditor", "comptroller", "sheriff", "councilman", "councilwoman", "councillor", "councilor",
        "alderman", "delegate", "diplomat", "negotiator", "official", "ombudsman", "counsel", "solicitor",
        "director-general", "secretary-general", "vice-president", "vice-chairman", "ex-president", "former",
        "acting", "interim", "incoming", "outgoing", "then-president", "defense", "defence", "foreign", "interior",
        "justice", "finance", "health", "education", "press", "campaign", "communications", "senior", "top",
        "state", "federal", "national", "regional", "local", "presidential", "white", "house", "spokeswoman");

    /// <summary>Head nouns of organizations (ministry, Kremlin, agency).</summary>
    public static readonly WordSet OrganizationHeads = new(
        "ministry", "department", "dept.", "agency", "office", "administration", "government", "kremlin",
        "pentagon", "parliament", "congress", "senate", "house", "council", "committee", "commission", "court",
        "police", "army", "military", "navy", "force", "forces", "guard", "service", "services", "bureau",
        "company", "corporation", "corp.", "inc.", "co.", "ltd.", "group", "bank", "fund", "union", "party",
        "campaign", "organization", "organisation", "association", "federation", "foundation", "institute",
        "university", "college", "school", "hospital", "center", "centre", "board", "authority", "authorities",
        "embassy", "consulate", "cabinet", "presidency", "regime", "alliance", "coalition", "network",
        "newspaper", "agency", "channel", "magazine", "station", "outlet", "times", "post", "journal", "news",
        "press", "tribune", "herald", "telegraph", "guardian", "reuters", "ap", "afp", "tass", "ria", "bbc", "cnn",
        "nbc", "abc", "cbs", "fox", "msnbc", "npr", "pbs", "politico", "breitbart", "mission", "delegation",
        "secretariat", "directorate", "tribunal", "assembly", "duma", "legislature", "state", "city", "county",
        "white", "team", "club", "league", "firm", "brand", "studio", "report", "survey", "poll", "study",
        "statement", "website", "blog");

    /// <summary>Plural or collective nouns that make a group speaker (officials, sources, critics).</summary>
    public static readonly WordSet GroupHeads = new(
        "officials", "sources", "critics", "experts", "analysts", "observers", "residents", "protesters",
        "protestors", "demonstrators", "witnesses", "activists", "lawmakers", "legislators", "senators",
        "leaders", "authorities", "investigators", "prosecutors", "police", "scientists", "researchers",
        "economists", "doctors", "people", "voters", "supporters", "opponents", "republicans", "democrats",
        "conservatives", "liberals", "members", "diplomats", "citizens", "locals", "students", "teachers",
        "workers", "employees", "staff", "aides", "advisers", "advisors", "allies", "media", "others", "some",
        "many", "both", "organizers", "organisers", "participants", "parents", "families", "relatives",
        "neighbors", "neighbours", "victims", "survivors", "insiders", "campaigners", "groups", "countries",
        "governments", "states", "ministers", "representatives", "spokesmen", "spokespeople", "agencies",
        "reports", "polls", "surveys", "studies", "documents", "records", "data", "figures", "statistics",
        "emails", "messages", "rebels", "militants", "troops", "soldiers", "forces", "fans", "americans",
        "russians", "europeans", "women", "men", "percent", "%", "majority", "minority", "half", "third", "quarter",
        "respondents", "americans", "republicans", "democrats", "independents", "reporters", "journalists", "viewers",
        "listeners", "readers", "audience", "crowd", "farmers", "lawyers", "economists", "voters", "pollsters",
        "attorneys", "judges", "executives", "officers", "historians", "commentators", "strategists", "advocates",
        "scholars", "regulators", "negotiators", "delegates", "candidates", "editors", "physicians", "consultants");

    /// <summary>Personal pronouns that can be speakers.</summary>
    public static readonly WordSet Pronouns = new("he", "she", "they", "we", "i", "it", "you");

    /// <summary>Determiners and quantifiers that may start a noun phrase.</summary>
    public static readonly WordSet Determiners = new(
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "another", "one", "two", "three", "several", "many", "some", "other", "both", "each", "every", "most",
        "all", "few", "no", "any", "such", "more");

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the cue ("Smith also stressed", "she has said").</summary>
    public static readonly WordSet SpeakerCueFillers = new(
        "also", "later", "then", "previously", "recently", "again", "earlier", "once", "further", "repeatedly",
        "publicly", "privately", "reportedly", "allegedly", "has", "have", "had", "was", "were", "is", "are",
        "would", "will", "could", "might", "may", "can", "did", "does", "do", "not", "never", "often", "always",
        "frequently", "already", "still", "just", "first", "flatly", "strongly", "firmly", "angrily", "quickly",
        "simply", "only", "even", "reportedly", "separately", "similarly", "likewise", "herself", "himself",
        "themselves", "itself", "has long", "long", "openly", "bluntly", "explicitly", "directly", "now", "twice", "yet");

    /// <summary>Capitalised words that begin sentences but are not names.</summary>
    public static readonly WordSet NotNames = new(
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "if", "when", "while",
        "after", "before", "since", "because", "although", "though", "as", "at", "in", "on", "of", "for",
        "from", "to", "with", "by", "about", "into", "over", "under", "there", "here", "what", "who", "whom",
        "whose", "which", "where", "why", "how", "not", "no", "yes", "all", "some", "many", "most", "more",
        "such", "one", "speaking", "according", "meanwhile", "however", "also", "still", "now", "then",
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "oct.", "nov.", "dec.", "mr", "mrs", "ms", "dr", "read", "photo", "image", "video", "said",
        "says", "asked", "told", "added", "thank", "please", "just", "even", "only", "instead", "despite",
        "during", "without", "within", "among", "against", "between", "through", "until", "unless", "whether",
        "both", "each", "every", "any", "other", "another", "last", "next", "first", "second", "several",
        "would", "will", "could", "should", "can", "may", "might", "must", "do", "does", "did", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "let", "get", "yes", "no", "oh", "well", "mrs.");

    /// <summary>Words that carry gender for pronoun agreement.</summary>
    public static readonly WordSet MaleWords = new(
        "he", "him", "his", "mr.", "mr", "sir", "king", "prince", "lord", "spokesman", "congressman", "chairman",
        "councilman", "father", "son", "brother", "husband", "man", "boy", "uncle", "nephew", "grandfather");

    /// <summary>Words that carry gender for pronoun agreement.</summary>
    public static readonly WordSet FemaleWords = new(
        "she", "her", "hers", "mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess",
        "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "mother", "daughter", "sister", "wife",
        "woman", "girl", "aunt", "niece", "grandmother");
}

/// <summary>Every class of every listed word, for one lookup per token.</summary>
internal static class WordClasses
{
    private static readonly FrozenDictionary<string, WordClass> s_classes = Build();

    /// <summary>The classes of <paramref name="word"/> (case-insensitive).</summary>
    public static WordClass Of(ReadOnlySpan<char> word) => Lexical(word).Classes;

    // Word classes and cue-form ids in one table: a document looks each token up once for both.
    private static readonly Lazy<(FrozenDictionary<string, (WordClass Classes, int CueId)>.AlternateLookup<ReadOnlySpan<char>> Lookup, WordPrefilter Prefilter)> s_lexical = new(() =>
    {
        var d = new Dictionary<string, (WordClass, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, c) in s_classes) d[word] = (c, -1);
        foreach (var form in CueForms.Forms) d[form] = (d.TryGetValue(form, out var e) ? e.Item1 : WordClass.None, CueForms.IdOf(form));
        return (d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(), new WordPrefilter(d.Keys));
    });

    /// <summary>The classes of <paramref name="word"/> and its <see cref="CueForms"/> id (-1 when it is no cue form).</summary>
    internal static (WordClass Classes, int CueId) Lexical(ReadOnlySpan<char> word)
    {
        var (lookup, prefilter) = s_lexical.Value;
        return prefilter.MayContain(word) && lookup.TryGetValue(word, out var e) ? e : (WordClass.None, -1);
    }

    private static FrozenDictionary<string, WordClass> Build()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(WordSet set, WordClass c) { foreach (var w in set.Words) d[w] = d.GetValueOrDefault(w) | c; }
        Add(WordLists.Titles, WordClass.Title);
        Add(WordLists.OrganizationHeads, WordClass.OrganizationHead);
        Add(WordLists.GroupHeads, WordClass.GroupHead);
        Add(WordLists.Pronouns, WordClass.Pronoun);
        Add(WordLists.Determiners, WordClass.Determiner);
        Add(WordLists.SpeakerCueFillers, WordClass.Filler);
        Add(WordLists.NotNames, WordClass.NotName);
        Add(WordLists.MaleWords, WordClass.Male);
        Add(WordLists.FemaleWords, WordClass.Female);
        Add(WordLists.Breakers, WordClass.Breaker);
        Add(WordLists.Connectors, WordClass.Connector);
        Add(WordLists.Quantities, WordClass.Quantity);
        Add(WordLists.Comparatives, WordClass.Comparative);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A frozen, case-insensitive set of words with allocation-free span lookups.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;

    /// <summary>Makes a set of <paramref name="words"/>.</summary>
    public WordSet(params string[] words)
    {
        _set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(words);
    }

    /// <summary>The words of the set.</summary>
    public IEnumerable<string> Words => _set;

    /// <summary>The longest word of the set.</summary>
    public int MaxLength => _prefilter.MaxLength;

    /// <summary>True when <paramref name="word"/> is in the set (case-insensitive).</summary>
    public bool Contains(ReadOnlySpan<char> word) => _prefilter.MayContain(word) && _lookup.Contains(word);
}
