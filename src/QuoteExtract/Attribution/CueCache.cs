using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What <see cref="CueFinder.At"/> found at each token of one document, filled on demand: a code of
/// <see cref="CueFinder"/> a token (not asked yet, no cue, or which entry and how many tokens), so the rules asking about
/// the same token many times look it up once, and a match is rebuilt from its code without a table of matches. The
/// attribution stages share it through <see cref="Text.Document.CueCache"/>; the last of them releases it.
/// </summary>
internal sealed class CueCache
{
    // A code fits in four bits: two tokens a byte, in pages of 4,096 tokens made when one of their tokens is first asked
    // about. A byte for every token cost 16 MiB of `"a" "b"` 0.9 times its size at the peak (29.1x -> 30.1x).
    private const int PageShift = 12, PageTokens = 1 << PageShift, PageBytes = PageTokens / 2;
    private byte[]?[] _pages;

    public CueCache(int tokens) => _pages = new byte[]?[(tokens + PageTokens - 1) >> PageShift];

    /// <summary>The code of token <paramref name="i"/> (0 until it is set).</summary>
    public byte this[int i]
    {
        get
        {
            var page = _pages[i >> PageShift];
            return page is null ? (byte)0 : (byte)((page[(i & (PageTokens - 1)) >> 1] >> ((i & 1) << 2)) & 15);
        }
        set
        {
            ref var page = ref _pages[i >> PageShift];
            if (page is null)
            {
                page = ScratchArray.Rent<byte>(PageBytes);
                Array.Clear(page, 0, PageBytes);
            }
            int k = (i & (PageTokens - 1)) >> 1, shift = (i & 1) << 2;
            page[k] = (byte)((page[k] & ~(15 << shift)) | ((value & 15) << shift));
        }
    }

    /// <summary>Gives the pages back; the cache is empty afterwards.</summary>
    public void Release()
    {
        foreach (var page in _pages)
            if (page is not null) ScratchArray.Return(page);
        _pages = [];
    }
}
