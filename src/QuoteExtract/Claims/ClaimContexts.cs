using QuoteExtract.Attribution;
using QuoteExtract.Text;

namespace QuoteExtract.Claims;

/// <summary>
/// The check-worthiness contexts of a document's claims, read as a transcript is: each sentence has a speaker (the one an
/// attribution of speech gives its words to, else the article itself), a turn is a run of sentences by one speaker, and a
/// claim's context is the sentence before its own and its turn. Made once a document on first use (a speaker, a turn and a
/// count of sentences with numbers a sentence; a sentence's summary the first time it is the one before a claim), so a
/// claim costs a few steps whatever order claims come in. Holds rented arrays: dispose after use.
/// </summary>
internal sealed class ClaimContexts(Document doc) : IDisposable
{
    private const int Article = -1;

    private readonly Document _doc = doc;
    private int[]? _turnStart, _turnEnd; // the first sentence of each sentence's turn, and the one after its last
    private int[]? _numbersBefore;       // sentences holding a number before sentence i
    private SentenceSummary[]? _summaries;
    private bool[]? _summarised;
    private bool _disposed;

    /// <summary>The context of the claim starting at token <paramref name="token"/>.</summary>
    public CheckWorthinessContext Of(int token)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var sentences = _doc.Sentences;
        int s = _doc.SentenceOfToken(token);
        if (s < 0) return CheckWorthinessContext.Alone;
        if (_turnStart is null) Build();
        int first = _turnStart![s], end = _turnEnd![s];
        var numbers = _numbersBefore!;
        SentenceSummary? previous = null;
        if (s > 0)
        {
            // "Prices rose 5 percent in May." then a quote on it: the sentence before, summarised once.
            if (!_summarised![s - 1])
            {
                _summaries![s - 1] = CheckWorthinessFeatures.Summarize(_doc, sentences[s - 1].FirstToken, sentences[s - 1].EndToken);
                _summarised[s - 1] = true;
            }
            previous = _summaries![s - 1];
        }
        return new CheckWorthinessContext(previous, s - first, end - first,
            CheckWorthinessContext.ShareOfOthers(numbers[end] - numbers[first], numbers[s + 1] > numbers[s], end - first));
    }

    // Each sentence's speaker, its turn, and the sentences with numbers before it.
    private void Build()
    {
        var sentences = _doc.Sentences;
        var tokens = _doc.Tokens;
        int n = sentences.Length;
        var speaker = ScratchArray.Rent<int>(n);
        try
        {
            speaker.AsSpan(0, n).Fill(Article);
            // "Lee said the bank would act. She added …": the sentences an attribution of speech gives to someone are theirs
            // (an unresolved speaker is one of its own, as a new voice in a transcript would be).
            var attributions = _doc.Attributions;
            for (int ai = 0; ai < attributions.Count; ai++)
            {
                var a = attributions[ai];
                if (a.Type != AttributionType.Speech) continue;
                int firstToken = _doc.TokenAtOrAfter(a.Content.Start), endToken = _doc.TokenAtOrAfter(a.Content.End);
                if (firstToken >= endToken) continue;
                int who = a.Entity >= 0 ? a.Entity : -2 - ai;
                for (int s = _doc.SentenceOfToken(firstToken), last = _doc.SentenceOfToken(endToken - 1); s >= 0 && s <= last; s++) speaker[s] = who;
            }
            _turnStart = ScratchArray.Rent<int>(n);
            _turnEnd = ScratchArray.Rent<int>(n);
            for (int s = 0; s < n;)
            {
                int end = s + 1;
                while (end < n && speaker[end] == speaker[s]) end++;
                for (int k = s; k < end; k++) { _turnStart[k] = s; _turnEnd[k] = end; }
                s = end;
            }
        }
        finally
        {
            ScratchArray.Return(speaker);
        }
        var before = _numbersBefore = ScratchArray.Rent<int>(n + 1);
        before[0] = 0;
        for (int s = 0; s < n; s++)
        {
            bool number = false;
            for (int i = sentences[s].FirstToken; i < sentences[s].EndToken && !number; i++) number = tokens[i].Kind == TokenKind.Number;
            before[s + 1] = before[s] + (number ? 1 : 0);
        }
        _summaries = ScratchArray.Rent<SentenceSummary>(n);
        _summarised = ScratchArray.Rent<bool>(n);
        Array.Clear(_summarised, 0, n);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_turnStart is { } a) ScratchArray.Return(a);
        if (_turnEnd is { } b) ScratchArray.Return(b);
        if (_numbersBefore is { } c) ScratchArray.Return(c);
        if (_summaries is { } d) ScratchArray.Return(d);
        if (_summarised is { } e) ScratchArray.Return(e);
        _turnStart = _turnEnd = _numbersBefore = null;
        _summaries = null;
        _summarised = null;
    }
}
