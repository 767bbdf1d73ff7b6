namespace QuoteExtract.Tests.Cli;

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qx-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="text"/> (UTF-8) at <paramref name="relativePath"/>, creating folders; returns the full path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { } // best effort: a leftover temp folder is harmless
    }
}
