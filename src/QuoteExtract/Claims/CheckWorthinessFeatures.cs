using System.Globalization;
using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Claims;

/// <summary>Receives the features of a sentence, one (index, value) pair at a time; an index may come more than once (the values add).</summary>
internal interface ICheckWorthinessFeatureSink
{
    /// <summary>Adds <paramref name="value"/> to feature <paramref name="index"/>.</summary>
    void Add(int index, float value);
}

/// <summary>How the hashed part of the check-worthiness features is made; stored in the model file.</summary>
/// <param name="HashBits">The hashed n-grams fall into <c>2^HashBits</c> buckets (8..20).</param>
/// <param name="Bigrams">Whether word bigrams are hashed besides unigrams.</param>
/// <param name="Dense">Whether the dense (hand-made) features are used.</param>
internal readonly record struct CheckWorthinessFeatureSettings(int HashBits, bool Bigrams, bool Dense)
{
    /// <summary>The settings the shipped model is trained with unless the trainer says otherwise.</summary>
    public static CheckWorthinessFeatureSettings Default => new(14, true, true);

    /// <summary>Length of the feature vector: the dense features then the hash buckets.</summary>
    public int VectorLength => CheckWorthinessFeatures.DenseCount + (1 << HashBits);
}

/// <summary>
/// The features the check-worthiness model sees for a sentence, computed from our own tokenizer: dense
/// features (numbers, percentages, money, years, capitalised words, comparatives and superlatives, tense and
/// modals, pronouns, question marks, length, cue words of factual claims and of small talk) and signed
/// hashed unigrams and bigrams of the lower-cased words (numbers folded to their shape).
/// </summary>
/// <remarks>
/// The vector is <c>[dense..., buckets...]</c>: index <c>i &lt; DenseCount</c> is dense feature <c>i</c>,
/// index <c>DenseCount + b</c> is hash bucket <c>b</c>. Dense values are scaled to about 0..1 so that a
/// linear model needs no normalizer. Changing any feature here invalidates trained models (the model file
/// lists the dense feature names, and the loader refuses a mismatch).
/// </remarks>
internal static class CheckWorthinessFeatures
{
    private static readonly string[] s_names =
    [
        "len.logWords", "len.short", "len.long",
        "num.count", "num.any", "num.percent", "num.money", "num.year", "num.scale", "num.words", "num.share",
        "cap.count", "cap.any",
        "cmp.comparative", "cmp.superlative", "cmp.than", "cmp.ever",
        "verb.past", "verb.perfect", "verb.modal", "verb.future", "verb.said", "verb.present3",
        "pron.i", "pron.we", "pron.you", "pron.third",
        "punct.question", "punct.exclamation", "punct.dashes", "punct.ellipsis",
        "cue.claim", "cue.claimCount", "cue.smallTalk", "cue.opinion", "cue.negation", "cue.question", "cue.discourse",
        "start.conjunction", "start.lower", "words.avgLength",
    ];

    /// <summary>Number of dense features.</summary>
    public static int DenseCount => s_names.Length;

    /// <summary>The dense feature names, in vector order (part of the model format).</summary>
    public static IReadOnlyList<string> DenseNames => s_names;

    // The English lists: the features of a sentence alone (no document), and the embedded model was trained on them.
    private static readonly WordSet s_comparatives = LanguageLexicon.English[WordList.CheckComparatives];
    private static readonly WordSet s_superlatives = LanguageLexicon.English[WordList.CheckSuperlatives];
    private static readonly WordSet s_notSuperlative = LanguageLexicon.English[WordList.CheckNotSuperlatives];
    private static readonly WordSet s_pastIrregular = LanguageLexicon.English[WordList.CheckIrregularPasts];
    private static readonly WordSet s_perfect = LanguageLexicon.English[WordList.CheckPerfect];
    private static readonly WordSet s_modals = LanguageLexicon.English[WordList.CheckModals];
    private static readonly WordSet s_future = LanguageLexicon.English[WordList.CheckFuture];
    private static readonly WordSet s_said = LanguageLexicon.English[WordList.CheckSaid];
    private static readonly WordSet s_i = LanguageLexicon.English[WordList.CheckFirstSingular];
    private static readonly WordSet s_we = LanguageLexicon.English[WordList.CheckFirstPlural];
    private static readonly WordSet s_you = LanguageLexicon.English[WordList.CheckSecondPerson];
    private static readonly WordSet s_third = LanguageLexicon.English[WordList.CheckThirdPerson];
    private static readonly WordSet s_scale = LanguageLexicon.English[WordList.CheckScale];
    private static readonly WordSet s_numberWords = LanguageLexicon.English[WordList.CheckNumberWords];
    private static readonly WordSet s_money = LanguageLexicon.English[WordList.CheckMoney];

    /// <summary>Words typical of factual, checkable claims in political speech.</summary>
    private static readonly WordSet s_claimCues = LanguageLexicon.English[WordList.CheckClaimCues];

    /// <summary>Words of small talk, moderation and ceremony.</summary>
    private static readonly WordSet s_smallTalk = LanguageLexicon.English[WordList.CheckSmallTalk];
    private static readonly WordSet s_opinion = LanguageLexicon.English[WordList.CheckOpinion];
    private static readonly WordSet s_negation = LanguageLexicon.English[WordList.CheckNegation];
    private static readonly WordSet s_questionWords = LanguageLexicon.English[WordList.CheckQuestionWords];
    private static readonly WordSet s_discourse = LanguageLexicon.English[WordList.CheckDiscourse];
    private static readonly WordSet s_conjunctions = LanguageLexicon.English[WordList.CheckConjunctions];

    // Every listed word's sets as one bit mask: one lookup per token instead of one per set.
    [Flags]
    private enum WordSets : uint
    {
        None = 0,
        Comparatives = 1u << 0,
        Superlatives = 1u << 1,
        PastIrregular = 1u << 2,
        Perfect = 1u << 3,
        Modals = 1u << 4,
        Future = 1u << 5,
        Said = 1u << 6,
        I = 1u << 7,
        We = 1u << 8,
        You = 1u << 9,
        Third = 1u << 10,
        Scale = 1u << 11,
        NumberWords = 1u << 12,
        Money = 1u << 13,
        ClaimCues = 1u << 14,
        SmallTalk = 1u << 15,
        Opinion = 1u << 16,
        Negation = 1u << 17,
        QuestionWords = 1u << 18,
        Discourse = 1u << 19,
        Conjunctions = 1u << 20,
        Than = 1u << 21,
        Ever = 1u << 22,
        PercentWord = 1u << 23,
        Present3 = 1u << 24,
    }

    // Every listed word's sets.
    private static readonly Lazy<System.Collections.Frozen.FrozenDictionary<string, WordSets>> s_listed = new(() =>
    {
        var d = new Dictionary<string, WordSets>(StringComparer.OrdinalIgnoreCase);
        void Add(WordSet set, WordSets bit) { foreach (var w in set.Words) d[w] = d.GetValueOrDefault(w) | bit; }
        Add(s_comparatives, WordSets.Comparatives);
        Add(s_superlatives, WordSets.Superlatives);
        Add(s_pastIrregular, WordSets.PastIrregular);
        Add(s_perfect, WordSets.Perfect);
        Add(s_modals, WordSets.Modals);
        Add(s_future, WordSets.Future);
        Add(s_said, WordSets.Said);
        Add(s_i, WordSets.I);
        Add(s_we, WordSets.We);
        Add(s_you, WordSets.You);
        Add(s_third, WordSets.Third);
        Add(s_scale, WordSets.Scale);
        Add(s_numberWords, WordSets.NumberWords);
        Add(s_money, WordSets.Money);
        Add(s_claimCues, WordSets.ClaimCues);
        Add(s_smallTalk, WordSets.SmallTalk);
        Add(s_opinion, WordSets.Opinion);
        Add(s_negation, WordSets.Negation);
        Add(s_questionWords, WordSets.QuestionWords);
        Add(s_discourse, WordSets.Discourse);
        Add(s_conjunctions, WordSets.Conjunctions);
        Add(LanguageLexicon.English[WordList.CheckThan], WordSets.Than);
        Add(LanguageLexicon.English[WordList.CheckEver], WordSets.Ever);
        Add(LanguageLexicon.English[WordList.CheckPercent], WordSets.PercentWord);
        Add(LanguageLexicon.English[WordList.CheckPresentThird], WordSets.Present3);
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(d, StringComparer.OrdinalIgnoreCase);
    });

    // The same, found as any word table of the lexicon is: ASCII words (nearly all) in the compact ASCII table, any other in
    // the case-insensitive dictionary, so the answers are the dictionary's either way.
    private static readonly Lazy<AsciiLookup<WordSets>> s_sets = new(() => new(s_listed.Value));

    /// <summary>
    /// Every word of the lists the features read (compared ignoring case): the word classes mark them
    /// (<see cref="Document.InCheckWorthinessListAt"/>), so a document's other words are not looked up here.
    /// </summary>
    public static IEnumerable<string> ListedWords => s_listed.Value.Keys;

    /// <summary>Computes the features of <paramref name="sentence"/> into <paramref name="sink"/> (zeros are not sent).</summary>
    public static void Compute<TSink>(string sentence, CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = Tokenizer.Tokenize(sentence);
        Compute(sentence, tokens, settings, ref sink);
    }

    // The hashes of a sentence's first tokens are kept on the stack; a longer sentence is hashed again after its dense
    // features (no buffer grows with the sentence).
    private const int KeptHashes = 128;

    /// <summary>Computes the features of <paramref name="sentence"/>, already tokenized as <paramref name="tokens"/>.</summary>
    public static void Compute<TSink>(string sentence, ReadOnlySpan<Token> tokens, CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct =>
        Compute(sentence, tokens, null, 0, settings, ref sink);

    /// <summary>
    /// Computes the features of the sentence made of tokens <paramref name="start"/> to <paramref name="end"/> (exclusive)
    /// of <paramref name="document"/>: the same as of its text, with only the words its word classes mark as listed looked
    /// up in the lists.
    /// </summary>
    public static void Compute<TSink>(Document document, int start, int end, CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct =>
        Compute(document.Text, document.Tokens[start..end], document, start, settings, ref sink);

    private static void Compute<TSink>(string sentence, ReadOnlySpan<Token> tokens, Document? document, int firstToken,
        CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        if (settings.HashBits is < 8 or > 20) throw new ArgumentOutOfRangeException(nameof(settings), "HashBits must be 8..20.");
        // One pass over the tokens counts the dense features and hashes the tokens (a word is read and looked up once);
        // the features are then sent in the order they always were (dense, then hashed), so the sums are the same.
        Span<uint> hashes = stackalloc uint[KeptHashes];
        Span<float> dense = stackalloc float[s_names.Length];
        int count = Scan(sentence, tokens, document, firstToken, dense, hashes);
        if (settings.Dense)
            for (int i = 0; i < dense.Length; i++)
                if (dense[i] != 0f) sink.Add(i, dense[i]);
        if (count <= hashes.Length) EmitHashed(hashes[..count], settings, ref sink);
        else ComputeHashed(sentence, tokens, settings, ref sink);
    }

    private static void Keep(Span<uint> hashes, ref int count, uint hash)
    {
        if (count < hashes.Length) hashes[count] = hash;
        count++;
    }

    // The dense features into f, and the hash of every token that makes a hashed feature into hashes, in order, as many as
    // fit; returns how many tokens make hashed features. With a document, tokens[i] is its token firstToken + i.
    private static int Scan(string text, ReadOnlySpan<Token> tokens, Document? document, int firstToken, Span<float> f, Span<uint> hashes)
    {
        var sets = s_sets.Value;
        int words = 0, numbers = 0, caps = 0, comparative = 0, superlative = 0, past = 0, perfect = 0, modal = 0,
            future = 0, said = 0, present3 = 0, pi = 0, pwe = 0, pyou = 0, pthird = 0, question = 0, exclamation = 0,
            dashes = 0, ellipsis = 0, claim = 0, smallTalk = 0, opinion = 0, negation = 0, wordChars = 0;
        bool percent = false, money = false, year = false, scale = false, numberWords = false, than = false, ever = false;
        bool questionStart = false, discourseStart = false, conjunctionStart = false, lowerStart = false;
        int firstWord = -1, hashed = 0, superlativeForms = 0, regularPasts = 0;
        Span<int> counts = stackalloc int[32]; // words by set, indexed by the set's bit
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var chars = text.AsSpan(t.Start, t.Length);
            switch (t.Kind)
            {
                case TokenKind.Number:
                    numbers++;
                    bool isYear = IsYear(chars);
                    if (isYear) year = true;
                    if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Chars(text) is "%") percent = true;
                    if (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && IsCurrency(tokens[i - 1].Chars(text))) money = true;
                    Keep(hashes, ref hashed, isYear ? YearToken : NumberToken);
                    continue;
                case TokenKind.Symbol:
                    // (Every symbol that counts is one character.)
                    if (chars.Length != 1) continue;
                    switch (chars[0])
                    {
                        case '%':
                            percent = true;
                            Keep(hashes, ref hashed, PercentHash);
                            break;
                        case '$':
                            money = true;
                            Keep(hashes, ref hashed, DollarHash);
                            break;
                        case '€' or '£' or '¥':
                            money = true;
                            break;
                    }
                    continue;
                case TokenKind.Punctuation:
                    if (chars.Length == 1)
                    {
                        if (chars[0] == '?')
                        {
                            question++;
                            Keep(hashes, ref hashed, QuestionToken);
                        }
                        else if (chars[0] == '!') exclamation++;
                        continue;
                    }
                    if (chars.Contains('?')) question++;
                    if (chars.Contains('!')) exclamation++;
                    continue;
                case TokenKind.Dash:
                    dashes++;
                    continue;
                case TokenKind.Ellipsis:
                    ellipsis++;
                    continue;
                case TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Clitic:
                    break;
                default:
                    continue;
            }
            if (t.Kind != TokenKind.Clitic)
            {
                words++;
                wordChars += chars.Length;
            }
            // The lower-case hash of an ASCII word in one pass over its characters (a word with other characters the long way).
            uint h = HashWord(chars, out bool ascii);
            if (!ascii) h = HashLower(chars);
            // (Most words are in no list: a document's word classes say so without a lookup.)
            var listed = (document is null || document.InCheckWorthinessListAt(firstToken + i)) && sets.TryGetValue(chars, out var found)
                ? found : WordSets.None;
            Keep(hashes, ref hashed, h);
            if (firstWord < 0)
            {
                firstWord = i;
                questionStart = (listed & WordSets.QuestionWords) != 0;
                discourseStart = (listed & WordSets.Discourse) != 0;
                conjunctionStart = (listed & WordSets.Conjunctions) != 0;
                lowerStart = IsLower(chars[0]);
            }
            else if (IsUpper(chars[0]) && !(chars.Length == 1 && chars[0] == 'I')) caps++;
            // Forms the lists do not hold (superlatives, regular pasts) count with the listed words, once a word.
            if ((listed & WordSets.Superlatives) == 0 && chars.Length > 5 && IsSuperlativeForm(chars)) superlativeForms++;
            if ((listed & WordSets.PastIrregular) == 0 && chars.Length > 4 && EndsWithEd(chars)) regularPasts++;
            // One step per set the word is in (most words are in none) instead of a test per set.
            for (uint bits = (uint)listed; bits != 0; bits &= bits - 1) counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
        }
        than = Count(counts, WordSets.Than) > 0;
        ever = Count(counts, WordSets.Ever) > 0;
        percent |= Count(counts, WordSets.PercentWord) > 0;
        scale = Count(counts, WordSets.Scale) > 0;
        numberWords = Count(counts, WordSets.NumberWords) > 0;
        money |= Count(counts, WordSets.Money) > 0;
        comparative = Count(counts, WordSets.Comparatives);
        superlative = Count(counts, WordSets.Superlatives) + superlativeForms;
        past = Count(counts, WordSets.PastIrregular) + regularPasts;
        perfect = Count(counts, WordSets.Perfect);
        modal = Count(counts, WordSets.Modals);
        future = Count(counts, WordSets.Future);
        said = Count(counts, WordSets.Said);
        present3 = Count(counts, WordSets.Present3);
        pi = Count(counts, WordSets.I);
        pwe = Count(counts, WordSets.We);
        pyou = Count(counts, WordSets.You);
        pthird = Count(counts, WordSets.Third);
        claim = Count(counts, WordSets.ClaimCues);
        smallTalk = Count(counts, WordSets.SmallTalk);
        opinion = Count(counts, WordSets.Opinion);
        negation = Count(counts, WordSets.Negation);

        f[0] = Math.Min(1f, MathF.Log(1 + words) / 5f);
        f[1] = words < 5 ? 1 : 0;
        f[2] = words > 25 ? 1 : 0;
        f[3] = Math.Min(numbers, 5) / 5f;
        f[4] = numbers > 0 || numberWords || scale ? 1 : 0;
        f[5] = percent ? 1 : 0;
        f[6] = money ? 1 : 0;
        f[7] = year ? 1 : 0;
        f[8] = scale ? 1 : 0;
        f[9] = numberWords ? 1 : 0;
        f[10] = words == 0 ? 0 : Math.Min(1f, 5f * numbers / words);
        f[11] = Math.Min(caps, 5) / 5f;
        f[12] = caps > 0 ? 1 : 0;
        f[13] = Math.Min(comparative, 3) / 3f;
        f[14] = Math.Min(superlative, 3) / 3f;
        f[15] = than ? 1 : 0;
        f[16] = ever ? 1 : 0;
        f[17] = Math.Min(past, 4) / 4f;
        f[18] = Math.Min(perfect, 3) / 3f;
        f[19] = Math.Min(modal, 3) / 3f;
        f[20] = Math.Min(future, 3) / 3f;
        f[21] = Math.Min(said, 2) / 2f;
        f[22] = Math.Min(present3, 3) / 3f;
        f[23] = Math.Min(pi, 3) / 3f;
        f[24] = Math.Min(pwe, 3) / 3f;
        f[25] = Math.Min(pyou, 3) / 3f;
        f[26] = Math.Min(pthird, 3) / 3f;
        f[27] = question > 0 ? 1 : 0;
        f[28] = exclamation > 0 ? 1 : 0;
        f[29] = dashes > 0 ? 1 : 0;
        f[30] = ellipsis > 0 ? 1 : 0;
        f[31] = claim > 0 ? 1 : 0;
        f[32] = Math.Min(claim, 5) / 5f;
        f[33] = Math.Min(smallTalk, 3) / 3f;
        f[34] = Math.Min(opinion, 3) / 3f;
        f[35] = Math.Min(negation, 3) / 3f;
        f[36] = questionStart ? 1 : 0;
        f[37] = discourseStart ? 1 : 0;
        f[38] = conjunctionStart ? 1 : 0;
        f[39] = lowerStart ? 1 : 0;
        f[40] = words == 0 ? 0 : Math.Min(1f, wordChars / (float)words / 10f);
        return hashed;
    }

    private static int Count(ReadOnlySpan<int> counts, WordSets set) => counts[System.Numerics.BitOperations.TrailingZeroCount((uint)set)];

    private static bool IsCurrency(ReadOnlySpan<char> s) => s is "$" or "€" or "£" or "¥";

    private static bool IsYear(ReadOnlySpan<char> s)
    {
        if (s.Length == 5 && s[4] == 's') s = s[..4]; // 1990s
        if (s.Length == 3 && s[2] == 's' && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1])) return true; // 90s
        return s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2099;
    }

    // (Scan tests the length first: most words are too short, and the test is inlined where a call is not.)
    private static bool IsSuperlativeForm(ReadOnlySpan<char> w) =>
        w.Length > 5 && EndsWithEst(w) && !s_notSuperlative.Contains(w);

    // The character tests of char.IsUpper and char.IsLower with an ASCII letter (most first characters) decided inline.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    // "-est" ignoring case: three ASCII letters tested directly, anything else as the ordinal comparison says.
    private static bool EndsWithEst(ReadOnlySpan<char> w)
    {
        char e = w[^3], s = w[^2], t = w[^1];
        return (e | s | t) < 128 ? (e | 0x20) == 'e' && (s | 0x20) == 's' && (t | 0x20) == 't' : w.EndsWith("est", StringComparison.OrdinalIgnoreCase);
    }

    // "-ed" ignoring case: two ASCII letters tested directly, anything else as the ordinal comparison says.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool EndsWithEd(ReadOnlySpan<char> w)
    {
        char e = w[^2], d = w[^1];
        return e < 128 && d < 128 ? (e | 0x20) == 'e' && (d | 0x20) == 'd' : w.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    // Signed feature hashing of the lower-cased words (numbers folded to their shape) and their bigrams.
    private static void EmitHashed<TSink>(scoped ReadOnlySpan<uint> hashes, CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        int offset = s_names.Length;
        uint mask = (1u << settings.HashBits) - 1;
        uint previous = Start;
        foreach (uint h in hashes)
        {
            Emit(ref sink, Mix(h), mask, offset);
            if (settings.Bigrams) Emit(ref sink, Mix(previous * 0x9E3779B1u ^ (h + 0x7F4A7C15u)), mask, offset);
            previous = h;
        }
        if (settings.Bigrams && previous != Start) Emit(ref sink, Mix(previous * 0x9E3779B1u ^ End), mask, offset);
    }

    // The same from the tokens, for a sentence with more hashed tokens than Compute keeps.
    private static void ComputeHashed<TSink>(string text, ReadOnlySpan<Token> tokens, CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        int offset = s_names.Length;
        uint mask = (1u << settings.HashBits) - 1;
        uint previous = Start;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            uint h;
            switch (t.Kind)
            {
                case TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Clitic:
                    h = HashLower(t.Chars(text));
                    break;
                case TokenKind.Number:
                    h = IsYear(t.Chars(text)) ? YearToken : NumberToken;
                    break;
                case TokenKind.Symbol when t.Chars(text) is "%" or "$":
                    h = HashLower(t.Chars(text));
                    break;
                case TokenKind.Punctuation when t.Chars(text) is "?":
                    h = QuestionToken;
                    break;
                default:
                    continue;
            }
            Emit(ref sink, Mix(h), mask, offset);
            if (settings.Bigrams) Emit(ref sink, Mix(previous * 0x9E3779B1u ^ (h + 0x7F4A7C15u)), mask, offset);
            previous = h;
        }
        if (settings.Bigrams && previous != Start) Emit(ref sink, Mix(previous * 0x9E3779B1u ^ End), mask, offset);
    }

    // The hashes of the two symbols hashed as words.
    private static readonly uint PercentHash = HashLower("%"), DollarHash = HashLower("$");

    private const uint Start = 0x5EED0001u, End = 0x5EED0002u, NumberToken = 0x5EED0003u, YearToken = 0x5EED0004u, QuestionToken = 0x5EED0005u;

    private static void Emit<TSink>(ref TSink sink, uint mixed, uint mask, int offset)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct =>
        sink.Add(offset + (int)(mixed & mask), (mixed & 0x80000000u) != 0 ? -1f : 1f);

    // FNV-1a over the characters with ASCII letters lower-cased; ascii says whether all of them were ASCII (then this is
    // HashLower's hash, made without the culture's case tables).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint HashWord(ReadOnlySpan<char> word, out bool ascii)
    {
        uint h = 2166136261u, seen = 0;
        foreach (char c in word)
        {
            seen |= c;
            h = (h ^ ((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20u : c)) * 16777619u;
        }
        ascii = seen <= 0x7F;
        return h;
    }

    // FNV-1a over the lower-cased UTF-16 code units.
    private static uint HashLower(ReadOnlySpan<char> s)
    {
        uint h = 2166136261u;
        foreach (char c in s)
        {
            char l = c == '’' ? '\'' : char.ToLowerInvariant(c);
            h = (h ^ l) * 16777619u;
        }
        return h;
    }

    // Murmur3's finalizer: spreads every input bit over the bucket and the sign bit.
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
