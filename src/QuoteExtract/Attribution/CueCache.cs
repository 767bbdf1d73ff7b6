using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What <see cref="CueFinder.At"/> needs of one document beyond the token's word classes: which cue-form ids are the
/// idioms' words in its lexicon, and the codes of <see cref="CueFinder"/> found by reading a token's context (a
/// capitalised cue form, an idiom's word), kept so that the rules asking about the same token many times read it once.
/// A lower-case word or a word of no cue form is answered from its cue-form id alone and never stored. The attribution
/// stages share it through <see cref="Text.Document.CueCache"/>; the last of them releases it.
/// </summary>
internal sealed class CueCache
{
    // A code fits in four bits: two tokens a byte, in pages of 4,096 tokens made when one of their tokens is first stored
    // (0 is no code: not looked up yet). A byte for every token cost 16 MiB of `"a" "b"` 0.9 times its size at the peak.
    private const int PageShift = 12, PageTokens = 1 << PageShift, PageBytes = PageTokens / 2;
    private byte[]?[] _pages;
    private readonly int[] _seeIds;

    public CueCache(Document doc)
    {
        _pages = new byte[]?[(doc.Tokens.Length + PageTokens - 1) >> PageShift];
        var seeIds = CueFinder.SeeFormIds(doc.Words(WordList.SeeForms));
        IdiomsById = seeIds is not null && CueFinder.IdiomWordsHaveIds;
        _seeIds = seeIds ?? [];
    }

    /// <summary>
    /// Whether every word of the idioms is a cue form, so that a word is one of them exactly when its cue-form id is (both
    /// ignore case) and a word of no cue form is no cue.
    /// </summary>
    public bool IdiomsById { get; }

    /// <summary>Whether cue-form id <paramref name="id"/> is a form of "see" in the document's lexicon (with <see cref="IdiomsById"/>).</summary>
    public bool IsSeeForm(int id) => _seeIds.AsSpan().Contains(id);

    /// <summary>The stored code of token <paramref name="i"/> (in range), 0 when it was not looked up yet.</summary>
    public byte Stored(int i) =>
        _pages[i >> PageShift] is { } page ? (byte)((page[(i & (PageTokens - 1)) >> 1] >> ((i & 1) << 2)) & 15) : (byte)0;

    /// <summary>Stores <paramref name="code"/> (1..15) for token <paramref name="i"/>, which has none yet.</summary>
    public void Store(int i, byte code)
    {
        ref var page = ref _pages[i >> PageShift];
        if (page is null)
        {
            page = ScratchArray.Rent<byte>(PageBytes);
            Array.Clear(page, 0, PageBytes);
        }
        page[(i & (PageTokens - 1)) >> 1] |= (byte)(code << ((i & 1) << 2));
    }

    /// <summary>Gives the pages back; the cache is empty afterwards.</summary>
    public void Release()
    {
        foreach (var page in _pages)
            if (page is not null) ScratchArray.Return(page);
        _pages = [];
    }
}
