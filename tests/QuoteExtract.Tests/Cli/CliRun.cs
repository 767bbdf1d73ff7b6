using QuoteExtract.Cli;

namespace QuoteExtract.Tests.Cli;

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>
    /// The fake extractor: a quote of the whole text attributed to a speaker named after the text's first
    /// word; text starting with "boom" throws, as a failing extractor would.
    /// </summary>
    public static ExtractionResult FakeExtract(string text)
    {
        if (text.StartsWith("boom", StringComparison.Ordinal)) throw new InvalidOperationException("kaboom");
        return Output.SampleResults.OneQuote(text, "Speaker " + text.Split(' ')[0]);
    }

    public static CliRun Of(params string[] args) => WithStdin("", args);

    public static CliRun WithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new StringReader(stdin), stdout, stderr, FakeExtract);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
