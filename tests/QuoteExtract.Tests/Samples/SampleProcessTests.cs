using System.Diagnostics;
using QuoteExtract.Tests.Cli;

namespace QuoteExtract.Tests.Samples;

/// <summary>The samples program as a reader runs it (<c>dotnet run --project samples/QuoteExtract.Samples -- --html</c>).</summary>
public sealed class SampleProcessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Runs the samples program built beside the tests in workingDirectory; returns its exit code and standard output.
    private static (int ExitCode, string Stdout) Run(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "QuoteExtract.Samples.dll");
        File.Exists(dll).Should().BeTrue("the samples are built beside the tests");
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        // (A liveness bound, not a speed test.)
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue("the process ends");
        return (process.ExitCode, stdout.Result);
    }

    [Fact]
    public void Html_without_a_path_writes_outside_the_current_folder_and_prints_where()
    {
        var article = _temp.Write("article.txt", "Ann Lee said \"the plan is dead and the vote is over.\"");
        var current = Path.Combine(_temp.Path, "repo");
        Directory.CreateDirectory(current);

        var (code, stdout) = Run(current, article, "--html");

        code.Should().Be(0);
        Directory.EnumerateFileSystemEntries(current).Should().BeEmpty("the current folder (the repository root, run from there) is not written to");
        var page = stdout.Trim();
        Path.IsPathFullyQualified(page).Should().BeTrue("the full path is printed");
        File.ReadAllText(page).Should().Contain("Ann Lee");
        File.Delete(page);
    }

    [Fact]
    public void Html_with_a_path_writes_there()
    {
        var article = _temp.Write("article.txt", "Ann Lee said \"the plan is dead and the vote is over.\"");

        var (code, stdout) = Run(_temp.Path, article, "--html", "page.html");

        code.Should().Be(0);
        stdout.Trim().Should().Be(_temp["page.html"]);
        File.ReadAllText(_temp["page.html"]).Should().Contain("Ann Lee");
    }
}
