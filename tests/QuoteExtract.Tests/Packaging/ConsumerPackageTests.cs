using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Xml.Linq;
using QuoteExtract.Tests.Cli;

namespace QuoteExtract.Tests.Packaging;

/// <summary>
/// The package as a .NET user gets it: src/QuoteExtract is packed into a folder, a new console app restores it from
/// that folder alone (nothing else: the library has no dependencies) and runs the README's C# snippets on the seed
/// article. The snippets are read from README.md at test time, so the README cannot drift from what compiles.
/// </summary>
public sealed class ConsumerPackageTests(PackedLibrary packed) : IClassFixture<PackedLibrary>
{
    private static string SeedArticle => Path.Combine(AppContext.BaseDirectory, "seeds", "000_329f24a8b1ceea21.txt");

    [DotnetFact]
    public void A_console_app_built_against_the_packed_package_runs_the_READMEs_snippets()
    {
        var package = packed.Package;
        var version = Path.GetFileNameWithoutExtension(package)["QuoteExtract.".Length..];
        File.Exists(Path.ChangeExtension(package, ".snupkg")).Should().BeTrue("the symbols are packed beside it");

        // The consumer: a plain console app whose only package source is the folder the package was packed into.
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        var blocks = ReadmeSnippets.Blocks(readme);
        blocks.Should().HaveCountGreaterThanOrEqualTo(2, "the README shows the one-liner and the builder");
        packed.Temp.Write("Directory.Build.props", "<Project />\n"); // nothing from folders above the temp folder
        packed.Temp.Write("app/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="QuoteExtract" Version="[{version}]" />
              </ItemGroup>
            </Project>
            """);
        packed.Temp.Write("app/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packed.Temp["feed"]}" />
              </packageSources>
            </configuration>
            """);
        var program = ReadmeSnippets.Program(blocks);
        foreach (var (name, source) in program) packed.Temp.Write("app/" + name, source);
        File.Copy(SeedArticle, packed.Temp["app/article.txt"]);

        var build = Dotnet.Run(packed.Temp["app"], packed.ConsumerEnvironment, "build", "Consumer.csproj", "-c", "Release", "-o", packed.Temp["app/out"]);
        build.ExitCode.Should().Be(0, "the README's snippets compile against the package:\n" + build.Output + "\n" + string.Join("\n", program.Select(f => $"// {f.Key}\n{f.Value}")));
        // The library the app runs is the one in the package.
        Hash(packed.Temp["app/out/QuoteExtract.dll"]).Should().Be(HashInPackage(package, "lib/net10.0/QuoteExtract.dll"));

        var run = Dotnet.Run(packed.Temp["app"], packed.ConsumerEnvironment, Path.Combine("out", "Consumer.dll"));
        run.ExitCode.Should().Be(0, "the README's snippets run:\n" + run.Output);

        // It prints the seed article's quotes, each with its speaker, as the library in this process finds them.
        var expected = QuoteExtractor.Default.Extract(File.ReadAllText(SeedArticle));
        expected.Quotes.Should().HaveCountGreaterThanOrEqualTo(10, "the seed article is full of quotes");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThanOrEqualTo(expected.Quotes.Count);
        foreach (var quote in expected.Quotes)
            run.Output.Should().Contain(quote.Text, "every quote is printed");
        foreach (var quote in expected.Quotes.Where(q => q.SpeakerId is not null && !q.Text.Contains('\n')))
            lines.Should().Contain(l => l.Contains(quote.Text, StringComparison.Ordinal) && l.Contains(expected.SpeakerOf(quote)!.Name, StringComparison.Ordinal),
                "each quote is printed with its speaker");
    }

    [DotnetFact]
    public void The_package_has_its_readme_icon_output_contract_repository_and_no_dependencies()
    {
        var package = packed.Package;
        using var zip = ZipFile.OpenRead(package);
        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "icon.png", "docs/output-format.md", "lib/net10.0/QuoteExtract.dll", "lib/net10.0/QuoteExtract.xml"]);
        ReadEntry(zip, "docs/output-format.md").Should().Be(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "output-format.md")));

        var nuspec = XDocument.Parse(ReadEntry(zip, "QuoteExtract.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "icon")!.Value.Should().Be("icon.png");
        metadata.Element(ns + "projectUrl")!.Value.Should().StartWith("https://");
        metadata.Element(ns + "releaseNotes")!.Value.Should().Contain("0.1.0");
        var repository = metadata.Element(ns + "repository")!;
        repository.Attribute("type")!.Value.Should().Be("git");
        repository.Attribute("url")!.Value.Should().Be(metadata.Element(ns + "projectUrl")!.Value);
        repository.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$", "Source Link knows the commit");
        metadata.Descendants(ns + "dependency").Should().BeEmpty("the library is dependency-free");
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static string HashInPackage(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.GetEntry(entry)!.Open();
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}

/// <summary>src/QuoteExtract packed once (on first use) into a temporary folder, for the tests of the package.</summary>
public sealed class PackedLibrary : IDisposable
{
    private readonly Lazy<string> _package;

    public PackedLibrary() => _package = new(Pack);

    /// <summary>The temporary folder: the package in feed/, and room for consumers; deleted on dispose.</summary>
    internal TempFolder Temp { get; } = new();

    /// <summary>The path of the packed .nupkg.</summary>
    public string Package => _package.Value;

    // The configuration these tests were built in: packing it again is then an incremental build.
    private static readonly string s_configuration =
        typeof(PackedLibrary).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>
    /// The environment of a consumer's dotnet commands: its restore uses a packages folder of its own, so that a package of
    /// the same version cached in the machine's global packages folder by an earlier run (with other contents) cannot
    /// stand in for the one packed now.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = Temp["nuget-packages"],
    };

    private string Pack()
    {
        var project = Path.Combine(SharedData.RepositoryRoot, "src", "QuoteExtract", "QuoteExtract.csproj");
        var pack = Dotnet.Run(SharedData.RepositoryRoot, new Dictionary<string, string?>(), "pack", project, "-c", s_configuration, "-o", Temp["feed"]);
        pack.ExitCode.Should().Be(0, "dotnet pack succeeds:\n" + pack.Output);
        var packages = Directory.GetFiles(Temp["feed"], "QuoteExtract.*.nupkg");
        packages.Should().ContainSingle("one library package is packed");
        return packages[0];
    }

    public void Dispose() => Temp.Dispose();
}
