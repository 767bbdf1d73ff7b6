using QuoteExtract.Text;

namespace QuoteExtract.Lexicon;

/// <summary>The word lists of a document's options (<see cref="ExtractorOptions.Lexicon"/>).</summary>
internal static class DocumentWords
{
    /// <summary>The set of <paramref name="list"/> in the lexicon <paramref name="doc"/> is extracted with.</summary>
    public static WordSet Words(this Document doc, WordList list) => doc.Options.Lexicon[list];
}
