using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A noun of saying with its that-clause and no possessor (recorded as <see cref="AttributionRuleId.PossessorNoun"/>): "amid speculation that she will run"; claims the cue when it reads one, kept or not.</summary>
internal sealed class NounThatReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.PossessorNoun];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context) =>
        context.ClaimWith(Read(context.Document, context.Sentence, context.Cue, context.End, context.Run.EarlierSources));

    // "amid speculation that she will run", "the disclosure that she used a private server", "He has the firm belief
    // that …": a noun of saying or thinking with its that-clause and no possessor. Whoever has, voices or makes it
    // speaks; else no one is named.
    internal static QuoteAttribution? Read(Document doc, Sentence s, CueMatch cue, int end, ReadOnlySpan<Mention> earlierSources)
    {
        if (!doc.Is(cue.End, "that") || cue.End + 3 >= end || !StartsClause(doc, cue.End + 1, end)) return null;
        var word = doc.TokenText(cue.First);
        int before = cue.First - 1;
        bool noun = UsedAsNoun(doc, cue) || HasNounEnding(word)
            || before >= s.FirstToken && doc.Tokens[before].Kind == TokenKind.Word && doc.Words(WordList.NounLeads).Contains(doc.TokenText(before));
        if (!noun || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || doc.Words(WordList.PastSpeech).Contains(word)
            || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ings", StringComparison.OrdinalIgnoreCase)) return null;
        // The verb whose object the noun is: up to three words back past a determiner and modifiers.
        Mention? source = null;
        for (int j = before; j >= s.FirstToken && before - j < 4; j--)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) break;
            if (!doc.Words(WordList.LightVerbs).Contains(doc.TokenText(j))) continue;
            source = CueFinder.SubjectOf(doc, new CueMatch(j, j + 1, s_lightVerbEntry, 0.5), s.FirstToken, earlierSources);
            break;
        }
        int stop = ClauseStop(doc, cue.End, end);
        if (doc.WordCount(Span(doc, cue.End, stop)) < 4) return null;
        return new QuoteAttribution
        {
            Content = Span(doc, cue.End, stop), Cue = cue.Span(doc), Source = source,
            Confidence = 0.5 * (0.5 + 0.5 * Math.Min(1, cue.Probability + 0.2)), Rule = AttributionRuleId.PossessorNoun,
        };
    }

    private static bool HasNounEnding(ReadOnlySpan<char> word)
    {
        foreach (var e in s_nounEndings) if (word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] s_nounEndings = ["tion", "sion", "ment", "ance", "ence", "ings", "ief", "ions", "ments", "ances", "ences"];
    private static readonly CueEntry s_lightVerbEntry = new("(verb of a noun of saying)", CueFlags.None);
}
