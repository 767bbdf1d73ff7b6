using System.Text;
using QuoteExtract.Cli;

namespace QuoteExtract.Tests.Cli;

/// <summary>Runs the CLI in-process for the batch tests, with any extractor, standard input and cancellation.</summary>
internal static class BatchRun
{
    public static CliRun Of(Func<string, ExtractionResult> extract, TextReader stdin, CancellationToken cancel, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdin, stdout, stderr, extract, cancel);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static CliRun Of(Func<string, ExtractionResult> extract, params string[] args) =>
        Of(extract, new StringReader(""), CancellationToken.None, args);

    public static CliRun WithStdin(string stdin, params string[] args) =>
        Of(CliRun.FakeExtract, new StringReader(stdin), CancellationToken.None, args);

    /// <summary>The fake extractor after a random pause of up to <paramref name="maxMs"/> ms, so documents finish out of order.</summary>
    public static Func<string, ExtractionResult> Sleepy(int maxMs, int seed = 7)
    {
        var random = new Random(seed);
        return text =>
        {
            int pause;
            lock (random) pause = random.Next(maxMs + 1);
            Thread.Sleep(pause);
            return CliRun.FakeExtract(text);
        };
    }

    /// <summary>A JSON Lines line <c>{"id": id, "text": text}</c>.</summary>
    public static string Line(string id, string text) =>
        $"{{\"id\":{System.Text.Json.JsonSerializer.Serialize(id)},\"text\":{System.Text.Json.JsonSerializer.Serialize(text)}}}";

    public static string Lines(IEnumerable<(string Id, string Text)> documents)
    {
        var builder = new StringBuilder();
        foreach (var (id, text) in documents) builder.Append(Line(id, text)).Append('\n');
        return builder.ToString();
    }
}
