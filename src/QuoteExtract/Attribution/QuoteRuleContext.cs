using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What a quote rule (<see cref="IQuoteRule"/>) reads: the document, the quote and where it stands, which earlier
/// quotes are attributed (the index of each one's attribution, or -1), and the stage's scan for strong cues before a
/// quote; and what the rule that claims the quote found.
/// </summary>
internal struct QuoteRuleContext(Document document, QuoteContext where, QuotedSpan quote, int[] attributed, QuotedSpeechStage.StrongCueScan cuesBefore)
{
    /// <summary>The document.</summary>
    public readonly Document Document = document;

    /// <summary>Where the quote stands: its marks, paragraph, sentence and the room around it.</summary>
    public readonly QuoteContext Where = where;

    /// <summary>The quote.</summary>
    public readonly QuotedSpan Quote = quote;

    /// <summary>Per quote of <see cref="Document.QuoteArray"/>: the index of its attribution, or -1.</summary>
    public readonly int[] Attributed = attributed;

    /// <summary>Whether a strong cue stands before a quote in its sentence (read once per sentence).</summary>
    public readonly QuotedSpeechStage.StrongCueScan CuesBefore = cuesBefore;

    /// <summary>What the rule that claims the quote found (null: no attribution).</summary>
    public QuoteAttribution? Found;

    /// <summary>The control flow of a rule that claims the quote whenever it finds an attribution: keeps it, and says whether there is one.</summary>
    public bool ClaimWith(QuoteAttribution? found)
    {
        Found = found;
        return found is not null;
    }
}
