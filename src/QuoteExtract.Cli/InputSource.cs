using System.Text;

namespace QuoteExtract.Cli;

/// <summary>One input document: its name and either its text or why it could not be read.</summary>
internal sealed record InputDocument(string Name, string? Text, string? Error);

/// <summary>
/// Turns the command-line inputs into documents, lazily and in order: a file is one document, a folder
/// its <c>*.txt</c> files recursively (ordinal order), <c>-</c> standard input.
/// </summary>
internal static class InputSource
{
    /// <summary>The name of the document read from standard input.</summary>
    public const string StdinName = "stdin";

    // Invalid bytes become U+FFFD instead of failing the document; a BOM is detected and removed.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly EnumerationOptions s_textFiles = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>Enumerates the documents of <paramref name="inputs"/>; a text is read only when its document is reached.</summary>
    public static IEnumerable<InputDocument> Enumerate(IEnumerable<string> inputs, TextReader stdin)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
                yield return new InputDocument(StdinName, stdin.ReadToEnd(), null);
            else if (Directory.Exists(input))
                foreach (var document in FromDirectory(input)) yield return document;
            else if (File.Exists(input))
                yield return ReadFile(input, Path.GetFileName(input));
            else
                yield return new InputDocument(input, null, $"file not found: {input}");
        }
    }

    private static IEnumerable<InputDocument> FromDirectory(string directory)
    {
        List<(string Name, string Path)> files;
        try
        {
            // Names are collected and sorted first (only names: texts are read one at a time, later).
            files = [.. Directory.EnumerateFiles(directory, "*.txt", s_textFiles)
                .Select(path => (Name: Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'), Path: path))
                .OrderBy(file => file.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputDocument(directory, null, $"cannot read folder {directory}: {e.Message}")];
        }
        return files.Select(file => ReadFile(file.Path, file.Name));
    }

    private static InputDocument ReadFile(string path, string name)
    {
        try
        {
            return new InputDocument(name, File.ReadAllText(path, s_utf8), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputDocument(name, null, $"cannot read {path}: {e.Message}");
        }
    }
}
