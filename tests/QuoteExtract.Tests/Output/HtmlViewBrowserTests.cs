using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Output;

/// <summary>Finds Debian's headless-capable <c>chromium</c> and runs it on a local page.</summary>
internal static class Chromium
{
    private static readonly Lazy<string?> s_path = new(Locate);

    /// <summary>The chromium executable (<c>QUOTEEXTRACT_CHROMIUM</c>, <c>/usr/bin/chromium</c>, or on PATH), or null.</summary>
    public static string? Path => s_path.Value;

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("QUOTEEXTRACT_CHROMIUM");
        if (!string.IsNullOrEmpty(env) && File.Exists(env)) return env;
        if (File.Exists("/usr/bin/chromium")) return "/usr/bin/chromium";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "chromium");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>
    /// Runs headless chromium on <paramref name="page"/> with a fresh profile and no network services, plus
    /// <paramref name="extra"/> arguments; returns its standard output. Fails after <paramref name="timeout"/>.
    /// </summary>
    public static string Run(string page, TimeSpan timeout, params string[] extra)
    {
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qx-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium not found"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-quic", "--user-data-dir=" + profile])
            start.ArgumentList.Add(arg);
        foreach (var arg in extra) start.ArgumentList.Add(arg);
        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {timeout.TotalSeconds} s");
            }
            process.WaitForExit();
            process.ExitCode.Should().Be(0, "chromium succeeds; its standard error was:\n" + stderr.Result);
            return stdout.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { } // best effort
        }
    }
}

/// <summary>A fact that is skipped, with its reason, when chromium is not installed (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
            Skip = "chromium is not installed (/usr/bin/chromium); .ci/run installs it with apt-get, or set QUOTEEXTRACT_CHROMIUM.";
    }
}

/// <summary>The seed page opened in a real headless browser.</summary>
public sealed class HtmlViewBrowserTests : IDisposable
{
    private const string Injected = "<script>window.__injected = 1; document.title = 'PWNED'</script>";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "qx-html-" + Guid.NewGuid().ToString("N"));

    public HtmlViewBrowserTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { } // best effort
    }

    [ChromiumFact]
    public void Seed_page_colours_every_quote_by_speaker_runs_no_injected_script_and_renders()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "000_329f24a8b1ceea21.txt");
        var text = File.ReadAllText(seed) + "\n\n" + Injected + "\n";
        var result = QuoteExtractor.Default.Extract(text);
        result.Quotes.Should().NotBeEmpty();
        var page = Path.Combine(_folder, "seed.html");
        File.WriteAllText(page, HtmlView.Render("000_329f24a8b1ceea21.txt", text, result), new UTF8Encoding(false));

        var dom = Chromium.Run(page, s_timeout, "--dump-dom");

        // The page's own script ran (its marker is there) and saw no trace of the injected one.
        var root = Regex.Match(dom, "<html\\b[^>]*>").Value;
        root.Should().Contain("data-ran=\"page\"", "the page's own inline script runs");
        root.Should().Contain("data-injected=\"undefined\"", "window.__injected was never set");
        Regex.Match(dom, "<title>(.*?)</title>").Groups[1].Value.Should().Be("000_329f24a8b1ceea21.txt — QuoteExtract");
        dom.Should().NotContain("<script>window.__injected");
        // The injected script shows as text (highlights may wrap parts of it, so compare the text without the page's tags).
        var visible = Regex.Replace(dom, "<[^>]+>", "");
        visible.Should().Contain("&lt;script&gt;window.__injected = 1; document.title = 'PWNED'&lt;/script&gt;", "the script shows as text");

        // Every quote has its highlight, in its speaker's colour (the colour the speaker panel shows for that speaker).
        var panelColors = Regex.Matches(dom, "<li class=\"speaker\"[^>]*data-speaker-id=\"([^\"]*)\" style=\"--c:(#[0-9a-f]{6})\"")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        panelColors.Should().ContainKeys(result.Speakers.Select(s => s.Id));
        var marks = Regex.Matches(dom, "<mark class=\"q[^\"]*\"[^>]*>").Select(m => m.Value).ToList();
        foreach (var quote in result.Quotes)
        {
            var expected = HtmlView.SpeakerColor(result, quote.SpeakerId);
            if (quote.SpeakerId is not null) panelColors[quote.SpeakerId].Should().Be(expected);
            var own = marks.Where(m => m.Contains($"data-quote-id=\"{quote.Id}\"", StringComparison.Ordinal)).ToList();
            own.Should().NotBeEmpty($"quote {quote.Id} is highlighted");
            foreach (var mark in own)
            {
                mark.Should().Contain($"data-speaker-id=\"{quote.SpeakerId}\"");
                mark.Should().Contain($"style=\"--c:{expected}\"", $"quote {quote.Id} is in its speaker's colour");
            }
        }
        result.Speakers.Select(s => HtmlView.SpeakerColor(result, s.Id)).Should().OnlyHaveUniqueItems();

        // A screenshot: a PNG of the requested size with real content.
        var png = Path.Combine(_folder, "seed.png");
        Chromium.Run(page, s_timeout, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
        File.Exists(png).Should().BeTrue();
        var bytes = File.ReadAllBytes(png);
        bytes.Length.Should().BeInRange(20_000, 8_000_000);
        bytes[..8].Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
        Encoding.ASCII.GetString(bytes, 12, 4).Should().Be("IHDR");
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(1280);
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(2000);
    }
}
