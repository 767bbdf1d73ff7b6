using System.Text;

namespace QuoteExtract.Cli;

/// <summary>Entry point of <c>quote-extract</c>: picks the subcommand (extract is the default).</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // UTF-8 without BOM whatever the console code page: the output is JSON read by tools.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = new StreamWriter(StandardOutput(), utf8) { AutoFlush = false };
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        // Ctrl-C: the first stops the batch cleanly (output complete up to there), a second one kills.
        var interrupt = new CancellationTokenSource(); // lives as long as the process: the handler may still run at exit
        Console.CancelKeyPress += (_, e) => e.Cancel = !interrupt.IsCancellationRequested && Cancel(interrupt);
        return Run(args, stdin, stdout, Console.Error, cancel: interrupt.Token, progress: !Console.IsErrorRedirected);
    }

    // Standard output as a plain file stream where the system allows: .NET's console stream ignores a closed pipe
    // ("quote-extract big.jsonl | head") and the run would go on to the end and report success; a file stream fails
    // with the pipe's error, which ends the run with exit code 3.
    private static Stream StandardOutput()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        try
        {
            return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.OpenStandardOutput();
        }
    }

    private static bool Cancel(CancellationTokenSource source)
    {
        source.Cancel();
        return true;
    }

    /// <summary>
    /// Runs the command line in-process; <paramref name="extract"/> defaults to <c>QuoteExtractor.Default.Extract</c>.
    /// <paramref name="cancel"/> interrupts a batch; <paramref name="progress"/> allows a progress line on <paramref name="stderr"/>.
    /// </summary>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        Func<string, ExtractionResult>? extract = null, CancellationToken cancel = default, bool progress = false)
    {
        // --with-model (any subcommand): decide with the embedded attribution model; --rules-only (the default) is kept
        // for scripts written when the model decided by default.
        bool withModel = args.Contains("--with-model");
        args = [.. args.Where(a => a is not ("--rules-only" or "--with-model"))];
        // --model FILE (any subcommand): decide with a model trained by quote-extract-training instead of the embedded one.
        int modelAt = Array.IndexOf(args, "--model");
        Model.IAttributionScorer? modelScorer = null;
        if (modelAt >= 0 && extract is null)
        {
            if (modelAt + 1 >= args.Length) { stderr.WriteLine("quote-extract: --model needs a file."); return ExitCodes.Usage; }
            var file = args[modelAt + 1];
            args = [.. args.Take(modelAt), .. args.Skip(modelAt + 2)];
            try
            {
                using var reader = File.OpenText(file);
                modelScorer = Model.IAttributionScorer.ReadModel(reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                stderr.WriteLine($"quote-extract: cannot read model {file}: {e.Message}");
                return ExitCodes.Usage;
            }
        }
        // --attributions speech|all|LIST (any subcommand): which attribution types to return; eval scores the types its
        // corpus annotates unless told otherwise (PolNeAR: all of them; GUM: speech, belief and knowledge).
        AttributionTypes? types = null;
        int typesAt = Array.IndexOf(args, "--attributions");
        if (typesAt >= 0)
        {
            if (typesAt + 1 >= args.Length || AttributionTypeNames.Parse(args[typesAt + 1]) is not { } parsed)
            {
                stderr.WriteLine($"quote-extract: --attributions takes speech, all, or a list such as speech,belief (of {AttributionTypeNames.All}).");
                return ExitCodes.Usage;
            }
            types = parsed;
            args = [.. args.Take(typesAt), .. args.Skip(typesAt + 2)];
        }
        // The extractor for a set of types (eval picks the set from the corpus when none is given).
        var injected = extract;
        Func<string, ExtractionResult> ExtractorFor(AttributionTypes wanted)
        {
            if (injected is not null) return injected;
            if (!withModel && modelScorer is null && wanted == ExtractorOptions.Default.AttributionTypes) return QuoteExtractor.Default.Extract;
            var builder = new QuoteExtractorBuilder().WithAttributionTypes(wanted);
            if (modelScorer is not null) builder.UseScorer(modelScorer);
            else if (withModel) builder.UseModel();
            return builder.Build().Extract;
        }
        if (args.FirstOrDefault() != "eval") extract = ExtractorFor(types ?? ExtractorOptions.Default.AttributionTypes);
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
                    return ExtractCommand.Run(args[1..], stdin, stdout, stderr, extract!, cancel, progress);
                case "eval":
                    return Eval.EvalCommand.Run(args[1..], stdout, stderr, ExtractorFor, types);
                case "checkworthiness":
                    return CheckWorthiness.CheckWorthinessCommand.Run(args[1..], stdout, stderr);
                default: // no subcommand: the arguments are extract's
                    return ExtractCommand.Run(args, stdin, stdout, stderr, extract!, cancel, progress);
            }
        }
        finally
        {
            stdout.Flush();
        }
    }
}
