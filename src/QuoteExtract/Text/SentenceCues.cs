using QuoteExtract.Lexicon;

namespace QuoteExtract.Text;

/// <summary>Closed-class English words the sentence splitter uses as evidence, looked up without allocation.</summary>
internal static class SentenceCues
{
    // The English lists: the splitter reads text alone, with no document or options (docs/lexicon.md).
    // Function words that typically open a new clause. After a weak terminal (an ellipsis or an abbreviation
    // like U.S. or p.m.) only one of these makes a split: "U.S. Sen. …" and "p.m. Monday" go on, "p.m. He …" splits.
    private static readonly WordSet s_starters = LanguageLexicon.English[WordList.SentenceStarters];

    // Reporting verbs that close an attribution after a quotation ("“Why?” Smith asked.").
    private static readonly WordSet s_reportingVerbs = LanguageLexicon.English[WordList.SentenceReportingVerbs];

    /// <summary>Is <paramref name="word"/> a clause-opening function word?</summary>
    public static bool IsStarter(ReadOnlySpan<char> word) => s_starters.Contains(word);

    /// <summary>Is <paramref name="word"/> a reporting verb?</summary>
    public static bool IsReportingVerb(ReadOnlySpan<char> word) => s_reportingVerbs.Contains(word);
}
