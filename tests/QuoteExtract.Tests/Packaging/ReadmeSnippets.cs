using System.Text;
using System.Text.RegularExpressions;

namespace QuoteExtract.Tests.Packaging;

/// <summary>
/// The README's C# code blocks as one console program. Each block must compile as written and on its own, with only
/// its own <c>using</c> directives (and the SDK's implicit ones): it becomes a source file of its own, its statements
/// the body of a method that Program.cs calls in README order, its type declarations (which a C# program may have only
/// after its top-level statements) after that method.
/// </summary>
internal static partial class ReadmeSnippets
{
    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\r?\n(.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^using\s+(?:static\s+)?[\w.]+(?:\s*=\s*[\w.<>, ]+)?\s*;\s*$")]
    private static partial Regex UsingDirective();

    // A type declaration at the start of a line: what C# allows only after the top-level statements.
    [GeneratedRegex(@"^(?:(?:public|internal|file|sealed|static|abstract|partial|readonly)\s+)*(?:class|record|struct|interface|enum)\s")]
    private static partial Regex TypeDeclaration();

    /// <summary>The text of every C# code block of <paramref name="markdown"/>, in order.</summary>
    public static IReadOnlyList<string> Blocks(string markdown) =>
        [.. CSharpBlock().Matches(markdown).Select(m => m.Groups[1].Value)];

    /// <summary>The program's source files, by file name: Program.cs and Snippet1.cs, Snippet2.cs, … (one a block).</summary>
    public static IReadOnlyDictionary<string, string> Program(IReadOnlyList<string> blocks)
    {
        var files = new Dictionary<string, string>();
        var program = new StringBuilder();
        for (var n = 1; n <= blocks.Count; n++)
        {
            var lines = blocks[n - 1].Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var firstType = lines.FindIndex(l => TypeDeclaration().IsMatch(l));
            if (firstType < 0) firstType = lines.Count;
            var usings = lines.Take(firstType).Where(l => UsingDirective().IsMatch(l)).ToList();
            var statements = lines.Take(firstType).Where(l => !UsingDirective().IsMatch(l));
            files[$"Snippet{n}.cs"] =
                string.Join('\n', usings) + "\n\n" +
                $"internal static class Snippet{n}\n{{\n    internal static void Run()\n    {{\n" +
                string.Concat(statements.Select(l => "        " + l + "\n")) +
                "    }\n}\n\n" +
                string.Concat(lines.Skip(firstType).Select(l => l + "\n"));
            program.Append($"Snippet{n}.Run();\n");
        }
        files["Program.cs"] = program.ToString();
        return files;
    }
}
