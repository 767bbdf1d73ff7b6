using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// The entities' names while the resolver reads: each name's lower-case words and their lists in the word index, one
/// after another in pooled blocks (an entity's fullest name so far is a range of one block). Two arrays per naming were
/// a tenth of the speaker stage's allocation. Blocks are never grown or moved, so a range stays where it was put, and a
/// long document's names take more blocks rather than one array doubled on the large-object heap. A fuller name is added
/// anew; the range it replaces is left unused.
/// </summary>
internal sealed class EntityNames : IDisposable
{
    // Words a block holds (2 KB of references): a news article's names fit in one.
    private const int BlockWords = 256;

    // The blocks filled before the current one (made only for a second block: most documents need one).
    private List<(string[] Words, int[] Chains)>? _filled;
    private string[] _words = [];
    private int[] _chains = [];
    private int _used;

    /// <summary>Adds a name's <paramref name="words"/> and their <paramref name="chains"/>: the block that holds them and where they start.</summary>
    public (string[] Words, int[] Chains, int Start) Add(ReadOnlySpan<string> words, ReadOnlySpan<int> chains)
    {
        if (_used + words.Length > _words.Length)
        {
            if (_words.Length > 0) (_filled ??= []).Add((_words, _chains));
            (_words, _chains, _used) = (ScratchArray.Rent<string>(Math.Max(BlockWords, words.Length)), ScratchArray.Rent<int>(Math.Max(BlockWords, words.Length)), 0);
        }
        int start = _used;
        words.CopyTo(_words.AsSpan(start));
        chains.CopyTo(_chains.AsSpan(start));
        _used += words.Length;
        return (_words, _chains, start);
    }

    private static void Return(string[] words, int[] chains)
    {
        if (words.Length == 0) return;
        ScratchArray.Return(words);
        ScratchArray.Return(chains);
    }

    public void Dispose()
    {
        if (_filled is not null)
            foreach (var (words, chains) in _filled) Return(words, chains);
        Return(_words, _chains);
        (_filled, _words, _chains, _used) = (null, [], [], 0);
    }
}
