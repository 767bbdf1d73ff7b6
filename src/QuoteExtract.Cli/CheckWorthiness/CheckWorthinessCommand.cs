using System.CommandLine;
using System.Globalization;
using System.Text;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Cli.CheckWorthiness;

/// <summary>
/// <c>quote-extract checkworthiness FILE.tsv... --out DIR</c>: scores every sentence of transcripts in the CLEF
/// CheckThat! format (<c>line&lt;TAB&gt;speaker&lt;TAB&gt;text[&lt;TAB&gt;label]</c>) with the check-worthiness model,
/// each sentence read in its context (the line before, the speaker's turn: a run of lines by one speaker), and writes, per input, a file of the same name in DIR with lines <c>line&lt;TAB&gt;score</c> (the lab's
/// submission format). An unreadable input is reported and skipped (exit 1, the others are still written);
/// a malformed line is skipped with a warning naming the file and line number.
/// </summary>
internal static class CheckWorthinessCommand
{
    private const string Name = "quote-extract checkworthiness";

    /// <summary>The <c>checkworthiness</c> subcommand; <paramref name="model"/> (a transcript's scores) defaults to <see cref="CheckWorthinessScore.Transcript"/>.</summary>
    public static Command Create(CommandContext context, Func<IReadOnlyList<CheckWorthinessLine>, double[]>? model = null)
    {
        var inputs = new Argument<string[]>("FILE.tsv")
        {
            Arity = ArgumentArity.ZeroOrMore, Description = "transcripts: line<TAB>speaker<TAB>text[<TAB>label], one sentence a line",
        };
        var output = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "the folder to write the score files to (required)" };
        var command = new Command("checkworthiness", Usage.CheckWorthinessDescription) { inputs, output };
        command.SetAction(parse =>
        {
            if (string.IsNullOrEmpty(parse.GetValue(output)))
                return QuoteExtractRootCommand.Refuse(parse, "--out DIR is required (the folder to write the scores to).", context.Stderr);
            if (parse.GetValue(inputs) is not { Length: > 0 } files)
                return QuoteExtractRootCommand.Refuse(parse, "no input given (one or more FILE.tsv).", context.Stderr);
            return Run(files, parse.GetValue(output)!, context.Stdout, context.Stderr, model);
        });
        return command;
    }

    private static int Run(string[] inputs, string outDir, TextWriter stdout, TextWriter stderr, Func<IReadOnlyList<CheckWorthinessLine>, double[]>? model)
    {
        model ??= CheckWorthinessScore.Transcript;
        if (model is null)
        {
            stderr.WriteLine($"{Name}: this build carries no check-worthiness model.");
            return ExitCodes.SomeFailed;
        }
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{Name}: cannot create output folder {outDir}: {e.Message}");
            return ExitCodes.SomeFailed;
        }

        int failed = 0;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var target = Path.Combine(outDir, Path.GetFileName(input));
            if (!Score(input, target, model, written, stdout, stderr)) failed++;
        }
        if (failed > 0) stderr.WriteLine($"{Name}: {failed} of {inputs.Length} file(s) failed.");
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static bool Score(string input, string target, Func<IReadOnlyList<CheckWorthinessLine>, double[]> model, HashSet<string> written,
        TextWriter stdout, TextWriter stderr)
    {
        string[] lines;
        try
        {
            if (Path.GetFullPath(input) == Path.GetFullPath(target))
            {
                stderr.WriteLine($"{Name}: {input}: the output would overwrite the input; choose another --out folder.");
                return false;
            }
            lines = File.ReadAllLines(input, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{Name}: cannot read {input}: {e.Message}");
            return false;
        }

        // The transcript's lines first (a sentence is read with the one before it and its speaker's turn), then their scores.
        var parsed = new List<CheckWorthinessLine>(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            if (!CheckWorthinessLine.TryParse(lines[i], out var line))
            {
                stderr.WriteLine($"{Name}: warning: {input}:{i + 1}: malformed line skipped (expected line<TAB>speaker<TAB>text[<TAB>label]).");
                continue;
            }
            parsed.Add(line!);
        }
        var scores = model(parsed);
        var output = new StringBuilder();
        for (int i = 0; i < parsed.Count; i++)
            output.Append(parsed[i].LineNumber.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(scores[i].ToString("0.##########", CultureInfo.InvariantCulture)).Append('\n');
        int scored = parsed.Count;

        if (!written.Add(Path.GetFullPath(target)))
            stderr.WriteLine($"{Name}: warning: two inputs are named {Path.GetFileName(target)}; {input} overwrites the earlier one's scores.");
        try
        {
            File.WriteAllText(target, output.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Name}: cannot write {target}: {e.Message}");
            return false;
        }
        stdout.WriteLine($"{input} -> {target} ({scored} sentences)");
        return true;
    }
}
