using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Mentions;

/// <summary>
/// Finds proper-name mentions across the article's own voice (outside quotes and boilerplate):
/// the antecedents that surnames and pronouns resolve to ("Finance Minister Ann Lee … Lee said … He").
/// </summary>
internal static class NameMentionFinder
{
    /// <summary>The token ranges of the name mentions, in text order, without building the mentions (cheap to scan); dispose after use.</summary>
    public static PooledList<(int First, int End)> FindRuns(Document doc) => FindRuns(doc, new DocumentPlaces(doc));

    /// <inheritdoc cref="FindRuns(Document)"/>
    /// <param name="doc">The document.</param>
    /// <param name="places">Sentences and paragraphs of <paramref name="doc"/>'s tokens, asked in text order.</param>
    public static PooledList<(int First, int End)> FindRuns(Document doc, DocumentPlaces places)
    {
        var tokens = doc.Tokens;
        // (Sized once: news has a name run per sixteen tokens or so, at most one per eight in the PolNeAR dev articles.)
        var found = new PooledList<(int First, int End)>(tokens.Length / 16 + 4);
        var quotes = doc.Quotes;
        // The next outermost quote that ends after the token, and its outer span (read once a quote, not once a token).
        int qi = -1, outerStart = int.MaxValue, outerEnd = int.MinValue;
        for (int i = 0; i < tokens.Length; i++)
        {
            // Skip quoted text: names in someone's words are not the article introducing an entity.
            int start = tokens[i].Start;
            while (outerEnd <= start)
            {
                do qi++; while (qi < quotes.Length && quotes[qi].Depth > 0);
                (outerStart, outerEnd) = qi < quotes.Length ? (quotes[qi].Outer.Start, quotes[qi].Outer.End) : (int.MaxValue, int.MaxValue);
            }
            // (Always forward: a token may run past the quote's end, and the token "at or after" the end is that one.)
            if (start >= outerStart) { i = Math.Max(i, doc.TokenAtOrAfter(outerEnd) - 1); continue; }
            // (A run starts at a capitalised word: most tokens are turned away by their kind or class alone. The kind
            // first: a document of quote marks alone never has its word classes computed.)
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial) || (doc.WordClasses[i] & WordClass.Capitalized) == 0
                || !StartsRun(doc, i)) continue;

            int end = i;
            // A name never runs over a paragraph break (a headline and its byline) or a sentence's end (a title and the first
            // sentence: "The Cost of Wisdom" / "Veronique stayed"), but does over a wrapped line ("Tom\nBerg").
            int sentence = places.SentenceOf(i);
            while (end < tokens.Length && InRun(doc, end) && (end == i || !doc.ParagraphBreakBetween(end - 1, end) && places.SentenceOf(end) == sentence)) end++;
            // A run must end in a name word: "Finance Minister Ann Lee", not "the Minister".
            int last = end;
            while (last > i && !doc.IsNameWord(last - 1)) last--;
            if (last > i && !places.IsBoilerplate(tokens[i].Start)) found.Add((i, last));
            i = Math.Max(i, end - 1);
        }
        return found;
    }

    private static bool StartsRun(Document doc, int i) =>
        doc.IsNameWord(i) || (doc.IsCapitalized(i) && doc.Has(i, WordClass.Title));

    private static bool InRun(Document doc, int i) =>
        doc.IsNameWord(i)
        || (doc.IsCapitalized(i) && doc.Has(i, WordClass.Title))
        || (doc.IsPossessive(i) && i + 1 < doc.Tokens.Length && doc.IsCapitalized(i + 1) && doc.Has(i + 1, WordClass.Title))
        || (doc.Tokens[i].Kind == TokenKind.Word && doc.Has(i, WordClass.Title) && i + 1 < doc.Tokens.Length && doc.IsNameWord(i + 1) && i > 0 && doc.IsNameWord(i - 1));
}
