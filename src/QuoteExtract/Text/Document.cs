namespace QuoteExtract.Text;

/// <summary>
/// The text being processed and everything the stages have found in it so far. Each stage reads
/// what earlier stages wrote and adds its own layer; nothing is ever a copy of the text, only spans into it.
/// A document belongs to one extraction call: it is not shared between threads.
/// </summary>
public sealed class Document
{
    /// <summary>Wraps <paramref name="text"/> for processing.</summary>
    internal Document(string text, ExtractorOptions options) : this(text, options, pooledLayers: false)
    {
    }

    /// <summary>Wraps <paramref name="text"/>; with <paramref name="pooledLayers"/> (a document only the extraction sees) its
    /// per-token arrays are rented and go back to the pool in <see cref="ReleaseTextLayers"/>.</summary>
    internal Document(string text, ExtractorOptions options, bool pooledLayers)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Layers = new DocumentLayers(pooledLayers);
    }

    /// <summary>Where the per-token arrays come from (rented for a document only the extraction sees).</summary>
    internal DocumentLayers Layers { get; }

    /// <summary>The original text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The options the extractor was built with.</summary>
    public ExtractorOptions Options { get; }

    // The layers are read-only to everyone but the text stage: a custom stage reads them as spans (no copy) and adds its
    // findings to the lists below; the stages of the library read the arrays.

    /// <summary>Paragraphs, in text order (text stage).</summary>
    public ReadOnlySpan<Paragraph> Paragraphs => ParagraphArray;

    internal Paragraph[] ParagraphArray { get; set; } = [];

    /// <summary>Tokens, in text order (text stage).</summary>
    public ReadOnlySpan<Token> Tokens => new(_tokens, 0, _tokenCount);

    /// <summary>
    /// Sets the tokens: the first <paramref name="count"/> items of <paramref name="tokens"/>, an array from
    /// <see cref="Layers"/> the document now owns. Drops (and gives back) what was derived from the old ones.
    /// </summary>
    internal void SetTokens(Token[] tokens, int count)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, tokens.Length);
        Layers.Return(_tokens);
        Layers.Return(_lexical);
        Layers.Return(_tokenBlocks);
        _tokens = tokens;
        _tokenCount = count;
        _lexical = null;
        _tokenBlocks = null;
        CueCache?.Release();
        CueCache = null;
    }

    private Token[] _tokens = [];
    private int _tokenCount;

    /// <summary>Quoted stretches, ordered by opening mark (text stage); two marks with nothing between them ("") are none.</summary>
    public ReadOnlySpan<QuotedSpan> Quotes => QuoteArray;

    internal QuotedSpan[] QuoteArray { get; set; } = [];

    /// <summary>Sentences, in text order; none crosses a paragraph break (text stage).</summary>
    public ReadOnlySpan<Sentence> Sentences => new(_sentences, 0, _sentenceCount);

    /// <summary>Sets the sentences: the first <paramref name="count"/> of <paramref name="sentences"/>, an array from
    /// <see cref="Layers"/> the document now owns (the old one goes back).</summary>
    internal void SetSentences(Sentence[] sentences, int count)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, sentences.Length);
        Layers.Return(_sentences);
        _sentences = sentences;
        _sentenceCount = count;
    }

    private Sentence[] _sentences = [];
    private int _sentenceCount;

    /// <summary>For each paragraph, whether it is publisher boilerplate (donation appeals, credits, "Read more").</summary>
    public ReadOnlySpan<bool> BoilerplateParagraphs => BoilerplateArray;

    internal bool[] BoilerplateArray { get; set; } = [];

    /// <summary>Quotes found so far (attribution stages), in the order found; sorted by the result builder.</summary>
    public List<Attribution.QuoteAttribution> Attributions { get; } = [];

    /// <summary>Speaker entities (speaker stage).</summary>
    public List<Attribution.SpeakerEntity> Entities { get; } = [];

    // Word classes, cue-form id and check-worthiness list bit of every token in one word (Lexicon.WordClassTable.Packed):
    // four bytes a token instead of more in several arrays (a document of "a" "b" holds three tokens per four characters).
    private uint[]? _lexical;

    /// <summary>For each token, the closed word classes it belongs to (computed once, on first use).</summary>
    internal TokenWordClasses WordClasses
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => new(_lexical ?? ComputeLexicalLayer(), _tokenCount);
    }

    // (Out of line, so the accessors inline to a load and a test.)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private uint[] ComputeLexicalLayer() => _lexical = ComputeLexical();

    /// <summary>The word classes of each token: a view of the packed lexical layer.</summary>
    internal readonly struct TokenWordClasses(uint[] lexical, int length)
    {
        public Lexicon.WordClass this[int i]
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get => (Lexicon.WordClass)(ushort)lexical[(uint)i < (uint)length ? i : throw new IndexOutOfRangeException()];
        }

        public int Length => length;
    }

    // Word classes, cue-form ids and list bits of every token, from one lookup per word in the options' lexicon.
    private uint[] ComputeLexical()
    {
        var tokens = Tokens;
        var lexicon = Options.Lexicon.Classes;
        var lexical = Layers.Make<uint>(tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            lexical[i] = 0; // (a rented array holds an earlier document's)
            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Clitic)) continue;
            var chars = Text.AsSpan(t.Start, t.Length);
            uint packed = lexicon.Packed(chars);
            if (chars.Length > 0 && char.IsUpper(chars[0])) packed |= (uint)Lexicon.WordClass.Capitalized;
            lexical[i] = packed;
        }
        return lexical;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> may cue a report: a cue form with an entry (<see cref="Lexicon.WordClass.MayCue"/>),
    /// read from the word classes without asking the cue forms' table.
    /// </summary>
    internal bool MayBeCueAt(int i) => (WordClasses[i] & Lexicon.WordClass.MayCue) != 0;

    /// <summary>The <see cref="Lexicon.CueForms"/> id of token <paramref name="i"/>, or -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int CueFormIdAt(int i) =>
        (uint)i < (uint)_tokenCount ? Lexicon.WordClassTable.CueIdOf((_lexical ?? ComputeLexicalLayer())[i]) : throw new IndexOutOfRangeException();

    /// <summary>
    /// Whether a list of the check-worthiness features holds token <paramref name="i"/>
    /// (<see cref="Lexicon.CheckWorthinessLists"/>, ignoring case).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool InCheckWorthinessListAt(int i) =>
        (uint)i < (uint)_tokenCount ? ((_lexical ?? ComputeLexicalLayer())[i] & Lexicon.WordClassTable.CheckWorthinessListed) != 0 : throw new IndexOutOfRangeException();

    // Cue lookups, filled on demand by the attribution rules: a byte a token (Attribution/CueCache.cs).
    internal Attribution.CueCache? CueCache { get; set; }

    /// <summary>Claims (claim stage).</summary>
    /// <remarks>Made on first read from the claims the stage stored as values (<see cref="ClaimEntries"/>): the pipeline's own
    /// result builder reads those and never makes the list.</remarks>
    public List<Claims.ClaimCandidate> Claims => _claims ??= TakeClaimEntries();

    private List<Claims.ClaimCandidate>? _claims;
    private Claims.ClaimEntry[] _claimEntries = [];
    private int _claimEntryCount;

    /// <summary>The claims as values: the stored ones, or once <see cref="Claims"/> was read, a copy of that list.</summary>
    internal ReadOnlySpan<Claims.ClaimEntry> ClaimEntries
    {
        get
        {
            if (_claims is null) return new(_claimEntries, 0, _claimEntryCount);
            var copy = new Claims.ClaimEntry[_claims.Count];
            for (int i = 0; i < copy.Length; i++) copy[i] = QuoteExtract.Claims.ClaimEntry.Of(_claims[i]);
            return copy;
        }
    }

    /// <summary>Adds <paramref name="claims"/>, kept as values until <see cref="Claims"/> is read (then to that list).</summary>
    internal void AddClaims(ReadOnlySpan<Claims.ClaimEntry> claims)
    {
        if (_claims is { } list)
        {
            list.Capacity = list.Count + claims.Length;
            foreach (var c in claims) list.Add(c.ToCandidate());
            return;
        }
        if (_claimEntryCount + claims.Length > _claimEntries.Length)
        {
            var bigger = Layers.Make<Claims.ClaimEntry>(_claimEntryCount + claims.Length);
            _claimEntries.AsSpan(0, _claimEntryCount).CopyTo(bigger);
            Layers.Return(_claimEntries);
            _claimEntries = bigger;
        }
        claims.CopyTo(_claimEntries.AsSpan(_claimEntryCount));
        _claimEntryCount += claims.Length;
    }

    /// <summary>The public list of <see cref="Claims"/> when it was made (read), else null.</summary>
    internal List<Claims.ClaimCandidate>? ClaimListIfMade => _claims;

    /// <summary>The stored claims, to reorder in place (empty once <see cref="Claims"/> was read: the list holds them then).</summary>
    internal Span<Claims.ClaimEntry> StoredClaims => new(_claimEntries, 0, _claimEntryCount);

    /// <summary>Gives the stored claims' array back (a document only the extraction sees, once its result is made).</summary>
    internal void ReleaseClaimEntries()
    {
        Layers.Return(_claimEntries);
        _claimEntries = [];
        _claimEntryCount = 0;
    }

    private List<Claims.ClaimCandidate> TakeClaimEntries()
    {
        var list = new List<Claims.ClaimCandidate>(_claimEntryCount);
        foreach (var c in StoredClaims) list.Add(c.ToCandidate());
        ReleaseClaimEntries();
        return list;
    }

    /// <summary>
    /// Drops what only the attribution rules read (the per-token cue lookups) once they are done; they are filled again
    /// on demand if anything asks later.
    /// </summary>
    internal void ReleaseAttributionScratch()
    {
        CueCache?.Release();
        CueCache = null;
    }

    /// <summary>
    /// Drops the tokens, sentences and quoted spans and all derived from them, once the stages are done and only the
    /// attributions, entities and claims are read (by the result builder, for a document nobody else sees); rented
    /// arrays go back to the pool.
    /// </summary>
    internal void ReleaseTextLayers()
    {
        SetTokens([], 0);
        SetSentences([], 0);
        QuoteArray = [];
    }

    /// <summary>Index of the token that contains or starts after <paramref name="offset"/> (Tokens.Length if none).</summary>
    public int TokenAtOrAfter(int offset)
    {
        var tokens = _tokens;
        int count = _tokenCount;
        // The rules ask about the same few places again and again: the last answer first.
        int k = _lastTokenAtOrAfter;
        if ((uint)k < (uint)count)
        {
            if (tokens[k].End > offset) { if (k == 0 || tokens[k - 1].End <= offset) return k; }
            else if (k + 1 < count && tokens[k + 1].End > offset) return _lastTokenAtOrAfter = k + 1;
        }
        // A coarse index narrows the search to the tokens of one block of 16 characters (64 in a long text: 4 bytes a
        // block is a quarter byte a character at 16, which a 16 MiB input's peak can do without).
        var blocks = _tokenBlocks ??= BuildTokenBlocks(Tokens);
        int lo = 0, hi = count;
        int b = offset >> BlockBits;
        if (offset >= 0 && b + 1 < TokenBlockCount)
        {
            lo = blocks[b];
            hi = blocks[b + 1];
        }
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        _lastTokenAtOrAfter = lo;
        return lo;
    }

    // The last answers of the lookups by position (checked before they are used, so never stale).
    private int _lastTokenAtOrAfter, _lastSentence, _lastParagraph;

    private int BlockBits => Text.Length <= 1 << 20 ? 4 : 6;
    private int[]? _tokenBlocks;

    private int TokenBlockCount => (Text.Length >> BlockBits) + 2;

    // For each block of characters, the first token ending after the block's start (the answer for any
    // offset in block b lies between entries b and b + 1).
    private int[] BuildTokenBlocks(ReadOnlySpan<Token> tokens)
    {
        int count = TokenBlockCount, bits = BlockBits;
        var blocks = Layers.Make<int>(count);
        int k = 0;
        for (int b = 0; b < count; b++)
        {
            int start = b << bits;
            while (k < tokens.Length && tokens[k].End <= start) k++;
            blocks[b] = k;
        }
        return blocks;
    }

    /// <summary>Index of the first quoted span whose opening mark starts at or after <paramref name="offset"/>.</summary>
    public int QuoteAtOrAfter(int offset)
    {
        int lo = 0, hi = Quotes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Quotes[mid].Open.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// True when <paramref name="offset"/> lies in the content of a quoted span (at any depth). Looks back over at most
    /// eight spans opened before it: bounded work whatever the document.
    /// </summary>
    internal bool IsInQuoteMarks(int offset)
    {
        int q = QuoteAtOrAfter(offset + 1) - 1;
        for (int steps = 0; q >= 0 && steps < 8; q--, steps++)
            if (Quotes[q].Content.Contains(offset)) return true;
        return false;
    }

    /// <summary>Index of the sentence holding token <paramref name="token"/>, or -1.</summary>
    public int SentenceOfToken(int token)
    {
        var sentences = _sentences;
        int count = _sentenceCount;
        // Callers walk the tokens in order: the last answer or the next sentence first.
        int last = _lastSentence;
        if ((uint)last < (uint)count && token >= sentences[last].FirstToken)
        {
            if (token < sentences[last].EndToken) return last;
            if (last + 1 < count && token >= sentences[last + 1].FirstToken && token < sentences[last + 1].EndToken) return _lastSentence = last + 1;
        }
        int lo = 0, hi = count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.EndToken) lo = mid + 1;
            else return _lastSentence = mid;
        }
        return -1;
    }

    /// <summary>Index of the paragraph holding <paramref name="offset"/>, or -1.</summary>
    public int ParagraphAt(int offset)
    {
        var paragraphs = ParagraphArray;
        int last = _lastParagraph;
        if ((uint)last < (uint)paragraphs.Length && offset >= paragraphs[last].Span.Start)
        {
            if (offset < paragraphs[last].Span.End) return last;
            if (last + 1 < paragraphs.Length && offset >= paragraphs[last + 1].Span.Start && offset < paragraphs[last + 1].Span.End) return _lastParagraph = last + 1;
        }
        int lo = 0, hi = paragraphs.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = paragraphs[mid].Span;
            if (offset < p.Start) hi = mid - 1;
            else if (offset >= p.End) lo = mid + 1;
            else return _lastParagraph = mid;
        }
        return -1;
    }

    /// <summary>
    /// True when a paragraph break lies between tokens <paramref name="a"/> and <paramref name="b"/> (a before b). A line
    /// break inside a hard-wrapped paragraph is none ("budget chief Tom\nBerg"); without paragraphs, any line break is one.
    /// </summary>
    internal bool ParagraphBreakBetween(int a, int b)
    {
        var gap = Text.AsSpan(Tokens[a].End, Tokens[b].Start - Tokens[a].End);
        if (gap.IndexOfAny(s_breaks) < 0) return false;
        return Paragraphs.Length == 0 || ParagraphAt(Tokens[a].Start) != ParagraphAt(Tokens[b].Start);
    }

    private static readonly System.Buffers.SearchValues<char> s_breaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");

    /// <summary>True when the paragraph holding <paramref name="offset"/> is boilerplate.</summary>
    public bool IsBoilerplate(int offset)
    {
        int p = ParagraphAt(offset);
        return p >= 0 && p < BoilerplateParagraphs.Length && BoilerplateParagraphs[p];
    }

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Chars(Text);
}
