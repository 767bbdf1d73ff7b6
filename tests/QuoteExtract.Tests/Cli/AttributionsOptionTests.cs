using QuoteExtract.Cli;

namespace QuoteExtract.Tests.Cli;

/// <summary><c>--attributions speech|all|LIST</c>: which attribution types the CLI returns.</summary>
public class AttributionsOptionTests
{
    private const string Article = "The mayor said the bridge would reopen in May. The coach believes the team can win the league.";

    private static CliRun Real(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new StringReader(Article), stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Speech_by_default_and_every_type_when_asked()
    {
        var speech = Real("-", "--input-format", "text");
        speech.ExitCode.Should().Be(ExitCodes.Ok);
        speech.Stdout.Should().Contain("\"type\":\"speech\"").And.NotContain("\"type\":\"belief\"");

        var all = Real("-", "--input-format", "text", "--attributions", "all");
        all.Stdout.Should().Contain("\"type\":\"speech\"").And.Contain("\"type\":\"belief\"");

        var belief = Real("-", "--input-format", "text", "--attributions", "belief");
        belief.Stdout.Should().Contain("\"type\":\"belief\"").And.NotContain("\"type\":\"speech\"");
    }

    [Theory]
    [InlineData("speech", AttributionTypes.Speech)]
    [InlineData("all", AttributionTypes.All)]
    [InlineData("ALL", AttributionTypes.All)]
    [InlineData("speech,belief", AttributionTypes.Speech | AttributionTypes.Belief)]
    [InlineData(" knowledge , act ", AttributionTypes.Knowledge | AttributionTypes.Act)]
    public void Names_and_lists_are_read(string value, AttributionTypes types) => AttributionTypeNames.Parse(value).Should().Be(types);

    [Theory]
    [InlineData("")]
    [InlineData("speach")]
    [InlineData("speech,1")]
    [InlineData(",")]
    public void Unknown_names_are_refused(string value) => AttributionTypeNames.Parse(value).Should().BeNull();

    [Fact]
    public void A_bad_value_is_a_usage_error_that_says_what_is_allowed()
    {
        var run = CliRun.Of("x.txt", "--attributions", "opinions");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain("--attributions").And.Contain("belief");
        CliRun.Of("x.txt", "--attributions").ExitCode.Should().Be(ExitCodes.Usage);
    }
}
