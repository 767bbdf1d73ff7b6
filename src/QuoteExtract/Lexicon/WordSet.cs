using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>A frozen, case-insensitive set of words with allocation-free span lookups.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;
    private readonly AsciiWordTable _ascii;

    /// <summary>Makes a set of <paramref name="words"/>.</summary>
    public WordSet(params string[] words)
    {
        _set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(words);
        _ascii = new AsciiWordTable(_set.Items);
    }

    /// <summary>The words of the set.</summary>
    public IReadOnlySet<string> Words => _set;

    /// <summary>The longest word of the set.</summary>
    public int MaxLength => _prefilter.MaxLength;

    /// <summary>True when <paramref name="word"/> is in the set (case-insensitive).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!_prefilter.MayContain(word)) return false;
        // An ASCII word (most of running text) is answered by the compact table; any other by the set.
        if (_ascii.IndexOf(word, out bool ascii) >= 0) return true;
        return !ascii && _lookup.Contains(word);
    }
}
