using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What <see cref="CueFinder.At"/> found at each token of one document, filled on demand: one byte a token (a code of
/// <see cref="CueFinder"/>: not asked yet, no cue, or which entry and how many tokens), so the rules asking about the
/// same token many times look it up once, and a match is rebuilt from its code without a table of matches. The
/// attribution stages share it through <see cref="Text.Document.CueCache"/>; the last of them releases it.
/// </summary>
internal sealed class CueCache
{
    private byte[] _codes;

    public CueCache(int tokens)
    {
        _codes = ScratchArray.Rent<byte>(tokens);
        Array.Clear(_codes, 0, tokens);
    }

    /// <summary>The code of token <paramref name="i"/> (0 until it is looked up).</summary>
    public ref byte this[int i] => ref _codes[i];

    /// <summary>Gives the array back; the cache is empty afterwards.</summary>
    public void Release()
    {
        ScratchArray.Return(_codes);
        _codes = [];
    }
}
