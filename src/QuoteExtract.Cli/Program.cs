using System.Text;

namespace QuoteExtract.Cli;

/// <summary>Entry point of <c>quote-extract</c>: the process's streams, then the command line (<see cref="QuoteExtractRootCommand"/>).</summary>
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
        try
        {
            return Run(args, stdin, stdout, Console.Error, cancel: interrupt.Token, progress: !Console.IsErrorRedirected);
        }
        catch (IOException e) // output that is no batch's (help, a report) into a closed pipe: the batch says its own
        {
            Console.Error.WriteLine($"quote-extract: cannot write the output: {e.Message}");
            return ExitCodes.OutputFailed;
        }
    }

    // Standard output as a plain file stream where it is a pipe: .NET's console stream ignores a closed pipe
    // ("quote-extract big.jsonl | head") and the run would go on to the end and report success; a file stream fails
    // with the pipe's error, which ends the run with exit code 3. Not for a file: a file stream writes at offsets of its
    // own and leaves the shared file offset where it was, so "{ run; run; } > out" would write the second run over the
    // first; the console stream writes where the file is.
    private static Stream StandardOutput()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        try
        {
            var stream = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek) return stream;
            stream.Dispose();
            return Console.OpenStandardOutput();
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
    /// Runs the command line in-process; <paramref name="extract"/>, when given, replaces the extractor the options choose.
    /// <paramref name="cancel"/> interrupts a batch; <paramref name="progress"/> allows a progress line on <paramref name="stderr"/>.
    /// </summary>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        Func<string, ExtractionResult>? extract = null, CancellationToken cancel = default, bool progress = false)
    {
        try
        {
            return QuoteExtractRootCommand.Invoke(args, new CommandContext(stdin, stdout, stderr, extract, cancel, progress));
        }
        finally
        {
            stdout.Flush();
        }
    }
}
