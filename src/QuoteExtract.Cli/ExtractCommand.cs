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
    /// <summary>
    /// Runs the command. <paramref name="cancel"/> interrupts the batch (what was written stays complete);
    /// <paramref name="progress"/> draws a progress line on <paramref name="stderr"/> (a terminal).
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        Func<string, ExtractionResult> extract, CancellationToken cancel = default, bool progress = false)
    {
        var options = ExtractOptions.Parse(args, out var usageError);
        if (options is null)
        {
            stderr.WriteLine($"quote-extract: {usageError}");
            stderr.WriteLine("Run 'quote-extract --help' for usage.");
            return ExitCodes.Usage;
        }
        if (options.Help)
        {
            stdout.Write(Usage.Text);
            return ExitCodes.Ok;
        }

        // The output never overwrites an input, nor lands in a folder being read (it would be read back).
        if (options.OutPath is not null && OutputClashesWithInput(options.OutPath, options.Inputs) is { } clash)
        {
            stderr.WriteLine($"quote-extract: --out {options.OutPath} {clash}; choose another output path.");
            return ExitCodes.Usage;
        }

        // A progress line on the terminal, unless the output itself goes to that terminal.
        progress = progress && (options.OutPath is not null || Console.IsOutputRedirected);
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
            summary = BatchRunner.RunAsync(documents, extract, writer, options.Parallelism, message, progress, cancel)
                .GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) // the output broke (disk full, closed pipe, no permission)
        {
            message($"cannot write the output: {e.Message}");
            return ExitCodes.OutputFailed;
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
