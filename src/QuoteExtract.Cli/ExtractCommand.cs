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

        // A progress line on the terminal, unless the output itself goes to that terminal.
        progress = progress && (options.OutPath is not null || Console.IsOutputRedirected);
        if (options.OutPath is null) return Extract(options, stdin, DocumentWriter.Create(options.Format, stdout), stderr, extract, cancel, progress);

        if (options.Format == OutputFormat.Html) // a folder of pages, not one file
        {
            if (HtmlPagesWriter.Open(options.OutPath, out var error) is not { } pages)
            {
                stderr.WriteLine($"quote-extract: cannot write {options.OutPath}: {error}");
                return ExitCodes.SomeFailed;
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
            return ExitCodes.SomeFailed;
        }
        using (file)
        {
            if (options.Format == OutputFormat.Parquet)
                return Extract(options, stdin, new ParquetRowsWriter(file), stderr, extract, cancel, progress);
            using var text = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
            return Extract(options, stdin, DocumentWriter.Create(options.Format, text), stderr, extract, cancel, progress);
        }
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
            var documents = InputSource.Enumerate(options.Inputs, stdin, options.InputFormat);
            summary = BatchRunner.RunAsync(documents, extract, writer, options.Parallelism, message, progress, cancel)
                .GetAwaiter().GetResult();
        }
        catch (IOException e) // the output broke (disk full, closed pipe): nothing more can be written
        {
            message($"cannot write the output: {e.Message}");
            return ExitCodes.SomeFailed;
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
