using System.Collections.Frozen;

namespace QuoteExtract.Lexicon;

/// <summary>
/// The hand word lists the rules read (titles, organization heads, pronouns, honorifics, sentence starters, …), one
/// named list each, as immutable sets; <see cref="ExtractorOptions.Lexicon"/> carries one. <see cref="English"/> is
/// read once from the files embedded in the library (<c>Lexicon/Resources/en/&lt;list&gt;.txt</c>, docs/lexicon.md);
/// <see cref="WithList"/> makes a copy with one list replaced: the seam for a user's own words or another language.
/// </summary>
/// <remarks>
/// The cue lexicon (verbs of saying and their forms) and the learned inventories are not part of it yet, and the
/// attribution rules read the English lists until they read the document's (docs/lexicon.md). Immutable and thread-safe.
/// </remarks>
public sealed class LanguageLexicon
{
    // List names in WordList order ("organization-heads"), and the index of each name.
    private static readonly string[] s_names = [.. Enum.GetValues<WordList>().Select(FileName)];
    private static readonly FrozenDictionary<string, int> s_indexOfName =
        s_names.Select((name, i) => KeyValuePair.Create(name, i)).ToFrozenDictionary(StringComparer.Ordinal);

    private readonly WordSet[] _lists;
    // The word classes of every listed word, with the cue-form ids, for the one lookup per token (Document).
    private readonly Lazy<WordClassTable> _classes;

    private LanguageLexicon(WordSet[] lists)
    {
        _lists = lists;
        _classes = new(() => new WordClassTable(this));
    }

    /// <summary>The English lists embedded in the library (the default of <see cref="ExtractorOptions.Lexicon"/>).</summary>
    public static LanguageLexicon English { get; } = LoadEmbedded("en");

    /// <summary>The names of the lists ("titles", "organization-heads", …), each the name of its file without <c>.txt</c>.</summary>
    public static IReadOnlyList<string> ListNames => s_names;

    /// <summary>The words of list <paramref name="listName"/> (compared ignoring case).</summary>
    /// <exception cref="ArgumentException">No list has that name (see <see cref="ListNames"/>).</exception>
    public IReadOnlySet<string> Words(string listName) => _lists[IndexOf(listName)].Words;

    /// <summary>
    /// A copy of this lexicon whose list <paramref name="listName"/> holds <paramref name="words"/> instead (to add a word,
    /// pass the list's <see cref="Words"/> with it). Words are compared ignoring case; a word listed twice counts once.
    /// </summary>
    /// <exception cref="ArgumentException">No list has that name, or a word is empty or has white space around it.</exception>
    public LanguageLexicon WithList(string listName, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        int index = IndexOf(listName);
        var list = words.ToArray();
        foreach (var w in list)
            if (string.IsNullOrEmpty(w) || w.AsSpan().Trim().Length != w.Length)
                throw new ArgumentException($"'{w}' is no word: empty, or white space around it.", nameof(words));
        var lists = (WordSet[])_lists.Clone();
        lists[index] = new WordSet(list);
        return new LanguageLexicon(lists);
    }

    /// <summary>The set of <paramref name="list"/>.</summary>
    internal WordSet this[WordList list] => _lists[(int)list];

    /// <summary>The classes of <paramref name="word"/> and its <see cref="CueForms"/> id (-1 when it is no cue form).</summary>
    internal (WordClass Classes, int CueId) Lexical(ReadOnlySpan<char> word) => _classes.Value.Lexical(word);

    /// <summary>The table behind <see cref="Lexical"/> (a document looks every token up in it).</summary>
    internal WordClassTable Classes => _classes.Value;

    /// <summary>The file (and list) name of <paramref name="list"/>: its name in kebab case ("OrganizationHeads": "organization-heads").</summary>
    internal static string FileName(WordList list)
    {
        var name = list.ToString();
        var s = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) s.Append('-');
            s.Append(char.ToLowerInvariant(name[i]));
        }
        return s.ToString();
    }

    /// <summary>The resource name of list <paramref name="list"/> of language <paramref name="language"/> in the library.</summary>
    internal static string ResourceName(string language, WordList list) => $"QuoteExtract.Lexicon.{language}.{FileName(list)}.txt";

    private static int IndexOf(string listName)
    {
        ArgumentNullException.ThrowIfNull(listName);
        return s_indexOfName.TryGetValue(listName, out int i) ? i
            : throw new ArgumentException($"No word list is named '{listName}'; see LanguageLexicon.ListNames.", nameof(listName));
    }

    // Every list of the language, from the resources built into the library; a missing or malformed file is a broken build.
    private static LanguageLexicon LoadEmbedded(string language)
    {
        var assembly = typeof(LanguageLexicon).Assembly;
        var lists = new WordSet[s_names.Length];
        foreach (var list in Enum.GetValues<WordList>())
        {
            var resource = ResourceName(language, list);
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded word list {resource} is missing from the assembly.");
            using var reader = new StreamReader(stream);
            lists[(int)list] = new WordSet(WordListFile.Parse(reader, resource));
        }
        return new LanguageLexicon(lists);
    }
}
