using System.Text;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>
/// <c>--format html --out DIR</c>: one self-contained page per document (<see cref="HtmlView.Render"/>), named
/// after the document in safe characters, written as soon as the document is done; at the end an
/// <c>index.html</c> lists every document with its counts and a link, and a failed document with its error.
/// </summary>
internal sealed class HtmlPagesWriter : DocumentWriter
{
    /// <summary>The name of the index page.</summary>
    public const string IndexFile = "index.html";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _directory;
    private readonly List<(string Document, string File, int Quotes, int Speakers, int Claims, string? Error)> _rows = [];
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { IndexFile }; // case-insensitive file systems too
    private bool _pageFailed;

    private HtmlPagesWriter(string directory) : base(TextWriter.Null) => _directory = directory;

    /// <summary>The writer for the folder <paramref name="directory"/> (created if needed), or null with the reason.</summary>
    public static HtmlPagesWriter? Open(string directory, out string? error)
    {
        try
        {
            Directory.CreateDirectory(directory);
            error = null;
            return new HtmlPagesWriter(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = e.Message;
            return null;
        }
    }

    public override void Write(string document, ExtractionResult? result, string? error) => Write(document, null, result, error);

    public override void Write(string document, string? text, ExtractionResult? result, string? error)
    {
        if (result is null || text is null)
        {
            _rows.Add((document, "", 0, 0, 0, error ?? "the text is not available"));
            return;
        }
        var file = UniqueName(document);
        try
        {
            File.WriteAllText(Path.Combine(_directory, file), HtmlView.Render(document, text, result), s_utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _pageFailed = true;
            throw new IOException($"the page {file} of {document}: {e.Message}", e);
        }
        _rows.Add((document, file, result.Quotes.Count, result.Speakers.Count, result.Claims.Count, null));
    }

    // After a failed page the run stops: no index (it would list an incomplete run, and its own write error, on a
    // full disk say, would hide the page's).
    public override void End()
    {
        if (!_pageFailed) File.WriteAllText(Path.Combine(_directory, IndexFile), HtmlView.RenderIndex(_rows), s_utf8);
    }

    private string UniqueName(string document)
    {
        var stem = SafeStem(document);
        var name = stem + ".html";
        for (var n = 2; !_used.Add(name); n++) name = $"{stem}-{n}.html";
        return name;
    }

    /// <summary>
    /// The page name for a document, without <c>.html</c>: its name without a <c>.txt</c> extension, every
    /// character other than ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c> (path separators too)
    /// replaced by <c>_</c>, no leading or trailing dot, at most 100 characters, never a Windows device name.
    /// </summary>
    internal static string SafeStem(string document)
    {
        var name = document.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? document[..^4] : document;
        var safe = new StringBuilder(name.Length);
        foreach (var c in name) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        var stem = safe.ToString();
        if (stem.Length > 100) stem = stem[..100];
        stem = stem.Trim('.');
        if (stem.Length == 0) return "document";
        var device = stem.Split('.')[0].ToUpperInvariant();
        if (device is "CON" or "PRN" or "AUX" or "NUL" || (device.Length == 4 && (device.StartsWith("COM") || device.StartsWith("LPT")) && char.IsAsciiDigit(device[3])))
            stem = "_" + stem;
        return stem;
    }
}
