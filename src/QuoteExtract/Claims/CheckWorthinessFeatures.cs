using System.Globalization;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Claims;

/// <summary>Receives the features of a sentence, one (index, value) pair at a time; an index may come more than once (the values add).</summary>
internal interface ICheckWorthinessFeatureSink
{
    /// <summary>Adds <paramref name="value"/> to feature <paramref name="index"/>.</summary>
    void Add(int index, float value);
}

/// <summary>How the check-worthiness features are made; stored in the model file.</summary>
/// <param name="HashBits">The hashed n-grams fall into <c>2^HashBits</c> buckets (8..20).</param>
/// <param name="Bigrams">Whether word bigrams are hashed besides unigrams.</param>
/// <param name="Dense">Whether the dense (hand-made) features of the sentence are used.</param>
/// <param name="Context">Whether the features of the sentence's context are used (the sentence before, the speaker's turn).</param>
/// <param name="Ngrams">Whether hashed word n-grams are used at all (false: no word unigrams or bigrams).</param>
/// <param name="CharNgrams">Whether the character 3- to 5-grams of each lower-cased word (with its edges) are hashed too.</param>
internal readonly record struct CheckWorthinessFeatureSettings(int HashBits, bool Bigrams, bool Dense, bool Context = false, bool Ngrams = true,
    bool CharNgrams = false)
{
    /// <summary>Length of the feature vector: the dense features (sentence, then context) then the hash buckets.</summary>
    public int VectorLength => CheckWorthinessFeatures.DenseCount + (1 << HashBits);
}

/// <summary>What a sentence's neighbours say about it (<see cref="CheckWorthinessContext"/>): a few facts of a sentence.</summary>
/// <param name="Words">Its words.</param>
/// <param name="Question">Whether it asks (a question mark).</param>
/// <param name="Number">Whether it holds a number written in digits.</param>
/// <param name="Topics">Its words of the topic lists (economy, law, records, change, harm, institutions).</param>
/// <param name="SmallTalk">Its words of small talk and ceremony.</param>
internal readonly record struct SentenceSummary(int Words, bool Question, bool Number, int Topics, int SmallTalk);

/// <summary>
/// Where a sentence stands: the sentence before it (null for the first) and the speaker's turn it belongs to (in a
/// transcript the run of lines by one speaker; in an article the run of sentences given to one speaker, the article's own
/// voice being a speaker too: <see cref="ClaimContexts"/>). <see cref="Alone"/> is a sentence read by itself; the default
/// value (no turn) sends no context feature at all.
/// </summary>
/// <param name="Previous">The sentence before, or null.</param>
/// <param name="TurnIndex">The sentence's place in its turn, from 0.</param>
/// <param name="TurnLength">The turn's sentences (0: no context known).</param>
/// <param name="TurnNumberShare">Of the turn's other sentences, the share holding a number (0 for a turn of one).</param>
internal readonly record struct CheckWorthinessContext(SentenceSummary? Previous, int TurnIndex, int TurnLength, float TurnNumberShare)
{
    /// <summary>
    /// A sentence read alone, as the model saw a transcript's first line: no sentence before, a turn of one.
    /// </summary>
    public static CheckWorthinessContext Alone => new(null, 0, 1, 0f);

    /// <summary>
    /// The contexts of a transcript's sentences: each line's previous line, and turns as runs of lines by one speaker
    /// ("HOLT: … / CLINTON: … / CLINTON: …": the last two are one turn of two).
    /// </summary>
    public static CheckWorthinessContext[] OfTranscript(IReadOnlyList<string> speakers, IReadOnlyList<SentenceSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        ArgumentNullException.ThrowIfNull(summaries);
        if (speakers.Count != summaries.Count) throw new ArgumentException("one speaker a sentence");
        var contexts = new CheckWorthinessContext[speakers.Count];
        for (int start = 0; start < speakers.Count;)
        {
            int end = start + 1;
            while (end < speakers.Count && string.Equals(speakers[end], speakers[start], StringComparison.Ordinal)) end++;
            int numbers = 0;
            for (int i = start; i < end; i++) if (summaries[i].Number) numbers++;
            for (int i = start; i < end; i++)
                contexts[i] = new(i > 0 ? summaries[i - 1] : null, i - start, end - start, ShareOfOthers(numbers, summaries[i].Number, end - start));
            start = end;
        }
        return contexts;
    }

    /// <summary>Of a turn of <paramref name="length"/> sentences, <paramref name="withNumber"/> holding a number, the share of the others.</summary>
    public static float ShareOfOthers(int withNumber, bool selfHasNumber, int length) =>
        length <= 1 ? 0f : (withNumber - (selfHasNumber ? 1 : 0)) / (float)(length - 1);
}

/// <summary>
/// The features the check-worthiness model sees for a sentence, computed from our own tokenizer and word classes.
/// Dense features of the sentence: numbers and quantities (percentages, money, years, scale and number words),
/// comparisons and superlatives, the topics claims are checked on (economy, laws and votes, records and history,
/// changes in amount, harm, institutions), names (capitalised runs the mention finder would take as names), tense and
/// modality, first-person promises, opinions and hedges, small talk, questions, length. Context features: the sentence
/// before (a question? numbers? topic words? small talk?) and the speaker's turn (how many of its other sentences hold
/// numbers). And signed hashed unigrams and bigrams of the lower-cased words (numbers folded to their
/// shape), which the trainer may leave out.
/// </summary>
/// <remarks>
/// The vector is <c>[dense..., context..., buckets...]</c>: index <c>i &lt; DenseCount</c> is named feature <c>i</c>,
/// index <c>DenseCount + b</c> is hash bucket <c>b</c>. Dense values are scaled to about 0..1 so that a linear model
/// needs no normalizer. Changing any feature here invalidates trained models (the model file lists the feature names,
/// and the loader refuses a mismatch). The lists are the English ones the model was trained on.
/// </remarks>
internal static class CheckWorthinessFeatures
{
    private static readonly string[] s_names =
    [
        "len.logWords", "len.short", "len.long",
        "num.count", "num.any", "num.percent", "num.money", "num.year", "num.scale", "num.words", "num.share",
        "cap.count", "cap.any", "name.runs", "name.any",
        "cmp.comparative", "cmp.superlative", "cmp.than", "cmp.ever",
        "topic.economy", "topic.law", "topic.record", "topic.change", "topic.harm", "topic.institutions", "topic.count",
        "verb.past", "verb.perfect", "verb.modal", "verb.future", "verb.said", "verb.present3",
        "pron.i", "pron.we", "pron.you", "pron.third",
        "cue.promise", "cue.opinion", "cue.hedge", "cue.smallTalk", "cue.negation",
        "punct.question", "punct.exclamation", "punct.dashes", "punct.ellipsis",
        "start.question", "start.discourse", "start.conjunction", "start.lower", "words.avgLength",
        // The context: the sentence before, then the speaker's turn.
        "ctx.prev.none", "ctx.prev.question", "ctx.prev.number", "ctx.prev.topic", "ctx.prev.short", "ctx.prev.smallTalk",
        "ctx.turn.numberShare",
    ];

    /// <summary>The features of the sentence itself (the rest are its context's).</summary>
    public const int SentenceCount = 50;

    /// <summary>Number of named (dense and context) features.</summary>
    public static int DenseCount => s_names.Length;

    /// <summary>The named feature names, in vector order (part of the model format).</summary>
    public static IReadOnlyList<string> DenseNames => s_names;

    // The English lists: the features the embedded model was trained on (each word's lists as one bit mask, a list's bit
    // being its index in CheckWorthinessLists.All).
    private static readonly WordSet s_notSuperlative = LanguageLexicon.English[WordList.CheckNotSuperlatives];

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
        SmallTalk = 1u << 14,
        Opinion = 1u << 15,
        Negation = 1u << 16,
        QuestionWords = 1u << 17,
        Discourse = 1u << 18,
        Conjunctions = 1u << 19,
        Than = 1u << 20,
        Ever = 1u << 21,
        PercentWord = 1u << 22,
        Present3 = 1u << 23,
        Economy = 1u << 24,
        Law = 1u << 25,
        Record = 1u << 26,
        Change = 1u << 27,
        Harm = 1u << 28,
        Institutions = 1u << 29,
        Hedges = 1u << 30,
        PromiseVerbs = 1u << 31,
        Topics = Economy | Law | Record | Change | Harm | Institutions,
    }

    // Every listed word's lists.
    private static readonly Lazy<System.Collections.Frozen.FrozenDictionary<string, WordSets>> s_listed = new(() =>
    {
        var d = new Dictionary<string, WordSets>(StringComparer.OrdinalIgnoreCase);
        for (int bit = 0; bit < CheckWorthinessLists.All.Length; bit++)
            foreach (var w in LanguageLexicon.English[CheckWorthinessLists.All[bit]].Words) d[w] = d.GetValueOrDefault(w) | (WordSets)(1u << bit);
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(d, StringComparer.OrdinalIgnoreCase);
    });

    // The same, found as any word table of the lexicon is: ASCII words (nearly all) in the compact ASCII table, any other in
    // the case-insensitive dictionary, so the answers are the dictionary's either way.
    private static readonly Lazy<AsciiLookup<WordSets>> s_sets = new(() => new(s_listed.Value));

    /// <summary>Computes the features of <paramref name="sentence"/> read alone (<see cref="CheckWorthinessContext.Alone"/>) into <paramref name="sink"/> (zeros are not sent).</summary>
    public static void Compute<TSink>(string sentence, CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var doc = Sentence(sentence);
        Compute(doc, 0, doc.Tokens.Length, CheckWorthinessContext.Alone, settings, ref sink);
    }

    /// <summary>A sentence read alone as a document of its own (the text stage run: tokens, sentences, word classes on demand).</summary>
    public static Document Sentence(string sentence)
    {
        var doc = new Document(sentence, ExtractorOptions.Default);
        s_textStage.Process(doc);
        return doc;
    }

    private static readonly TextStage s_textStage = new();

    /// <summary>What the context of another sentence takes from the sentence of tokens <paramref name="start"/>..<paramref name="end"/>.</summary>
    /// <remarks>(What <see cref="Scan"/> counts of these, read in a lighter pass: only the words the word classes mark as listed
    /// are looked up, nothing is hashed. A test holds the two to the same answers.)</remarks>
    public static SentenceSummary Summarize(Document document, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sets = s_sets.Value;
        string text = document.Text;
        var tokens = document.Tokens;
        int words = 0, topics = 0, smallTalk = 0;
        bool question = false, number = false;
        for (int i = start; i < end; i++)
        {
            var t = tokens[i];
            switch (t.Kind)
            {
                case TokenKind.Number:
                    number = true;
                    continue;
                case TokenKind.Punctuation:
                    question |= text.AsSpan(t.Start, t.Length).Contains('?');
                    continue;
                case TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial:
                    words++;
                    break;
                case TokenKind.Clitic:
                    break;
                default:
                    continue;
            }
            if (!document.InCheckWorthinessListAt(i) || !sets.TryGetValue(text.AsSpan(t.Start, t.Length), out var listed)) continue;
            topics += System.Numerics.BitOperations.PopCount((uint)(listed & WordSets.Topics));
            if ((listed & WordSets.SmallTalk) != 0) smallTalk++;
        }
        return new SentenceSummary(words, question, number, topics, smallTalk);
    }

    /// <summary>The summary as the full scan makes it (for the test that holds <see cref="Summarize"/> to it).</summary>
    internal static SentenceSummary SummarizeByScan(Document document, int start, int end)
    {
        Span<float> dense = stackalloc float[SentenceCount];
        var scan = Scan(document, start, end, dense, []);
        return new SentenceSummary(scan.Words, dense[Question] != 0, dense[NumberCount] != 0, scan.Topics, scan.SmallTalk);
    }

    // The hashes of a sentence's first tokens are kept on the stack; a longer sentence is hashed again after its dense
    // features (no buffer grows with the sentence).
    private const int KeptHashes = 128;

    // Indexes of named features that are read back.
    private const int NumberCount = 3, NumberAny = 4, Question = 41;

    /// <summary>
    /// Computes the features of the sentence made of tokens <paramref name="start"/> to <paramref name="end"/> (exclusive)
    /// of <paramref name="document"/>, standing in <paramref name="context"/>.
    /// </summary>
    public static void Compute<TSink>(Document document, int start, int end, in CheckWorthinessContext context,
        CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        ArgumentNullException.ThrowIfNull(document);
        if (settings.HashBits is < 8 or > 20) throw new ArgumentOutOfRangeException(nameof(settings), "HashBits must be 8..20.");
        // One pass over the tokens counts the dense features and hashes the tokens (a word is read and looked up once);
        // the features are then sent in vector order (dense, context, hashed).
        Span<uint> hashes = stackalloc uint[KeptHashes];
        Span<float> dense = stackalloc float[SentenceCount];
        var scan = Scan(document, start, end, dense, hashes);
        if (settings.Dense)
            for (int i = 0; i < dense.Length; i++)
                if (dense[i] != 0f) sink.Add(i, dense[i]);
        if (settings.Context && context.TurnLength > 0) AddContext(context, ref sink);
        if (settings.Ngrams)
        {
            if (scan.Hashed <= hashes.Length) EmitHashed(hashes[..scan.Hashed], settings, ref sink);
            else ComputeHashed(document.Text, document.Tokens[start..end], settings, ref sink);
        }
        if (settings.CharNgrams) EmitCharNgrams(document, start, end, settings, ref sink);
    }

    // "unemployment" → "<un", "une", …, "nt>", "<une", …: pieces of words that carry over to words never seen whole
    // ("unemployed", "employment"). A word's first 32 characters are read (no piece grows with a long token).
    private static void EmitCharNgrams<TSink>(Document document, int start, int end, CheckWorthinessFeatureSettings settings, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        int offset = s_names.Length;
        uint mask = (1u << settings.HashBits) - 1;
        var tokens = document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Clitic)) continue;
            var word = tokens[t].Chars(document.Text);
            if (word.Length > 32) word = word[..32];
            int length = word.Length + 2; // with the edges '<' and '>'
            for (int i = 0; i + 3 <= length; i++)
            {
                uint h = CharSeed;
                for (int n = 1; n <= 5 && i + n <= length; n++)
                {
                    int k = i + n - 1;
                    char c = k == 0 ? '<' : k == length - 1 ? '>' : word[k - 1] == '’' ? '\'' : char.ToLowerInvariant(word[k - 1]);
                    h = (h ^ c) * 16777619u;
                    if (n >= 3) Emit(ref sink, Mix(h + (uint)n * 0x9E3779B1u), mask, offset);
                }
            }
        }
    }

    private const uint CharSeed = 0x811C9DC5u ^ 0xC4A5u;

    // "And how many jobs did that create?" / "Over 200,000.": a sentence after a question, a sentence in a turn of figures.
    private static void AddContext<TSink>(in CheckWorthinessContext c, ref TSink sink)
        where TSink : ICheckWorthinessFeatureSink, allows ref struct
    {
        int k = SentenceCount;
        if (c.Previous is not { } p) sink.Add(k, 1f);
        else
        {
            if (p.Question) sink.Add(k + 1, 1f);
            if (p.Number) sink.Add(k + 2, 1f);
            if (p.Topics > 0) sink.Add(k + 3, 1f);
            if (p.Words < 5) sink.Add(k + 4, 1f);
            if (p.SmallTalk > 0) sink.Add(k + 5, 1f);
        }
        // (Where a sentence stands in its turn, and how long the turn is, say more about a debate's format than about the
        // sentence: a moderator's one-line turns. In news a one-sentence quote is ordinary, so those are not features.)
        if (c.TurnNumberShare > 0) sink.Add(k + 6, c.TurnNumberShare);
    }

    private static void Keep(Span<uint> hashes, ref int count, uint hash)
    {
        if (count < hashes.Length) hashes[count] = hash;
        count++;
    }

    private readonly record struct ScanResult(int Hashed, int Words, int Topics, int SmallTalk);

    // The dense features of tokens start..end into f, and the hash of every token that makes a hashed feature into hashes, in
    // order, as many as fit; returns how many tokens make hashed features, and what a summary needs.
    private static ScanResult Scan(Document document, int start, int end, Span<float> f, Span<uint> hashes)
    {
        var sets = s_sets.Value;
        string text = document.Text;
        var tokens = document.Tokens[start..end];
        int words = 0, numbers = 0, caps = 0, names = 0, question = 0, exclamation = 0, dashes = 0, ellipsis = 0, wordChars = 0;
        bool percent = false, money = false, year = false, promise = false;
        bool questionStart = false, discourseStart = false, conjunctionStart = false, lowerStart = false;
        int firstWord = -1, hashed = 0, superlativeForms = 0, regularPasts = 0, personAt = -10, previousName = -2;
        Span<int> counts = stackalloc int[32]; // words by list, indexed by the list's bit
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
            // (Most words are in no list: the document's word classes say so without a lookup.)
            var listed = document.InCheckWorthinessListAt(start + i) && sets.TryGetValue(chars, out var found) ? found : WordSets.None;
            Keep(hashes, ref hashed, h);
            if (firstWord < 0)
            {
                firstWord = i;
                questionStart = (listed & WordSets.QuestionWords) != 0;
                discourseStart = (listed & WordSets.Discourse) != 0;
                conjunctionStart = (listed & WordSets.Conjunctions) != 0;
                lowerStart = IsLower(chars[0]);
            }
            else if (IsUpper(chars[0]) && !(chars.Length == 1 && chars[0] == 'I'))
            {
                caps++;
                // "Finance Minister Ann Lee said": a run of name words, as the mention finder reads them, is one name
                // (the first word is left out: any word is capitalised there).
                if (document.IsNameWord(start + i))
                {
                    if (previousName != i - 1) names++;
                    previousName = i;
                }
            }
            // "We will cut taxes", "I'm going to": I or we, and within three tokens a word of the future or of promising.
            if ((listed & (WordSets.I | WordSets.We)) != 0 && !IsObjectPronoun(chars)) personAt = i;
            else if ((listed & WordSets.PromiseVerbs) != 0 && i - personAt <= 3) promise = true;
            // Forms the lists do not hold (superlatives, regular pasts) count with the listed words, once a word.
            if ((listed & WordSets.Superlatives) == 0 && chars.Length > 5 && IsSuperlativeForm(chars)) superlativeForms++;
            if ((listed & WordSets.PastIrregular) == 0 && chars.Length > 4 && EndsWithEd(chars)) regularPasts++;
            // One step per list the word is in (most words are in none) instead of a test per list.
            for (uint bits = (uint)listed; bits != 0; bits &= bits - 1) counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
        }
        bool scale = Count(counts, WordSets.Scale) > 0, numberWords = Count(counts, WordSets.NumberWords) > 0;
        percent |= Count(counts, WordSets.PercentWord) > 0;
        money |= Count(counts, WordSets.Money) > 0;
        int topics = Count(counts, WordSets.Economy) + Count(counts, WordSets.Law) + Count(counts, WordSets.Record)
            + Count(counts, WordSets.Change) + Count(counts, WordSets.Harm) + Count(counts, WordSets.Institutions);
        int smallTalk = Count(counts, WordSets.SmallTalk);

        f[0] = Math.Min(1f, MathF.Log(1 + words) / 5f);
        f[1] = words < 5 ? 1 : 0;
        f[2] = words > 25 ? 1 : 0;
        f[NumberCount] = Math.Min(numbers, 5) / 5f;
        f[NumberAny] = numbers > 0 || numberWords || scale ? 1 : 0;
        f[5] = percent ? 1 : 0;
        f[6] = money ? 1 : 0;
        f[7] = year ? 1 : 0;
        f[8] = scale ? 1 : 0;
        f[9] = numberWords ? 1 : 0;
        f[10] = words == 0 ? 0 : Math.Min(1f, 5f * numbers / words);
        f[11] = Math.Min(caps, 5) / 5f;
        f[12] = caps > 0 ? 1 : 0;
        f[13] = Math.Min(names, 4) / 4f;
        f[14] = names > 0 ? 1 : 0;
        f[16] = Math.Min(Count(counts, WordSets.Superlatives) + superlativeForms, 3) / 3f;
        f[17] = Count(counts, WordSets.Than) > 0 ? 1 : 0;
        f[18] = Count(counts, WordSets.Ever) > 0 ? 1 : 0;
        f[25] = Math.Min(topics, 6) / 6f;
        f[26] = Math.Min(Count(counts, WordSets.PastIrregular) + regularPasts, 4) / 4f;
        f[36] = promise ? 1 : 0;
        f[39] = Math.Min(smallTalk, 3) / 3f;
        f[Question] = question > 0 ? 1 : 0;
        f[42] = exclamation > 0 ? 1 : 0;
        f[43] = dashes > 0 ? 1 : 0;
        f[44] = ellipsis > 0 ? 1 : 0;
        f[45] = questionStart ? 1 : 0;
        f[46] = discourseStart ? 1 : 0;
        f[47] = conjunctionStart ? 1 : 0;
        f[48] = lowerStart ? 1 : 0;
        f[49] = words == 0 ? 0 : Math.Min(1f, wordChars / (float)words / 10f);
        foreach (var (feature, list, cap) in s_capped) f[feature] = Math.Min(Count(counts, list), cap) / (float)cap;
        return new ScanResult(hashed, words, topics, smallTalk);
    }

    // "me", "us", "my", "our": first person, but not the one who promises.
    private static bool IsObjectPronoun(ReadOnlySpan<char> w) =>
        w.Equals("me", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase)
        || w.Equals("my", StringComparison.OrdinalIgnoreCase) || w.Equals("our", StringComparison.OrdinalIgnoreCase);

    // Features that count a list's words, capped and scaled to 0..1: (feature, list, cap).
    private static readonly (int Feature, WordSets List, int Cap)[] s_capped =
        [(15, WordSets.Comparatives, 3), (19, WordSets.Economy, 3), (20, WordSets.Law, 3), (21, WordSets.Record, 3),
        (22, WordSets.Change, 3), (23, WordSets.Harm, 3), (24, WordSets.Institutions, 3), (27, WordSets.Perfect, 3),
        (28, WordSets.Modals, 3), (29, WordSets.Future, 3), (30, WordSets.Said, 2), (31, WordSets.Present3, 3),
        (32, WordSets.I, 3), (33, WordSets.We, 3), (34, WordSets.You, 3), (35, WordSets.Third, 3),
        (37, WordSets.Opinion, 3), (38, WordSets.Hedges, 3), (40, WordSets.Negation, 3)];

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
