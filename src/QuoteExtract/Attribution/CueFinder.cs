using System.Collections.Frozen;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>A reporting cue found at a token: its lemma entry and token range.</summary>
internal readonly record struct CueMatch(int First, int End, CueEntry Entry, double Probability = 0.5)
{
    /// <summary>The cue's span in the text.</summary>
    public TextSpan Span(Document doc) => new(doc.Tokens[First].Start, doc.Tokens[End - 1].End);
}

/// <summary>Recognises reporting cues at a token: verbs of the lexicon and "according to".</summary>
internal static partial class CueFinder
{
    private static readonly CueEntry s_accordingTo = new("according to", CueFlags.Reporting);
    private static readonly CueEntry s_putIt = new("put it", CueFlags.Reporting);
    private static readonly CueEntry s_seeAs = new("see as", CueFlags.Stance);

    /// <summary>What is known of <paramref name="word"/> as a cue (all empty for a word never listed).</summary>
    public static CueForms.Info Info(ReadOnlySpan<char> word) => CueForms.Of(word);

    /// <summary>The cue starting at token <paramref name="i"/>, if any.</summary>
    /// <remarks>(Inlined where asked: most tokens asked about are no cue, a read of the cache.)</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CueMatch? At(Document doc, int i)
    {
        var tokens = doc.Tokens;
        // (A token that is no word makes no page: a document of marks alone needs none.)
        if ((uint)i >= (uint)tokens.Length || tokens[i].Kind != TokenKind.Word) return null;
        // The rules ask about the same tokens many times: each is looked up once per document, and its answer kept
        // in four bits (16 MiB of "a" "b" held 50 MB in a table of slots and matches).
        byte code = (doc.CueCache ?? NewCache(doc)).Code(doc, i);
        return code == NoCue ? null : Match(doc, i, code);
    }

    /// <summary>The first token from <paramref name="i"/> before <paramref name="end"/> where <see cref="At"/> finds a cue, or <paramref name="end"/>.</summary>
    public static int NextCue(Document doc, int i, int end) =>
        i >= end ? end : (doc.CueCache ?? NewCache(doc)).NextCodeOtherThan(doc, i, Math.Min(end, doc.Tokens.Length), NoCue);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static CueCache NewCache(Document doc) => doc.CueCache = new CueCache(doc.Tokens.Length);

    /// <summary>The hand lexicon's entry of token <paramref name="i"/>'s form (its cue-form id is looked up with its word classes), or null.</summary>
    public static CueEntry? HandEntryAt(Document doc, int i) =>
        doc.CueFormIdAt(i) is var id and >= 0 ? ((uint)id < (uint)s_formMatches.Length ? s_formMatches[id].Hand : CueForms.ById(id).Hand) : null;

    /// <summary>The code of token <paramref name="i"/> (in range) for <see cref="CueCache"/>: what <see cref="At"/> finds there.</summary>
    internal static byte Code(Document doc, int i) => Code(doc, i, doc.Tokens, doc.Words(WordList.SeeForms));

    /// <summary>The codes of tokens <paramref name="first"/>..<paramref name="end"/> into <paramref name="page"/>, two a byte
    /// from its start (low half first).</summary>
    internal static void Codes(Document doc, int first, int end, byte[] page)
    {
        var tokens = doc.Tokens;
        var seeForms = doc.Words(WordList.SeeForms);
        // When every word of the idioms is a cue form, a word is one of them exactly when its cue-form id is (both
        // ignore case): the token's id, looked up once with its word classes, tells without reading its letters.
        Span<int> seeIds = stackalloc int[8];
        int seeCount = 0;
        bool byId = s_accordingId >= 0 && s_putId >= 0 && s_putsId >= 0;
        if (byId)
            foreach (var w in seeForms.Words)
            {
                int id = CueForms.IdOf(w);
                if (id < 0 || seeCount == seeIds.Length) { byId = false; break; }
                seeIds[seeCount++] = id;
            }
        var bytes = page.AsSpan(0, (end - first + 1) >> 1);
        if (!byId)
        {
            bytes.Clear();
            for (int i = first; i < end; i++)
                page[(i - first) >> 1] |= (byte)(Code(doc, i, tokens, seeForms) << ((i & 1) << 2));
            return;
        }
        ReadOnlySpan<int> see = seeIds[..seeCount];
        // Bit (id & 63) of each idiom word's id: a word whose bit is clear is none of them.
        ulong idiomBits = 1UL << (s_accordingId & 63) | 1UL << (s_putId & 63) | 1UL << (s_putsId & 63);
        foreach (int id in see) idiomBits |= 1UL << (id & 63);
        // Most tokens are no cue: every code NoCue first, and only a word that may cue (a cue form with an entry, or one
        // an idiom's word may be) read. (A test of every token with the branches of the reading cost ~10 ns a token, the
        // branches taken at random over running text.)
        bytes.Fill(NoCue | NoCue << 4);
        var lowerCodes = doc.Options.Scorer is null ? s_lowerCodes : s_lowerCodesWithModel;
        var classes = doc.WordClasses;
        var text = doc.Text;
        for (int i = first; i < end; i++)
        {
            int id = doc.CueFormIdAt(i);
            bool mayCue = (classes[i] & WordClass.MayCue) != 0;
            if (!(mayCue | id >= 0 & (idiomBits & (1UL << (id & 63))) != 0) || tokens[i].Kind != TokenKind.Word) continue;
            bool idiom = id == s_accordingId || id == s_putId || id == s_putsId || see.Contains(id);
            byte code = NoCue;
            // A lower-case word of no idiom is what Find reads it as from its form alone (most cue words are).
            if (!idiom && (uint)id < (uint)lowerCodes.Length && char.IsLower(text[tokens[i].Start]))
            {
                byte lower = lowerCodes[id];
                code = (byte)(lower & 15);
                if ((lower & TakesOut) != 0 && doc.Is(i + 1, "out")) code |= ExtraToken;
            }
            else if (idiom || mayCue)
                code = Find(doc, i);
            int shift = (i & 1) << 2;
            page[(i - first) >> 1] = (byte)(page[(i - first) >> 1] & ~(15 << shift) | code << shift);
        }
    }

    // The cue-form ids of the idioms' words (-1 for a word that is no cue form).
    private static readonly int s_accordingId = CueForms.IdOf("according"), s_putId = CueForms.IdOf("put"), s_putsId = CueForms.IdOf("puts");

    private static byte Code(Document doc, int i, ReadOnlySpan<Token> tokens, WordSet seeForms)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word) return NoCue;
        // Most words are no cue form with an entry ("the" has counts only): only the idioms of Find may still match them
        // ("according", "put", "puts", a form of "see"), and those are read there.
        if (doc.MayBeCueAt(i)) return Find(doc, i);
        var word = doc.Text.AsSpan(t.Start, t.Length);
        return word.Length == 9 && (word[0] | 0x20) == 'a' || word.Length is 3 or 4 && (word[0] | 0x20) == 'p'
            || word.Length is 3 or 4 or 6 && char.IsLower(word[0]) && seeForms.Contains(word) ? Find(doc, i) : NoCue;
    }

    // For each CueForms id, what a match of the form carries: its entries and its probability of being a cue
    // (CueForms.Info.Probability with the prior 0.3), computed once. (Whether a form has an entry at all is a word-class
    // bit: Document.MayBeCueAt.)
    private static readonly int s_formCount = FormCount();
    private static readonly FormMatch[] s_formMatches = FormMatchById();

    private readonly record struct FormMatch(CueEntry? Hand, CueEntry? Learned, CueEntry? Weak, double Probability)
    {
        public static FormMatch Of(CueForms.Info info) => new(info.Hand, info.Learned, info.Weak, info.Probability(0.3));
    }

    private static FormMatch[] FormMatchById()
    {
        var forms = new FormMatch[s_formCount];
        for (int id = 0; id < forms.Length; id++) forms[id] = FormMatch.Of(CueForms.ById(id));
        return forms;
    }

    // For each CueForms id, the code Find gives a lower-case word of that form that is no idiom's (the hand entry, else the
    // learned one, else with a model the weak one), with TakesOut when its entry's particle "out" belongs to the cue
    // ("pointed out"); with and without a model to decide.
    private static readonly byte[] s_lowerCodes = LowerCodes(withModel: false), s_lowerCodesWithModel = LowerCodes(withModel: true);

    private const byte TakesOut = 16;

    private static byte[] LowerCodes(bool withModel)
    {
        var codes = new byte[s_formCount];
        for (int id = 0; id < codes.Length; id++)
        {
            var info = CueForms.ById(id);
            var (entry, code) = info.Hand is { } hand ? (hand, HandEntry) : info.Learned is { } learned ? (learned, LearnedEntry)
                : (withModel ? info.Weak : null, WeakEntry);
            codes[id] = entry is null ? NoCue : (byte)(code | (entry.Lemma is "point" or "lay" or "spell" ? TakesOut : 0));
        }
        return codes;
    }

    private static int FormCount()
    {
        int max = -1;
        foreach (var form in CueForms.Forms) max = Math.Max(max, CueForms.IdOf(form));
        return max + 1;
    }

    // The codes of CueCache: no cue, one of the idioms, or the entry of the token's cue form (hand, learned, weak) with
    // ExtraToken when a particle belongs to the cue ("pointed out"). (0 is never a code.)
    private const byte NoCue = 1, AccordingTo = 2, PutIt = 3, SeeAs = 4, HandEntry = 5, LearnedEntry = 6, WeakEntry = 7, ExtraToken = 8;

    // The match a code stands for (the probability is the form's, computed as when it was found).
    private static CueMatch Match(Document doc, int i, byte code)
    {
        switch (code)
        {
            case AccordingTo: return new CueMatch(i, i + 2, s_accordingTo, 0.95);
            case PutIt: return new CueMatch(i, i + 2, s_putIt, 0.9);
            case SeeAs: return new CueMatch(i, i + 1, s_seeAs, 0.8);
        }
        int id = doc.CueFormIdAt(i);
        var form = (uint)id < (uint)s_formMatches.Length ? s_formMatches[id] : FormMatch.Of(CueForms.ById(id));
        var entry = (code & ~ExtraToken) switch { HandEntry => form.Hand, LearnedEntry => form.Learned, _ => form.Weak };
        return new CueMatch(i, (code & ExtraToken) != 0 ? i + 2 : i + 1, entry!, form.Probability);
    }

    private static byte Find(Document doc, int i)
    {
        var word = doc.TokenText(i);
        // Looked up once per token together with the word classes.
        int id = doc.CueFormIdAt(i);
        if (word.Length == 9 && (word[0] | 0x20) == 'a' && word.Equals("according", StringComparison.OrdinalIgnoreCase))
            return doc.Is(i + 1, "to") ? AccordingTo : NoCue;
        // "As one voter put it, …", "Lee put it bluntly: …": the idiom of saying, not "put it in the drawer".
        if (word.Length is 3 or 4 && (word.Equals("put", StringComparison.OrdinalIgnoreCase) || word.Equals("puts", StringComparison.OrdinalIgnoreCase))
            && doc.Is(i + 1, "it") && i + 2 < doc.Tokens.Length
            && (doc.IsPunct(i + 2, ',') || doc.IsPunct(i + 2, ':') || doc.Tokens[i + 2].Kind == TokenKind.Dash || doc.Is(i + 2, "this")
                || doc.Tokens[i + 2].Kind == TokenKind.Word && doc.TokenText(i + 2).EndsWith("ly", StringComparison.Ordinal)))
            return PutIt;
        // "Four in 10 voters see the campaign as unfair": a perception, with its object and "as".
        if (word.Length is 3 or 4 or 6 && char.IsLower(word[0]) && doc.Words(WordList.SeeForms).Contains(word) && SeesAs(doc, i))
            return SeeAs;
        if (id < 0) return NoCue;
        var info = CueForms.ById(id);
        var entry = info.Hand;
        byte code = HandEntry;
        // (A learned form capitalised only because it opens the sentence is the same word: "Citing …, Lee said".)
        if (entry is null && (char.IsLower(word[0]) || OpensSentence(doc, i) || TitleCaseVerb(word) && InTitleCaseSentence(doc, i)))
            (entry, code) = info.Learned is { } learned ? (learned, LearnedEntry) : (doc.Options.Scorer is not null ? info.Weak : null, WeakEntry);
        if (entry is null) return NoCue;
        // An upper-case cue word mid-sentence is a name or a title (Claims Court, Post), not a verb; except in a
        // headline set in title case, a verb of saying or a cue in -s or -ed between capitalised words ("Lee Says He
        // Will Run", "Mayor Slams Budget Plan").
        if (char.IsUpper(word[0]) && i > 0 && doc.Tokens[i - 1].Kind != TokenKind.QuoteMark && !OpensSentence(doc, i)
            && !((entry.Lemma is "say" or "tell" or "warn" || TitleCaseVerb(word) && InTitleCaseSentence(doc, i))
                 && doc.IsCapitalized(i - 1) && doc.IsCapitalized(i + 1))) return NoCue;
        // Particles that belong to the cue: "pointed out", "went on", "called for".
        if (doc.Is(i + 1, "out") && entry.Lemma is "point" or "lay" or "spell") code |= ExtraToken;
        return code;
    }

    // A headline sets its verbs in title case ("Lee Slams Plan", "Council Urges Delay", "Mayor Bemoaned Cuts"): between
    // capitalised words of a title-case line a cue form in -s or -ed is the verb, not part of a name (in running text
    // it is one: "the Federal Claims Court", "Consumer Reports Magazine").
    private static bool TitleCaseVerb(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) && (word.Length > 3 && word[^1] == 's' && word[^2] != 's' || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));

    private static bool InTitleCaseSentence(Document doc, int i) =>
        doc.SentenceOfToken(i) is var s and >= 0 && doc.IsTitleCase(doc.Sentences[s].FirstToken, doc.Sentences[s].EndToken);

    private static bool OpensSentence(Document doc, int i) =>
        i == 0 || doc.IsTerminal(i - 1) || doc.Tokens[i - 1].Kind == TokenKind.QuoteMark && (i == 1 || doc.IsTerminal(i - 2))
        || doc.ParagraphBreakBetween(i - 1, i); // ("the Harbor\nPost" in a hard-wrapped paragraph opens nothing)

    private static bool SeesAs(Document doc, int i)
    {
        for (int j = i + 2; j < doc.Tokens.Length && j - i <= 12; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Dash || doc.Is(j, "that") || doc.Is(j, "who") || doc.Is(j, "which")) return false;
            if (doc.Is(j, "as")) return j + 1 < doc.Tokens.Length && doc.Tokens[j + 1].Kind == TokenKind.Word && !doc.Words(WordList.NotAsPhrases).Contains(doc.TokenText(j + 1))
                && !AsClause(doc, j + 1);
        }
        return false;
    }

    // "saw profits fall as demand slowed": "as" opens a clause (a subject, then its past verb or auxiliary), not a
    // description ("as a sign of weakness", "as weakened").
    private static bool AsClause(Document doc, int from)
    {
        for (int j = from + 1; j < doc.Tokens.Length && j - from <= 6; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            var w = doc.TokenText(j);
            if (w.EndsWith("ed", StringComparison.Ordinal) || doc.Words(WordList.ClauseAuxiliaries).Contains(w)) return true;
        }
        return false;
    }

    /// <summary>Skips adverbs and auxiliaries forwards ("also", "has", "later") from <paramref name="i"/>.</summary>
    public static int SkipFillersForward(Document doc, int i, int max)
    {
        while (i < max && doc.Tokens[i].Kind == TokenKind.Word && doc.Has(i, WordClass.Filler)) i++;
        return i;
    }

    /// <summary>Skips adverbs and auxiliaries backwards; returns the exclusive end of what precedes them.</summary>
    public static int SkipFillersBackward(Document doc, int end, int min)
    {
        while (end - 1 >= min)
        {
            var t = doc.Tokens[end - 1];
            if (t.Kind == TokenKind.Word && (IsFiller(doc, end - 1) || doc.Words(WordList.TimeFillers).Contains(doc.TokenText(end - 1)))) { end--; continue; }
            // "he’s predicting", "they’ve said": a contracted auxiliary.
            if (t.Kind == TokenKind.Clitic && !doc.IsPossessive(end - 1)) { end--; continue; }
            // "has, however, revealed", "have, in fact, praised": an adverb set off by commas.
            if (doc.IsPunct(end - 1, ',') && end - 3 >= min && doc.IsPunct(end - 3, ',') && doc.Tokens[end - 2].Kind == TokenKind.Word
                && doc.Words(WordList.CommaAdverbs).Contains(doc.TokenText(end - 2))) { end -= 3; continue; }
            if (doc.IsPunct(end - 1, ',') && end - 4 >= min && doc.IsPunct(end - 4, ',') && IsCommaAdverbPair(doc, end - 3)) { end -= 4; continue; }
            // "who has in the past described": a time phrase after the auxiliary.
            if (end - 3 >= min && doc.Is(end - 1, "past") && doc.Is(end - 2, "the") && doc.Is(end - 3, "in")) { end -= 3; continue; }
            // "who has both endorsed …", "they have all said": a floating quantifier after the auxiliary.
            // ("she has since said": "since" as an adverb, after the auxiliary.)
            if (end - 2 >= min && (doc.Is(end - 1, "both") || doc.Is(end - 1, "all") || doc.Is(end - 1, "each") || doc.Is(end - 1, "since"))
                && doc.Tokens[end - 2].Kind == TokenKind.Word && doc.Has(end - 2, WordClass.Filler)) { end--; continue; }
            break;
        }
        return end;
    }

    private static readonly (string First, string Second)[] s_commaAdverbPairs =
        [("in", "fact"), ("of", "course"), ("for", "example"), ("for", "instance"), ("in", "turn"), ("after", "all"), ("in", "particular"), ("at", "least"), ("in", "response")];

    private static bool IsCommaAdverbPair(Document doc, int i)
    {
        foreach (var (first, second) in s_commaAdverbPairs)
            if (doc.Is(i, first) && doc.Is(i + 1, second)) return true;
        return false;
    }

    // Auxiliaries and adverbs ("has also", "aggressively") between a speaker and the cue.
    // (Of a word token: its Filler class is the list's lookup.)
    private static bool IsFiller(Document doc, int i) =>
        doc.Has(i, WordClass.Filler) || doc.TokenText(i) is var word
        && (word.Length > 4 && word.EndsWith("ly") && char.IsLower(word[0]) && !doc.Words(WordList.NounsInLy).Contains(word));

    /// <summary>Whether the cue is a participle ("saying", "telling"): it speaks for a subject before it and never inverts.</summary>
    internal static bool IsParticiple(Document doc, CueMatch cue) => doc.TokenText(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the token is a word the rules treat as a cue and a phrase boundary.</summary>
    public static bool IsCueWord(Document doc, int i) => At(doc, i) is not null;
}
