using System.Text;

namespace QuoteExtract.Cli;

/// <summary>Entry point of <c>quote-extract</c>: picks the subcommand (extract is the default).</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // UTF-8 without BOM whatever the console code page: the output is JSON read by tools.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        return Run(args, stdin, stdout, Console.Error);
    }

    /// <summary>Runs the command line in-process; <paramref name="extract"/> defaults to <c>QuoteExtractor.Default.Extract</c>.</summary>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        Func<string, ExtractionResult>? extract = null)
    {
        // --rules-only (any subcommand): the rules alone, without the model stage, to compare the two.
        bool rulesOnly = args.Contains("--rules-only");
        if (rulesOnly) args = [.. args.Where(a => a != "--rules-only")];
        extract ??= rulesOnly ? new QuoteExtractorBuilder().RulesOnly().Build().Extract : QuoteExtractor.Default.Extract;
        try
        {
            switch (args.FirstOrDefault())
            {
                case null:
                    stderr.WriteLine("quote-extract: no input given.");
                    stderr.Write(Usage.Text);
                    return ExitCodes.Usage;
                case "-h" or "--help" or "-?" or "help":
                    stdout.Write(Usage.Text);
                    return ExitCodes.Ok;
                case "--version":
                    stdout.WriteLine(typeof(QuoteExtractor).Assembly.GetName().Version?.ToString(3));
                    return ExitCodes.Ok;
                case "extract":
                    return ExtractCommand.Run(args[1..], stdin, stdout, stderr, extract);
                case "eval":
                    return Eval.EvalCommand.Run(args[1..], stdout, stderr, extract);
                default: // no subcommand: the arguments are extract's
                    return ExtractCommand.Run(args, stdin, stdout, stderr, extract);
            }
        }
        finally
        {
            stdout.Flush();
        }
    }
}
