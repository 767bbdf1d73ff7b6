using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// The entities' names while the resolver reads: each name's lower-case words and their lists in the word index, one
/// after another in two pooled arrays (an entity's fullest name so far is a range of them). Two arrays per naming were a
/// tenth of the speaker stage's allocation. A fuller name is added anew; the range it replaces is left unused.
/// </summary>
internal sealed class EntityNames : IDisposable
{
    private string[] _words = [];
    private int[] _chains = [];
    private int _count;

    /// <summary>Adds a name's <paramref name="words"/> and their <paramref name="chains"/>; where they start.</summary>
    public int Add(ReadOnlySpan<string> words, ReadOnlySpan<int> chains)
    {
        if (_count + words.Length > _words.Length)
        {
            int size = Math.Max(64, 2 * (_count + words.Length));
            var (larger, largerChains) = (ScratchArray.Rent<string>(size), ScratchArray.Rent<int>(size));
            _words.AsSpan(0, _count).CopyTo(larger);
            _chains.AsSpan(0, _count).CopyTo(largerChains);
            Return();
            (_words, _chains) = (larger, largerChains);
        }
        int start = _count;
        words.CopyTo(_words.AsSpan(start));
        chains.CopyTo(_chains.AsSpan(start));
        _count += words.Length;
        return start;
    }

    /// <summary>The words of the name at <paramref name="start"/>.</summary>
    public ReadOnlySpan<string> Words(int start, int length) => _words.AsSpan(start, length);

    /// <summary>The word index's lists of the words of the name at <paramref name="start"/>.</summary>
    public ReadOnlySpan<int> Chains(int start, int length) => _chains.AsSpan(start, length);

    private void Return()
    {
        if (_words.Length == 0) return;
        ScratchArray.Return(_words);
        ScratchArray.Return(_chains);
    }

    public void Dispose()
    {
        Return();
        (_words, _chains, _count) = ([], [], 0);
    }
}
