using System.Text;
using QuoteExtract.Cli.Writers;

namespace QuoteExtract.Cli;

/// <summary>
/// <c>quote-extract [extract] FILE|DIR|-... [--format F] [--out FILE]</c>: extracts every input document
/// and writes one record per document as it goes. A document that fails becomes an error record; the run goes on.
/// </summary>
internal static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        Func<string, ExtractionResult> extract)
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

        if (options.OutPath is null) return Extract(options, stdin, stdout, stderr, extract);

        StreamWriter file;
        try
        {
            file = new StreamWriter(options.OutPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"quote-extract: cannot write {options.OutPath}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        using (file) return Extract(options, stdin, file, stderr, extract);
    }

    private static int Extract(ExtractOptions options, TextReader stdin, TextWriter output, TextWriter stderr,
        Func<string, ExtractionResult> extract)
    {
        var writer = DocumentWriter.Create(options.Format, output);
        var failed = 0;
        writer.Begin();
        foreach (var input in InputSource.Enumerate(options.Inputs, stdin))
        {
            var (result, error) = input.Text is null ? (null, input.Error) : Process(input, extract);
            if (error is not null)
            {
                failed++;
                stderr.WriteLine($"quote-extract: {error}"); // every error message names its file
            }
            writer.Write(input.Name, result, error);
        }
        writer.End();

        if (failed > 0) stderr.WriteLine($"quote-extract: {failed} document(s) failed.");
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static (ExtractionResult? Result, string? Error) Process(InputDocument input, Func<string, ExtractionResult> extract)
    {
        try
        {
            return (extract(input.Text!), null);
        }
        catch (Exception e) // one bad document must not stop the run
        {
            return (null, $"extraction failed for {input.Name}: {e.GetType().Name}: {e.Message}");
        }
    }
}
