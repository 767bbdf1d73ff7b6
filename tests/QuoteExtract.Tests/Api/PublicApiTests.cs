using PublicApiGenerator;

namespace QuoteExtract.Tests.Api;

/// <summary>
/// The library's public API is what a user calls, and changes to it are deliberate: it is compared with the
/// checked-in baseline <c>tests/QuoteExtract.Tests/Api/QuoteExtract.approved.txt</c>. After a deliberate change, copy the
/// <c>.received.txt</c> the failing test writes over the baseline and commit both the change and the baseline.
/// </summary>
public class PublicApiTests
{
    private static readonly string Baseline = Path.Combine(SharedData.RepositoryRoot, "tests", "QuoteExtract.Tests", "Api", "QuoteExtract.approved.txt");

    private static string CurrentApi() =>
        typeof(QuoteExtractor).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

    [Fact]
    public void The_public_API_is_the_checked_in_baseline()
    {
        var current = CurrentApi();
        var received = Path.ChangeExtension(Baseline, null).Replace(".approved", ".received") + ".txt";
        var approved = File.Exists(Baseline) ? File.ReadAllText(Baseline).ReplaceLineEndings("\n") : "";
        if (current != approved) File.WriteAllText(received, current);
        else if (File.Exists(received)) File.Delete(received);

        current.Should().Be(approved, $"the public API changed: if that is deliberate, copy {received} over {Baseline}");
    }

    [Fact]
    public void The_core_assembly_has_at_most_40_public_types()
    {
        var types = typeof(QuoteExtractor).Assembly.GetExportedTypes();

        types.Length.Should().BeLessThanOrEqualTo(40, string.Join(", ", types.Select(t => t.Name).Order()));
        types.Should().NotContain(t => t.Namespace == "QuoteExtract.Evaluation", "the evaluation code is an assembly of its own");
    }
}
