using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using QuoteExtract.Cli.Batch;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Cli;

/// <summary>
/// <c>quote-extract [extract] FILE|DIR|-... [--format F] [--out FILE] [--input-format F] [--parallel N]</c>:
/// extracts every input document (in parallel) and writes one record per document, in input order, as it
/// goes. A document that fails becomes an error record; the run goes on.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The <c>extract</c> subcommand.</summary>
    public static Command Create(CommandContext context, ExtractorChoice extractors)
    {
        var command = new Command("extract", Usage.ExtractDescription);
        Configure(command, context, extractors, hideInputs: false);
        return command;
    }

    /// <summary>
    /// Gives <paramref name="command"/> extract's argument, options and action: the <c>extract</c> subcommand, and the root
    /// command (extract is the default), whose help hides the argument so that the subcommands' help does not show it.
    /// </summary>
    public static void Configure(Command command, CommandContext context, ExtractorChoice extractors, bool hideInputs)
    {
        var inputs = new Argument<string[]>("FILE|DIR|-")
        {
            Arity = ArgumentArity.ZeroOrMore, Hidden = hideInputs,
            Description = "text files, folders (*.txt, recursively), JSON Lines files (*.jsonl), or - for standard input",
        };
        var format = new Option<OutputFormat?>("--format", "-f")
        {
            HelpName = "FORMAT", CustomParser = ParseFormat,
            Description = "jsonl: one JSON object per document per line (default); json: an indented JSON array; table: a readable " +
                          "table per document; parquet: a flat Parquet file, one row per quote (needs --out); html: one self-contained " +
                          "page per document (quotes coloured by speaker, speakers, claims) and an index.html in the folder --out DIR, " +
                          "or without --out the page of the one input document on standard output",
        };
        format.CompletionSources.Clear(); // (the enum's own names are capitalised)
        format.CompletionSources.Add("jsonl", "json", "table", "parquet", "html");
        var output = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "write to FILE instead of standard output (html: the folder DIR)" };
        var inputFormat = new Option<InputFormat?>("--input-format")
        {
            HelpName = "F", CustomParser = ParseInputFormat,
            Description = "auto (default: *.jsonl and '{' on standard input are JSON Lines), text, or jsonl (folders are then read for *.jsonl)",
        };
        inputFormat.CompletionSources.Clear();
        inputFormat.CompletionSources.Add("auto", "text", "jsonl");
        var parallel = new Option<int?>("--parallel", "-p")
        {
            HelpName = "N", CustomParser = ParseParallelism,
            Description = "extract N documents at once (default: the number of processors); the output keeps the input order",
        };
        var maxSize = new Option<long?>("--max-document-size")
        {
            HelpName = "SIZE", CustomParser = ParseMaxSize,
            Description = "the largest document read (default 64M; K, M, G): a larger file, line or input is an error record",
        };
        command.Add(inputs);
        command.Add(format);
        command.Add(output);
        command.Add(inputFormat);
        command.Add(parallel);
        command.Add(maxSize);

        command.SetAction(parse =>
        {
            if (UsageError(parse.GetValue(inputs) ?? [], parse.GetValue(format) ?? OutputFormat.Jsonl, parse.GetValue(output)) is { } error)
                return QuoteExtractRootCommand.Refuse(parse, error, context.Stderr);
            if (extractors.Resolve(parse, context) is not { } extractorFor) return ExitCodes.Usage;
            // (The defaults are the record's.)
            var options = new ExtractOptions(parse.GetValue(inputs) ?? [], parse.GetValue(format) ?? OutputFormat.Jsonl, parse.GetValue(output));
            options = options with
            {
                InputFormat = parse.GetValue(inputFormat) ?? options.InputFormat,
                Parallelism = parse.GetValue(parallel) ?? options.Parallelism,
                MaxDocumentBytes = parse.GetValue(maxSize) ?? options.MaxDocumentBytes,
            };
            return Run(options, context, extractorFor(extractors.Types(parse) ?? ExtractorOptions.Default.AttributionTypes));
        });
    }

    // What is wrong with the arguments together, or null.
    private static string? UsageError(string[] inputs, OutputFormat format, string? output)
    {
        // ("- -" would read standard input twice: the second time nothing.)
        if (inputs.Count(input => input == "-") > 1) return "standard input ('-') can be given once.";
        if (inputs.Length == 0) return "no input given.";
        if (output is "") return "option '--out' needs a value.";
        if (format == OutputFormat.Parquet && output is null) return "--format parquet needs --out FILE.";
        // (One page goes to standard output; a JSON Lines input of several documents is refused when its second one comes.)
        if (format == OutputFormat.Html && output is null && (inputs.Length > 1 || inputs.Any(Directory.Exists)))
            return "--format html without --out writes the page of one document to standard output; for several documents give --out DIR.";
        return null;
    }

    private static OutputFormat? ParseFormat(ArgumentResult result) => result.Tokens[0].Value.ToLowerInvariant() switch
    {
        "jsonl" or "ndjson" => OutputFormat.Jsonl,
        "json" => OutputFormat.Json,
        "table" => OutputFormat.Table,
        "parquet" => OutputFormat.Parquet,
        "html" => OutputFormat.Html,
        var name => QuoteExtractRootCommand.Refuse<OutputFormat?>(result, $"unknown format '{name}' (expected jsonl, json, table, parquet or html)."),
    };

    private static InputFormat? ParseInputFormat(ArgumentResult result) => result.Tokens[0].Value.ToLowerInvariant() switch
    {
        "auto" => InputFormat.Auto,
        "text" or "txt" => InputFormat.Text,
        "jsonl" or "ndjson" => InputFormat.Jsonl,
        var name => QuoteExtractRootCommand.Refuse<InputFormat?>(result, $"unknown input format '{name}' (expected auto, text or jsonl)."),
    };

    private static int? ParseParallelism(ArgumentResult result)
    {
        var count = result.Tokens[0].Value;
        return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1024
            ? n
            : QuoteExtractRootCommand.Refuse<int?>(result, $"--parallel needs a number from 1 to 1024, not '{count}'.");
    }

    // "64M", "500K", "2G", "1000" (bytes): a positive size.
    private static long? ParseMaxSize(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        long unit = 1;
        var digits = text.Trim();
        if (digits.Length > 1 && char.ToUpperInvariant(digits[^1]) is 'K' or 'M' or 'G')
        {
            unit = char.ToUpperInvariant(digits[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            digits = digits[..^1];
        }
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= long.MaxValue / unit
            ? n * unit
            : QuoteExtractRootCommand.Refuse<long?>(result, $"--max-document-size needs a size such as 64M, 500K or 2G, not '{text}'.");
    }

    /// <summary>
    /// Runs the extraction. <see cref="CommandContext.Cancel"/> interrupts the batch (what was written stays complete);
    /// <see cref="CommandContext.Progress"/> allows a progress line on standard error (a terminal).
    /// </summary>
    private static int Run(ExtractOptions options, CommandContext context, Func<string, ExtractionResult> extract)
    {
        var (stdin, stdout, stderr, cancel) = (context.Stdin, context.Stdout, context.Stderr, context.Cancel);
        // The output never overwrites an input, nor lands in a folder being read (it would be read back).
        if (options.OutPath is not null && OutputClashesWithInput(options.OutPath, options.Inputs) is { } clash)
        {
            stderr.WriteLine($"quote-extract: --out {options.OutPath} {clash}; choose another output path.");
            return ExitCodes.Usage;
        }

        // A progress line on the terminal, unless the output itself goes to that terminal.
        var progress = context.Progress && (options.OutPath is not null || Console.IsOutputRedirected);
        if (options.OutPath is null) return Extract(options, stdin, DocumentWriter.Create(options.Format, stdout), stderr, extract, cancel, progress);

        if (options.Format == OutputFormat.Html) // a folder of pages, not one file
        {
            if (HtmlPagesWriter.Open(options.OutPath, out var error) is not { } pages)
            {
                stderr.WriteLine($"quote-extract: cannot write {options.OutPath}: {error}");
                return ExitCodes.OutputFailed;
            }
            return Extract(options, stdin, pages, stderr, extract, cancel, progress);
        }

        FileStream file;
        try
        {
            file = new FileStream(options.OutPath, FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"quote-extract: cannot write {options.OutPath}: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        int code = ExitCodes.OutputFailed;
        try
        {
            using (file)
            {
                if (options.Format == OutputFormat.Parquet)
                    return code = Extract(options, stdin, new ParquetRowsWriter(file), stderr, extract, cancel, progress);
                using var text = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
                return code = Extract(options, stdin, DocumentWriter.Create(options.Format, text), stderr, extract, cancel, progress);
            }
        }
        // (Closing flushes what was buffered: a full disk may show only then. One message for one failure.)
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (code != ExitCodes.OutputFailed) stderr.WriteLine($"quote-extract: cannot write {options.OutPath}: {e.Message}");
            return ExitCodes.OutputFailed;
        }
    }

    // Why writing to outPath would destroy or reread an input (the same file, or a file inside a folder read), or null.
    private static string? OutputClashesWithInput(string outPath, IReadOnlyList<string> inputs)
    {
        var output = RealPath(outPath);
        foreach (var input in inputs)
        {
            if (input == "-") continue;
            var real = RealPath(input);
            if (string.Equals(real, output, StringComparison.Ordinal)) return $"is the input {input}";
            if (Directory.Exists(input) && output.StartsWith(real.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"is inside the input folder {input}";
        }
        return null;
    }

    // The full path with symbolic links of existing files and folders followed, so two names of one file compare equal.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            if (File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target) return Path.GetFullPath(target.FullName);
            if (Directory.Exists(full) && new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } dir) return Path.GetFullPath(dir.FullName);
            if (Path.GetDirectoryName(full) is { } parent && Directory.Exists(parent) && new DirectoryInfo(parent).ResolveLinkTarget(returnFinalTarget: true) is { } linked)
                return Path.Combine(Path.GetFullPath(linked.FullName), Path.GetFileName(full));
        }
        catch (IOException) { } // (a link loop: compare the names as given)
        return full;
    }

    private static int Extract(ExtractOptions options, TextReader stdin, DocumentWriter writer, TextWriter stderr,
        Func<string, ExtractionResult> extract, CancellationToken cancel, bool showProgress)
    {
        using var progress = showProgress ? new BatchProgress(stderr, InputSource.TotalBytes(options.Inputs, options.InputFormat)) : null;
        Action<string> message = progress is null
            ? text => stderr.WriteLine($"quote-extract: {text}") // every error message names its document
            : text => progress.Note($"quote-extract: {text}");

        BatchSummary summary;
        try
        {
            var documents = InputSource.Enumerate(options.Inputs, stdin, options.InputFormat, options.MaxDocumentBytes);
            summary = BatchRunner.Run(documents, extract, writer, options.Parallelism, message, progress, cancel);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) // the output broke (disk full, closed pipe, no permission)
        {
            message($"cannot write the output: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        catch (HtmlPageWriter.SeveralDocumentsException e) // found only when the second document comes (a JSON Lines input)
        {
            message(e.Message);
            return ExitCodes.Usage;
        }
        progress?.Dispose();

        if (summary.Failed > 0) stderr.WriteLine($"quote-extract: {summary.Failed} document(s) failed.");
        if (summary.Cancelled)
        {
            stderr.WriteLine($"quote-extract: interrupted; the output is complete for the first {summary.Written} document(s).");
            return ExitCodes.Interrupted;
        }
        return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
