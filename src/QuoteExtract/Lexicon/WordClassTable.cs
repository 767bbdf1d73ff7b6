using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>
/// Every class of every word a lexicon lists, with the word's cue-form id and whether a check-worthiness list holds it, in
/// one table: a document looks each token up once for all three.
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

    private readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;
    // The ASCII keys (most words) and each key's lexical word (Packed).
    private readonly AsciiWordTable _ascii;
    private readonly uint[] _packed;

    /// <summary>The table of <paramref name="lexicon"/>'s word classes, the cue forms (<see cref="CueForms"/>) and the words of
    /// the check-worthiness lists (<see cref="CheckWorthinessLists"/>).</summary>
    public WordClassTable(LanguageLexicon lexicon)
    {
        var d = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (var (list, c) in s_classLists)
            foreach (var w in lexicon[list].Words)
                d[w] = d.GetValueOrDefault(w) | (ushort)c;
        foreach (var form in CueForms.Forms)
        {
            int id = CueForms.IdOf(form);
            uint classes = d.GetValueOrDefault(form) | (CueForms.ById(id).HasEntry ? (ushort)WordClass.MayCue : 0u);
            d[form] = classes | (uint)(id + 1) << CueIdShift;
        }
        // (The English lists, whatever the lexicon: the check-worthiness model reads the words it was trained on, so a
        // custom lexicon changes what the rules read, not the model's features.)
        foreach (var list in CheckWorthinessLists.All)
            foreach (var w in LanguageLexicon.English[list].Words) d[w] = d.GetValueOrDefault(w) | CheckWorthinessListed;
        var frozen = d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(d.Keys);
        _ascii = new AsciiWordTable(frozen.Keys);
        _packed = [.. frozen.Values];
    }

    // A token's lexical word: the classes in the low 16 bits, the cue-form id + 1 in the next 15 (0 for none), and the top
    // bit set when a check-worthiness list holds the word.
    private const int CueIdShift = 16;
    private const uint CueIdMask = 0x7FFF;

    /// <summary>The most cue forms a lexical word tells apart.</summary>
    internal const int MaxCueForms = (int)CueIdMask - 1;

    /// <summary>The bit of a lexical word that a check-worthiness list holds.</summary>
    internal const uint CheckWorthinessListed = 1u << 31;

    /// <summary>The <see cref="CueForms"/> id of a lexical word (-1 for none).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int CueIdOf(uint packed) => (int)(packed >> CueIdShift & CueIdMask) - 1;

    /// <summary>The classes of <paramref name="word"/> and its <see cref="CueForms"/> id (-1 when it is no cue form).</summary>
    public (WordClass Classes, int CueId) Lexical(ReadOnlySpan<char> word)
    {
        uint packed = Packed(word);
        return ((WordClass)(ushort)packed, CueIdOf(packed));
    }

    /// <summary>The lexical word of <paramref name="word"/>: its classes (low 16 bits), <see cref="CueForms"/> id
    /// (<see cref="CueIdOf"/>) and <see cref="CheckWorthinessListed"/> bit; 0 for a word the table does not hold.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public uint Packed(ReadOnlySpan<char> word)
    {
        // Most words are ASCII: hashed and compared without the case-insensitive comparer's work. (No prefilter: most
        // words of running text pass it, and its tests cost more than they save.)
        int i = _ascii.IndexOf(word, out bool ascii);
        if (i >= 0) return _packed[i];
        if (ascii) return 0;
        return _prefilter.MayContain(word) && _lookup.TryGetValue(word, out var packed) ? packed : 0;
    }
}
