using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// The entities' names while the resolver reads: each name's lower-case words (their lists in the word index), one after
/// another in pooled blocks (an entity's fullest name so far is a range of one block). Two arrays per naming were a tenth
/// of the speaker stage's allocation. Blocks are never grown or moved, so a range stays where it was put, and a long
/// document's names take more blocks rather than one array doubled on the large-object heap. A fuller name is added anew;
/// the range it replaces is left unused.
/// </summary>
internal sealed class EntityNames : IDisposable
{
    // Words a block holds (1 KB): a news article's names fit in one.
    private const int BlockWords = 256;

    // The blocks filled before the current one (made only for a second block: most documents need one).
    private List<int[]>? _filled;
    private int[] _words = [];
    private int _used;

    /// <summary>Adds a name's <paramref name="words"/>: the block that holds them and where they start.</summary>
    public (int[] Words, int Start) Add(ReadOnlySpan<int> words)
    {
        if (_used + words.Length > _words.Length)
        {
            if (_words.Length > 0) (_filled ??= []).Add(_words);
            (_words, _used) = (ScratchArray.Rent<int>(Math.Max(BlockWords, words.Length)), 0);
        }
        int start = _used;
        words.CopyTo(_words.AsSpan(start));
        _used += words.Length;
        return (_words, start);
    }

    public void Dispose()
    {
        if (_filled is not null)
            foreach (var words in _filled) ScratchArray.Return(words);
        if (_words.Length > 0) ScratchArray.Return(_words);
        (_filled, _words, _used) = (null, [], 0);
    }
}
