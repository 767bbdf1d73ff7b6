using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What <see cref="CueFinder.At"/> finds at each token of one document: a code of <see cref="CueFinder"/> a token (no cue,
/// or which entry and how many tokens), so the rules asking about the same token many times look it up once, and a match
/// is rebuilt from its code without a table of matches. The attribution stages share it through
/// <see cref="Text.Document.CueCache"/>; the last of them releases it.
/// </summary>
internal sealed class CueCache
{
    // A code fits in four bits: two tokens a byte, in pages of 4,096 tokens made when one of their tokens is first asked
    // about. A byte for every token cost 16 MiB of `"a" "b"` 0.9 times its size at the peak (29.1x -> 30.1x).
    private const int PageShift = 12, PageTokens = 1 << PageShift, PageBytes = PageTokens / 2;
    private byte[]?[] _pages;

    public CueCache(int tokens) => _pages = new byte[]?[(tokens + PageTokens - 1) >> PageShift];

    /// <summary>The code of token <paramref name="i"/> (in range), its page's tokens looked up first if they are not yet.</summary>
    public byte Code(Document doc, int i)
    {
        var page = _pages[i >> PageShift] ?? Fill(doc, i >> PageShift);
        return (byte)((page[(i & (PageTokens - 1)) >> 1] >> ((i & 1) << 2)) & 15);
    }

    /// <summary>
    /// The first token from <paramref name="i"/> before <paramref name="end"/> whose code is not <paramref name="skip"/>, or
    /// <paramref name="end"/>: a sentence's tokens walked in their codes, two a byte, not asked about one by one.
    /// </summary>
    public int NextCodeOtherThan(Document doc, int i, int end, byte skip)
    {
        byte pair = (byte)(skip | skip << 4);
        while (i < end)
        {
            var page = _pages[i >> PageShift];
            if (page is null)
            {
                // (Its tokens looked up once a word asks, as Code's callers do: a token that is no word makes no page.)
                if (doc.Tokens[i].Kind != TokenKind.Word) { i++; continue; }
                page = Fill(doc, i >> PageShift);
            }
            for (int stop = Math.Min(end, (i | (PageTokens - 1)) + 1); i < stop; i++)
            {
                int b = page[(i & (PageTokens - 1)) >> 1];
                if ((i & 1) == 0 && b == pair && i + 1 < stop) { i++; continue; }
                if (((b >> ((i & 1) << 2)) & 15) != skip) return i;
            }
        }
        return end;
    }

    // All tokens of page p in one pass, in order: the rules go on to ask about most of a page's tokens, and a tight loop
    // over them costs less than a lookup (and a check of the cache) for each when first asked.
    private byte[] Fill(Document doc, int p)
    {
        var page = ScratchArray.Rent<byte>(PageBytes);
        int first = p << PageShift, end = Math.Min(first + PageTokens, doc.Tokens.Length);
        CueFinder.Codes(doc, first, end, page);
        return _pages[p] = page;
    }

    /// <summary>Gives the pages back; the cache is empty afterwards.</summary>
    public void Release()
    {
        foreach (var page in _pages)
            if (page is not null) ScratchArray.Return(page);
        _pages = [];
    }
}
