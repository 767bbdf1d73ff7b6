namespace QuoteExtract.Tests;

/// <summary>Finds the read-only <c>../shared</c> folder beside the repository, when it is there.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> s_root = new(Locate);

    /// <summary>The path of <c>../shared</c>, or null when it is absent (a fresh clone elsewhere).</summary>
    public static string? Root => s_root.Value;

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("QUOTEEXTRACT_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }

    /// <summary>The repository root (the folder holding QuoteExtract.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln"))) return dir.FullName;
            throw new InvalidOperationException("QuoteExtract.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

/// <summary>A fact that is skipped, with its reason, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
            Skip = "../shared (corpora and seed annotations) is not beside this checkout; set QUOTEEXTRACT_SHARED to run this test.";
    }
}

/// <summary>A theory that is skipped, with its reason, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
            Skip = "../shared (corpora and seed annotations) is not beside this checkout; set QUOTEEXTRACT_SHARED to run this test.";
    }
}
