using System.Collections.Frozen;
using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;

namespace QuoteExtract.Speakers;

/// <summary>
/// English first names and their gender (the embedded <c>first-names.tsv</c>, built by <c>quote-extract-training
/// first-names</c> from Moby Word II's lists): "Ann" is female, "Tom" male, "Robin" either. Loaded once.
/// </summary>
internal static class FirstNames
{
    // (An ASCII name, most of them, is found in the compact ASCII table: the frozen dictionary's case-insensitive lookup
    // was a tenth of the name parse.)
    private static readonly Lazy<AsciiLookup<Gender>> s_names = new(Load);

    /// <summary>True when <paramref name="word"/> is a known first name; <paramref name="gender"/> is Unknown for a name of both.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out Gender gender) => s_names.Value.TryGetValue(word, out gender);

    private static AsciiLookup<Gender> Load()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream("QuoteExtract.Speakers.first-names.tsv")
            ?? throw new InvalidOperationException("The embedded first-name table (first-names.tsv) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            names[line[..tab]] = line[(tab + 1)..] switch { "f" => Gender.Female, "m" => Gender.Male, _ => Gender.Unknown };
        }
        return new AsciiLookup<Gender>(names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
