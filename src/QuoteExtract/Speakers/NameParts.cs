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
    /// <param name="known">Lower-case words already held as strings (the resolver's word index): a name word found there is
    /// that string, not a new one (most name mentions repeat a name: "Lee said … Lee added").</param>
    public static NameParts Parse(Document doc, int first, int end, CapitalizedUsage? usage = null, Dictionary<string, List<int>>? known = null)
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
            bool title = doc.Has(i, WordClass.Title) || IsHonorific(doc, w);
            if (!title && char.IsUpper(w[0])) break;
            if (title || char.IsLower(w[0]))
            {
                if (IsHonorific(doc, w)) { honorific = true; gender = HonorificGender(doc, w, gender); }
                if (doc.Has(i, WordClass.Male)) gender = Gender.Male;
                else if (doc.Has(i, WordClass.Female)) gender = Gender.Female;
                if (doc.Words(WordList.RoleNouns).Contains(w)) roleHead = w.ToString().ToLowerInvariant();
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
            if (!(doc.Words(WordList.RoleNouns).Contains(w) || IsHonorific(doc, w)) || !doc.IsCapitalized(j + 1) || doc.Words(WordList.RoleNouns).Contains(doc.TokenText(j + 1))) continue;
            if (IsHonorific(doc, w)) { honorific = true; gender = HonorificGender(doc, w, gender); }
            if (doc.Words(WordList.RoleNouns).Contains(w)) roleHead = w.ToString().ToLowerInvariant();
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
            if (count > 0 && doc.Words(WordList.NameParticles).Contains(w) && j + 1 < end && doc.IsCapitalized(j + 1)) { words[count++] = j; continue; }
            // "Public Health Agency of Canada", "Bank of America": an organization's name goes on past "of".
            if (count > 0 && organization && (w is "of" or "for" or "and") && j + 1 < end && doc.IsCapitalized(j + 1)) { words[count++] = j; continue; }
            break;
        }
        var lower = count == 0 ? [] : new string[count];
        for (int k = 0; k < count; k++) lower[k] = LowerWithoutTrailingPeriods(doc.TokenText(words[k]), known);
        if (gender == Gender.Unknown && lower.Length >= 2 && FirstNames.TryGet(lower[0], out var byName)) gender = byName;
        return new NameParts(words[..count].ToArray(), lower, titles, roleHead, gender, honorific, organization && !honorific);
    }


    // "Sen." → "sen": one string, not the three of ToString, ToLowerInvariant and TrimEnd; none when known holds it.
    private static string LowerWithoutTrailingPeriods(ReadOnlySpan<char> word, Dictionary<string, List<int>>? known)
    {
        word = word.TrimEnd('.');
        if (word.Length == 0) return "";
        if (known is not null && word.Length <= 64)
        {
            Span<char> buffer = stackalloc char[64];
            var lower = buffer[..word.ToLowerInvariant(buffer)];
            return known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var held, out _) ? held : lower.ToString();
        }
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
        (Words.Length >= 3 || Words.Length == 2 && !HasFirstName) && !Honorific && doc.Words(WordList.ThingHeads).Contains(doc.TokenText(Words[^1]));

    /// <summary>Honorifics, which make the next capitalised word a name whatever it is ("Mr. March", "Dr. Major").</summary>
    public static bool IsHonorific(Document doc, ReadOnlySpan<char> word) => doc.Words(WordList.Honorifics).Contains(word);

    private static Gender HonorificGender(Document doc, ReadOnlySpan<char> word, Gender current) =>
        doc.Words(WordList.MaleHonorifics).Contains(word) ? Gender.Male : doc.Words(WordList.FemaleHonorifics).Contains(word) ? Gender.Female : current;
}

