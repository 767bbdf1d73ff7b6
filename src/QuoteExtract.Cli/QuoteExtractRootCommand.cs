using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace QuoteExtract.Cli;

/// <summary>
/// The command line of <c>quote-extract</c> (System.CommandLine): the root command runs extract (the default command),
/// and has the subcommands <c>extract</c>, <c>eval</c> and <c>checkworthiness</c>. A usage error, any command's, is one
/// message per error on standard error (an unknown option with the nearest known one) and the exit code 2.
/// </summary>
internal static class QuoteExtractRootCommand
{
    /// <summary>Parses <paramref name="args"/> and runs the command they name; returns the exit code.</summary>
    public static int Invoke(string[] args, CommandContext context)
    {
        var root = Create(context);
        var parse = root.Parse(args);
        var unknown = UnknownOptions(parse).ToList();
        // (Help, --version and completions run whatever else the line holds; a command runs only on a correct line.)
        if (parse.Action is ParseErrorAction || (parse.Action == parse.CommandResult.Command.Action && unknown.Count > 0))
            return UsageError(parse, unknown, context.Stderr);
        return parse.Invoke(new InvocationConfiguration
        {
            Output = context.Stdout, Error = context.Stderr,
            EnableDefaultExceptionHandler = false, // (a bug shows its stack trace, as before)
            ProcessTerminationTimeout = null,      // (Ctrl-C is the batch's: Program.Main)
        });
    }

    /// <summary>The root command; it runs extract when no subcommand is named.</summary>
    public static RootCommand Create(CommandContext context)
    {
        var root = new RootCommand(Usage.RootDescription) { HelpName = "quote-extract" }; // (in-process, the executable is the test host)
        var extractors = new ExtractorChoice();
        ExtractCommand.Configure(root, context, extractors, hideInputs: true);
        extractors.AddTo(root);
        root.Add(ExtractCommand.Create(context, extractors));
        root.Add(Eval.EvalCommand.Create(context, extractors));
        root.Add(CheckWorthiness.CheckWorthinessCommand.Create(context));

        // "quote-extract help" is the help as well.
        var help = new Command("help", "show this help") { Hidden = true };
        help.SetAction(parse => root.Parse(["--help"]).Invoke(parse.InvocationConfiguration));
        root.Add(help);

        var helpOption = root.Options.OfType<HelpOption>().Single();
        helpOption.Action = new HelpWithNotes((HelpAction)helpOption.Action!);
        var version = root.Options.OfType<VersionOption>().Single();
        version.Action = new VersionAction();
        return root;
    }

    /// <summary>Records <paramref name="error"/> as the value's parse error; the value returned is never used.</summary>
    internal static T? Refuse<T>(ArgumentResult result, string error)
    {
        result.AddError(error);
        return default;
    }

    /// <summary>A usage error that the values together make (found by the command's action): said, with where to find the usage; exit code 2.</summary>
    internal static int Refuse(ParseResult parse, string error, TextWriter stderr)
    {
        stderr.WriteLine($"{Prefix(parse.CommandResult.Command)}: {error}");
        return SeeHelp(parse.CommandResult.Command, stderr);
    }

    // How a command's messages start: extract, the default command, speaks as quote-extract.
    private static string Prefix(Command command) => command is RootCommand or { Name: "extract" } ? "quote-extract" : $"quote-extract {command.Name}";

    private static int SeeHelp(Command command, TextWriter stderr)
    {
        stderr.WriteLine($"Run '{(command is RootCommand ? "quote-extract" : $"quote-extract {command.Name}")} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static int UsageError(ParseResult parse, List<string> unknown, TextWriter stderr)
    {
        var command = parse.CommandResult.Command;
        var name = Prefix(command);
        // (With an unknown option the other errors are mostly its consequences: its value left over, a word taken for an
        // argument. It alone is said, with the nearest known option.)
        if (unknown.Count == 0)
            foreach (var error in parse.Errors)
                stderr.WriteLine($"{name}: {error.Message}");
        foreach (var option in unknown)
        {
            var known = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
                .Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
            stderr.WriteLine(Nearest(option, known) is { } suggestion
                ? $"{name}: unknown option '{option}'; did you mean '{suggestion}'?"
                : $"{name}: unknown option '{option}'.");
        }
        return SeeHelp(command, stderr);
    }

    // Words that look like options but are no option of the command: unmatched ones, and those an argument took as a value
    // ("x.txt --formt json": inputs take any word). After "--" every word is an argument, and "-" is standard input.
    private static IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        var tokens = parse.Tokens.ToList();
        var doubleDash = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        bool BeforeDoubleDash(Token token) => doubleDash < 0 || tokens.FindIndex(t => ReferenceEquals(t, token)) < doubleDash;
        var arguments = parse.CommandResult.Command.Arguments.Select(parse.GetResult).OfType<ArgumentResult>().SelectMany(r => r.Tokens);
        return parse.UnmatchedTokens.Where(LooksLikeOption)
            .Concat(arguments.Where(t => LooksLikeOption(t.Value) && BeforeDoubleDash(t)).Select(t => t.Value))
            .Distinct();

        static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-';
    }

    // The known option nearest to a mistyped one (at most a third of its letters off), or null.
    private static string? Nearest(string typed, IEnumerable<string> known)
    {
        var name = typed.Split('=')[0];
        return known.Select(k => (Option: k, Distance: EditDistance(name, k)))
            .Where(c => c.Distance <= Math.Max(1, name.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Option, StringComparer.Ordinal)
            .Select(c => c.Option).FirstOrDefault();
    }

    // Levenshtein distance, with a swap of two neighbours as one edit ("--fromat").
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    /// <summary>The generated help of the command asked about, then its notes (inputs, output, exit codes: <see cref="Usage.Notes"/>).</summary>
    private sealed class HelpWithNotes(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            help.MaxWidth = 110;
            help.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.Write(Usage.Notes(parseResult.CommandResult.Command));
            return ExitCodes.Ok;
        }
    }

    /// <summary><c>--version</c>: the library's version (major.minor.patch).</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(typeof(QuoteExtractor).Assembly.GetName().Version?.ToString(3));
            return ExitCodes.Ok;
        }
    }
}
