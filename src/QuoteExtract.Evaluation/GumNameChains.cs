using System.Collections.Frozen;

namespace QuoteExtract.Evaluation;

/// <summary>
/// The gold of the speaker-resolution evaluation (docs/speaker-evaluation.md): the person and organization mentions of
/// GUM's chains that contain a proper name, each with its class and its chain's fullest name.
/// <list type="bullet">
/// <item>A mention's head is the word of its minimal span governed from outside the mention (the syntactic head).</item>
/// <item>A mention is a proper name when its head is PROPN. Its name is the run of words around the head that are PROPN
/// or capitalized (GUM tags International in International Union of Springfield Bakers ADJ), with connectors (of, the, de, a
/// hyphen) between them; a comma or any other word ends it, so an apposition (X, Mayor of Y) or a list of people
/// (X, Y and Z), which GUM's minimal spans include, is not part of the name; nor is a title before the head and what
/// precedes it (Finance Minister Ann Lee: Ann Lee). Its name tokens are the
/// <see cref="NameTokens"/> of that run (honorifics not counted).</item>
/// <item>The chain's fullest name: of its proper-name mentions with at least one name token, the one with the most name
/// tokens; ties go to the earliest. A chain without one is not scored.</item>
/// <item>Classes: a single PRON word is a pronoun; a PROPN head is a full name when it has every token of the fullest
/// name, a partial name when it lacks some, a role phrase when it is a title (the President, the President of the
/// Society) or only titles; a NOUN head is a role
/// phrase when its lemma is one of <see cref="RoleNouns"/>, else an other nominal; anything else is other.</item>
/// </list>
/// </summary>
internal static class GumNameChains
{
    /// <summary>Lemmas of common nouns that name a role or title (the minister, the spokesman): small and explicit on purpose.</summary>
    public static readonly FrozenSet<string> RoleNouns = FrozenSet.ToFrozenSet(
    [
        "president", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman",
        "ceo", "senator", "governor", "leader", "secretary", "editor", "lawyer", "attorney", "professor", "coach", "teacher",
        "judge", "chief", "founder", "manager", "ambassador", "officer", "official", "captain", "author",
    ], StringComparer.Ordinal);

    // First- and second-person pronouns: in a transcript's turn, the speaker and the one spoken to.
    private static readonly HashSet<string> s_speechPersons = new([
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The scored mentions of <paramref name="document"/>, in its mention order.</summary>
    public static IReadOnlyList<GoldNameMention> Of(ConlluDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<(GumMention Mention, int Head, IReadOnlyList<string> Name)>();
        var fullest = new Dictionary<string, (IReadOnlyList<string> Name, GumMention Mention)>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.EntityType is not ("person" or "organization")) continue;
            var head = Head(document, mention);
            // A title at the head (the President of the Society) names a role, not a person: no name tokens.
            IReadOnlyList<string> name = document.Tags[head] == "PROPN" && !NameTokens.IsTitle(Form(document, head))
                ? NameTokens.Of(NameWords(document, mention, head)) : [];
            mentions.Add((mention, head, name));
            // Mentions come in text order, so a strictly longer name is needed to replace the earliest.
            if (name.Count > 0 && (!fullest.TryGetValue(mention.Chain, out var best) || name.Count > best.Name.Count))
                fullest[mention.Chain] = (name, mention);
        }

        var gold = new List<GoldNameMention>();
        foreach (var (mention, head, name) in mentions)
        {
            if (!fullest.TryGetValue(mention.Chain, out var best)) continue;
            var mentionClass = Classify(document, mention, head, name, best.Name);
            gold.Add(new GoldNameMention(mention, head, mentionClass, best.Name,
                string.Join(' ', NameWords(document, best.Mention, Head(document, best.Mention))))
            {
                TurnPronoun = mentionClass == MentionClass.Pronoun && head < document.TurnWords.Count && document.TurnWords[head]
                    && s_speechPersons.Contains(Form(document, head)),
            });
        }
        return gold;
    }

    /// <summary>
    /// The head of <paramref name="mention"/>: the first word of its minimal span governed from outside the mention; else
    /// the first governed from outside the minimal span; else the minimal span's last word.
    /// </summary>
    public static int Head(ConlluDocument document, GumMention mention)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mention);
        foreach (var w in mention.MinSpan)
            if (Governor(document, w) is var g && (g < mention.First || g >= mention.End)) return w;
        foreach (var w in mention.MinSpan)
            if (!mention.MinSpan.Contains(Governor(document, w))) return w;
        return mention.MinSpan[^1];
    }

    private static string Form(ConlluDocument document, int word) => document.Text[document.Words[word].Start..document.Words[word].End];

    private static int Governor(ConlluDocument document, int word) => word < document.Governors.Count ? document.Governors[word] : -1;

    private static MentionClass Classify(ConlluDocument document, GumMention mention, int head, IReadOnlyList<string> name, IReadOnlyList<string> fullest)
    {
        var tag = document.Tags[head];
        if (mention.Length == 1 && tag == "PRON") return MentionClass.Pronoun;
        if (tag == "PROPN")
            return name.Count == 0 ? MentionClass.RolePhrase
                : NameTokens.ContainsAll(name, fullest) ? MentionClass.FullName
                : MentionClass.PartialName;
        if (tag == "NOUN")
            return RoleNouns.Contains(document.Lemmas[head].ToLowerInvariant()) ? MentionClass.RolePhrase : MentionClass.OtherNominal;
        return MentionClass.Other;
    }

    /// <summary>The words of the name around <paramref name="head"/> (see the class summary), as written.</summary>
    public static IReadOnlyList<string> NameWords(ConlluDocument document, GumMention mention, int head)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mention);
        string Form(int w) => GumNameChains.Form(document, w);
        bool IsName(int w) => document.Tags[w] == "PROPN"
            || (document.Tags[w] is "ADJ" or "NOUN" or "VERB" or "NUM" or "X" && Form(w) is [var c, ..] && char.IsUpper(c));
        bool IsConnector(int w) => Form(w) is "-" or "&" || NameTokens.Connectors.Contains(Form(w).ToLowerInvariant());

        // Connectors count only between name words: the run ends at its last name word on either side.
        int first = head, last = head;
        for (var w = head + 1; w < mention.End && (IsName(w) || IsConnector(w)); w++)
            if (IsName(w)) last = w;
        for (var w = head - 1; w >= mention.First && (IsName(w) || IsConnector(w)); w--)
        {
            // Titles before the name are not part of it (Finance Minister Ann Lee), nor is what precedes them.
            if (NameTokens.IsTitle(Form(w))) break;
            if (IsName(w)) first = w;
        }
        return [.. Enumerable.Range(first, last - first + 1).Select(Form)];
    }
}
