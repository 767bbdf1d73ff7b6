using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

/// <summary>What the attribution rules share: sentence bounds, spans of tokens, phrases up to a comma, word lists.</summary>
internal static class RuleHelpers
{
    // "is", "has", "would": a verb that makes a clause finite.
    public static readonly WordSet FiniteAuxiliaries = new(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
        "does", "do", "did", "wo", "ca");

    // The sentence without its final punctuation (a closing quote mark after it stays in).
    public static int ContentEnd(Document doc, Sentence s)
    {
        int end = s.EndToken;
        if (end - 1 > s.FirstToken && doc.IsTerminal(end - 1)) end--;
        return end;
    }

    // Past the conjunctions that open a sentence ("But …", "And so …"), no further than to.
    public static int SkipConjunctions(Document doc, int from, int to)
    {
        while (from < to && doc.Tokens[from].Kind == TokenKind.Word && (doc.Is(from, "but") || doc.Is(from, "and") || doc.Is(from, "yet") || doc.Is(from, "so"))) from++;
        return from;
    }

    /// <summary>The span of tokens from..to (empty at from when to &lt;= from).</summary>
    public static TextSpan Span(Document doc, int from, int to) =>
        to > from ? new TextSpan(doc.Tokens[from].Start, doc.Tokens[to - 1].End) : new TextSpan(doc.Tokens[Math.Min(from, doc.Tokens.Length - 1)].Start, doc.Tokens[Math.Min(from, doc.Tokens.Length - 1)].Start);

    // "according to a city/county survey,", "according to the engineer on duty at the dam that night,": the
    // source is all of it up to the comma, when the phrase reader stops short (at most 20 tokens).
    public static Mention? PhraseToComma(Document doc, int from, int end)
    {
        int stop = from;
        while (stop < end && stop - from <= 20 && !doc.IsPunct(stop, ',') && !doc.IsPunct(stop, ';') && doc.Tokens[stop].Kind != TokenKind.Dash) stop++;
        if (stop == from || stop - from > 20 || doc.Tokens[from].Kind is not (TokenKind.Word or TokenKind.Number)) return null;
        return NounPhraseReader.Analyze(doc, from, stop);
    }
}
