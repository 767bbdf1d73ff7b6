namespace QuoteExtract.Lexicon;

/// <summary>
/// Reads one word-list file: one entry per line; a line starting with <c>#</c> is a comment (what the list is for, an
/// example sentence); blank lines are skipped. An entry with leading or trailing white space, or listed twice (ignoring
/// case), is an error: the file is the list, and a stray space would silently never match.
/// </summary>
internal static class WordListFile
{
    /// <summary>The entries of the file <paramref name="reader"/> reads, in file order; <paramref name="name"/> names it in errors.</summary>
    public static string[] Parse(TextReader reader, string name)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.AsSpan().Trim().Length != line.Length)
                throw new FormatException($"word list {name}, line {number}: white space around '{line.Trim()}'");
            if (!seen.Add(line)) throw new FormatException($"word list {name}, line {number}: '{line}' is listed twice");
            words.Add(line);
        }
        return [.. words];
    }
}
