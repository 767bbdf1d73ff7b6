using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>
/// Every class of every word a lexicon lists, with the word's cue-form id, in one table: a document looks each token
/// up once for both.
/// </summary>
internal sealed class WordClassTable
{
    // The lists that are word classes of every token, and their classes.
    private static readonly (WordList List, WordClass Class)[] s_classLists =
    [
        (WordList.Titles, WordClass.Title),
        (WordList.OrganizationHeads, WordClass.OrganizationHead),
        (WordList.GroupHeads, WordClass.GroupHead),
        (WordList.Pronouns, WordClass.Pronoun),
        (WordList.Determiners, WordClass.Determiner),
        (WordList.SpeakerCueFillers, WordClass.Filler),
        (WordList.NotNames, WordClass.NotName),
        (WordList.MaleWords, WordClass.Male),
        (WordList.FemaleWords, WordClass.Female),
        (WordList.Breakers, WordClass.Breaker),
        (WordList.Connectors, WordClass.Connector),
        (WordList.Quantities, WordClass.Quantity),
        (WordList.Comparatives, WordClass.Comparative),
    ];

    private readonly FrozenDictionary<string, (WordClass Classes, int CueId)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;
    private readonly AsciiWordTable _ascii;
    // Whether a listed word with other than ASCII characters can equal an all-ASCII word ignoring case (ı and I, ſ and S):
    // then a word the ASCII table misses is looked up in the full table too.
    private readonly bool _asciiMissMayMatchOthers;

    /// <summary>The table of <paramref name="lexicon"/>'s word classes and the cue forms (<see cref="CueForms"/>).</summary>
    public WordClassTable(LanguageLexicon lexicon)
    {
        var d = new Dictionary<string, (WordClass, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (list, c) in s_classLists)
            foreach (var w in lexicon[list].Words)
                d[w] = (d.GetValueOrDefault(w).Item1 | c, -1);
        foreach (var form in CueForms.Forms) d[form] = (d.TryGetValue(form, out var e) ? e.Item1 : WordClass.None, CueForms.IdOf(form));
        _lookup = d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(d.Keys);
        _ascii = new AsciiWordTable(d);
        foreach (var key in d.Keys)
            if (!System.Text.Ascii.IsValid(key))
                foreach (var c in key)
                    if (c >= 128 && char.ToUpperInvariant(c) < 128) _asciiMissMayMatchOthers = true;
    }

    /// <summary>The classes of <paramref name="word"/> and its <see cref="CueForms"/> id (-1 when it is no cue form).</summary>
    public (WordClass Classes, int CueId) Lexical(ReadOnlySpan<char> word)
    {
        if (!_prefilter.MayContain(word)) return (WordClass.None, -1);
        // Most words are ASCII: hashed and compared without the case-insensitive comparer's work.
        if (_ascii.TryFind(word, out var found, out bool ascii)) return found;
        if (ascii && !_asciiMissMayMatchOthers) return (WordClass.None, -1);
        return _lookup.TryGetValue(word, out var e) ? e : (WordClass.None, -1);
    }
}
