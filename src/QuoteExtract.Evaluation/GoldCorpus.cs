using System.Text;

namespace QuoteExtract.Evaluation;

/// <summary>What every gold corpus reader gives: the folder, its documents and the warnings met reading them.</summary>
public abstract class GoldCorpus
{
    // No BOM stripping and no line-end translation: the annotations count offsets over the text exactly as stored.
    private protected static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private protected GoldCorpus(string directory, IReadOnlyList<GoldDocument> documents, IReadOnlyList<string> warnings)
    {
        Directory = directory;
        Documents = documents;
        Warnings = warnings;
    }

    /// <summary>The corpus folder as given.</summary>
    public string Directory { get; }

    /// <summary>The documents, in the reader's order (ordinal order of their files).</summary>
    public IReadOnlyList<GoldDocument> Documents { get; }

    /// <summary>One message per skipped or suspicious line or file met while reading.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
