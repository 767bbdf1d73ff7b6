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
internal readonly record struct NameParts(NameBuffers Buffers, int Count, bool Lowered, bool HasTitles, int RoleHead, Gender Gender, bool Honorific, bool Organization, bool FirstName = false)
{
    /// <summary>The name's tokens ("Ann", "Lee"): in the buffers, valid until the next parse into them.</summary>
    public ReadOnlySpan<int> Words => Buffers.Words.AsSpan(0, Count);

    /// <summary>
    /// The name's words, lower-case, without trailing full stops ("ann", "lee"), each as its list in the resolver's word
    /// index (<see cref="NameBuffers.LowerWord"/>; <see cref="NameBuffers.Text"/> gives the characters): valid until the
    /// next parse.
    /// </summary>
    public ReadOnlySpan<int> Lower => Lowered ? Buffers.Lower.AsSpan(0, Count) : throw new InvalidOperationException("The name was parsed without its lower-case words.");

    /// <summary>The length of the name's key: its words, lower-cased, joined by single spaces ("ann lee").</summary>
    public int KeyLength
    {
        get
        {
            int length = Math.Max(0, Count - 1);
            foreach (int w in Lower) length += Buffers.Text(w).Length;
            return length;
        }
    }

    /// <summary>Writes the name's key into <paramref name="destination"/> (<see cref="KeyLength"/> characters), to look it up without making a string.</summary>
    public ReadOnlySpan<char> WriteKey(Span<char> destination)
    {
        var lower = Lower;
        int n = 0;
        for (int k = 0; k < lower.Length; k++)
        {
            if (k > 0) destination[n++] = ' ';
            var word = Buffers.Text(lower[k]);
            word.CopyTo(destination[n..]);
            n += word.Length;
        }
        return destination[..n];
    }

    /// <summary>True when the first word is a known first name (a person, and its gender where the name has one).</summary>
    /// <remarks>(Looked up once, by the parse.)</remarks>
    public bool HasFirstName => Lowered ? Count >= 2 && FirstName : throw new InvalidOperationException("The name was parsed without its lower-case words.");

    /// <summary>Takes tokens <c>[first, end)</c> of a mention apart.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="first">The mention's first token.</param>
    /// <param name="end">One past its last token.</param>
    /// <param name="usage">How the document uses capitalised words: an ordinary word opening the sentence is no part of the name.</param>
    /// <param name="buffers">Where the words go (reused from mention to mention: a parse allocates nothing), with the
    /// lower-case words the resolver already knows (a name word found there is not kept again: most name mentions repeat a
    /// name, "Lee said … Lee added").</param>
    /// <param name="lowerWords">Whether to make the lower-case words (<see cref="Lower"/>): a nominal phrase and a name only
    /// measured need none.</param>
    public static NameParts Parse(Document doc, int first, int end, NameBuffers buffers, CapitalizedUsage? usage = null, bool lowerWords = true)
    {
        int i = first;
        bool hasTitles = false;
        int roleHead = -1;
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
            // (Each list asked once a word.)
            bool isHonorific = IsHonorific(doc, w);
            bool title = doc.Has(i, WordClass.Title) || isHonorific;
            if (!title && char.IsUpper(w[0])) break;
            if (title || char.IsLower(w[0]))
            {
                if (isHonorific) { honorific = true; gender = HonorificGender(doc, w, gender); }
                if (doc.Has(i, WordClass.Male)) gender = Gender.Male;
                else if (doc.Has(i, WordClass.Female)) gender = Gender.Female;
                if (doc.Words(WordList.RoleNouns).Contains(w)) roleHead = i;
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
            // (The next word's capital first, and each list asked once a word.)
            if (!doc.IsCapitalized(j + 1)) continue;
            var w = doc.TokenText(j);
            bool role = doc.Words(WordList.RoleNouns).Contains(w), isHonorific = IsHonorific(doc, w);
            if (!(role || isHonorific) || doc.Words(WordList.RoleNouns).Contains(doc.TokenText(j + 1))) continue;
            if (isHonorific) { honorific = true; gender = HonorificGender(doc, w, gender); }
            if (role) roleHead = j;
            if (doc.Has(j, WordClass.Male)) gender = Gender.Male;
            else if (doc.Has(j, WordClass.Female)) gender = Gender.Female;
            i = j + 1;
            break;
        }
        hasTitles = i > titleStart && HasTitleWords(doc, titleStart, i);
        // The name: capitalised words, name particles and initials, up to a lower-case word, a comma or a connector.
        // "Describe Einstein's …", "Following Lee's death": the sentence's first word, an ordinary one, is no name.
        if (usage is not null && i + 1 < end && doc.IsCapitalized(i + 1) && usage.IsOrdinaryOpening(i)) i++;
        var words = buffers.WordsFor(end - i);
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
        // "Sen." → "sen".
        if (lowerWords)
            for (int k = 0; k < count; k++) buffers.Lower[k] = buffers.LowerWord(doc.TokenText(words[k]).TrimEnd('.'));
        // (The first name looked up once: its gender here, and HasFirstName after. The lower-case word is the one the
        // lookup took before, "Ann" lower-cased.)
        bool firstName = false;
        if (count >= 2 && (lowerWords || gender == Gender.Unknown))
        {
            firstName = lowerWords ? buffers.FirstName(buffers.Lower[0], out var byName) : FirstNameGender(doc.TokenText(words[0]).TrimEnd('.'), out byName);
            if (firstName && gender == Gender.Unknown) gender = byName;
        }
        return new NameParts(buffers, count, lowerWords, hasTitles, roleHead, gender, honorific, organization && !honorific, firstName);
    }

    // The first-name table's answer for the word lower-cased (as the name's words are), without making it a string.
    private static bool FirstNameGender(ReadOnlySpan<char> word, out Gender gender)
    {
        if (word.Length > 64) return FirstNames.TryGet(word.ToString().ToLowerInvariant(), out gender);
        Span<char> lower = stackalloc char[64];
        return FirstNames.TryGet(lower[..word.ToLowerInvariant(lower)], out gender);
    }

    // Whether tokens [from, to) hold a title once punctuation around it is trimmed (not only a comma or a dash).
    private static bool HasTitleWords(Document doc, int from, int to)
    {
        while (to > from && doc.Tokens[to - 1].Kind is TokenKind.Punctuation or TokenKind.Dash) to--;
        while (from < to && doc.Tokens[from].Kind is TokenKind.Punctuation) from++;
        return to > from;
    }

    /// <summary>
    /// True when the name's last word makes it a thing rather than a person or an organization: a prize, a building, a
    /// road, an event ("George Washington Bridge", "Nobel Peace Prize", "Trump Tower"); such names are no speakers and
    /// never take a person's partial name (but "Sharon Street" is a person: a first name and a surname).
    /// </summary>
    public bool IsThing(Document doc) =>
        (Count >= 3 || Count == 2 && !HasFirstName) && !Honorific && doc.Words(WordList.ThingHeads).Contains(doc.TokenText(Buffers.Words[Count - 1]));

    /// <summary>Honorifics, which make the next capitalised word a name whatever it is ("Mr. March", "Dr. Major").</summary>
    public static bool IsHonorific(Document doc, ReadOnlySpan<char> word) => doc.Words(WordList.Honorifics).Contains(word);

    private static Gender HonorificGender(Document doc, ReadOnlySpan<char> word, Gender current) =>
        doc.Words(WordList.MaleHonorifics).Contains(word) ? Gender.Male : doc.Words(WordList.FemaleHonorifics).Contains(word) ? Gender.Female : current;
}

