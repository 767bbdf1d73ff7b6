using System.ComponentModel;
using System.Diagnostics;

namespace QuoteExtract.Tests.Packaging;

/// <summary>Runs the <c>dotnet</c> command line (the SDK the tests run on) as a child process.</summary>
internal static class Dotnet
{
    /// <summary>A liveness bound for one command (a pack, a restore and build, a run), not a speed test.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static readonly Lazy<string?> s_unavailable = new(() =>
    {
        try
        {
            var run = Run(Directory.GetCurrentDirectory(), new Dictionary<string, string?>(), "--version");
            return run.ExitCode == 0 ? null : $"'dotnet --version' exited with {run.ExitCode}: {run.Output}";
        }
        catch (Exception e) when (e is Win32Exception or TimeoutException)
        {
            return e.Message;
        }
    });

    /// <summary>Why <c>dotnet</c> cannot be started here, or null when it can.</summary>
    public static string? Unavailable => s_unavailable.Value;

    public sealed record Result(int ExitCode, string Output);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>; <paramref name="environment"/>
    /// adds variables (a null value removes one). Standard output and error are returned together.
    /// </summary>
    /// <exception cref="TimeoutException">The command did not end within <see cref="Timeout"/> (it is killed).</exception>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host's own MSBuild settings must not leak into a separate build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'dotnet {string.Join(' ', arguments)}' did not end within {Timeout.TotalMinutes} minutes");
        }
        process.WaitForExit(); // the output streams are complete
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>A fact that is skipped, with its reason, when the <c>dotnet</c> command cannot be started.</summary>
public sealed class DotnetFactAttribute : FactAttribute
{
    public DotnetFactAttribute()
    {
        if (Dotnet.Unavailable is { } reason) Skip = "the dotnet command cannot be started here: " + reason;
    }
}
