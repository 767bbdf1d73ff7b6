using QuoteExtract.Cli;

namespace QuoteExtract.Tests.Cli;

/// <summary>Shell completion comes from the command definitions (System.CommandLine), for every command.</summary>
public sealed class CompletionTests
{
    private static string[] Completions(string commandLine)
    {
        var context = new CommandContext(TextReader.Null, TextWriter.Null, TextWriter.Null, CliRun.FakeExtract, default, false);
        return [.. QuoteExtractRootCommand.Create(context).Parse(commandLine).GetCompletions().Select(c => c.Label)];
    }

    [Fact]
    public void Options_values_and_commands_are_completed()
    {
        Completions("x.txt --inp").Should().Equal("--input-format");
        Completions("x.txt --input-format ").Should().Equal("auto", "jsonl", "text");
        Completions("x.txt --attributions ").Should().Contain(["speech", "all", "belief"]);
        Completions("eval gold --sp").Should().Equal("--speakers");
        Completions("checkworthiness a.tsv --o").Should().Equal("--out");
        Completions("e").Should().Contain(["eval", "extract"]);
    }

    [Fact]
    public void Hidden_commands_and_options_are_not_offered()
    {
        Completions("--r").Should().NotContain("--rules-only");
        Completions("he").Should().NotContain("help");
    }
}
