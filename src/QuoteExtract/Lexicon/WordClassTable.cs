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
    // The ASCII keys (most words) and each key's classes and cue-form id + 1, packed as a token's lexical word is.
    private readonly AsciiWordTable _ascii;
    private readonly uint[] _packed;

    /// <summary>The table of <paramref name="lexicon"/>'s word classes and the cue forms (<see cref="CueForms"/>).</summary>
    public WordClassTable(LanguageLexicon lexicon)
    {
        var d = new Dictionary<string, (WordClass, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (list, c) in s_classLists)
            foreach (var w in lexicon[list].Words)
                d[w] = (d.GetValueOrDefault(w).Item1 | c, -1);
        foreach (var form in CueForms.Forms)
        {
            int id = CueForms.IdOf(form);
            var classes = d.TryGetValue(form, out var e) ? e.Item1 : WordClass.None;
            d[form] = (CueForms.ById(id).HasEntry ? classes | WordClass.MayCue : classes, id);
        }
        var frozen = d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(d.Keys);
        _ascii = new AsciiWordTable(frozen.Keys);
        _packed = new uint[frozen.Count];
        for (int i = 0; i < _packed.Length; i++) _packed[i] = Pack(frozen.Values[i]);
    }

    /// <summary>A token's lexical word: the classes in the low 16 bits, the cue-form id + 1 in the high 16 (0 for none).</summary>
    private static uint Pack((WordClass Classes, int CueId) e) => (ushort)e.Classes | (uint)(e.CueId + 1) << 16;

    /// <summary>The classes of <paramref name="word"/> and its <see cref="CueForms"/> id (-1 when it is no cue form).</summary>
    public (WordClass Classes, int CueId) Lexical(ReadOnlySpan<char> word)
    {
        uint packed = Packed(word);
        return ((WordClass)(ushort)packed, (int)(packed >> 16) - 1);
    }

    /// <summary>The classes of <paramref name="word"/> (low 16 bits) and its <see cref="CueForms"/> id + 1 (high 16 bits, 0 for none).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public uint Packed(ReadOnlySpan<char> word)
    {
        // Most words are ASCII: hashed and compared without the case-insensitive comparer's work. (No prefilter: most
        // words of running text pass it, and its tests cost more than they save.)
        int i = _ascii.IndexOf(word, out bool ascii);
        if (i >= 0) return _packed[i];
        if (ascii) return 0;
        return _prefilter.MayContain(word) && _lookup.TryGetValue(word, out var e) ? Pack(e) : 0;
    }
}
