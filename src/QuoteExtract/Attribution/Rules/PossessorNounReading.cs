using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution.Rules;

/// <summary>A possessor and a cue noun (<see cref="AttributionRuleId.PossessorNoun"/>): "Lee's claim that CONTENT"; claims the cue when it reads one, kept or not.</summary>
internal sealed class PossessorNounReading : ICueReading
{
    private static readonly AttributionRuleId[] s_ids = [AttributionRuleId.PossessorNoun];

    /// <inheritdoc />
    public ReadOnlySpan<AttributionRuleId> Ids => s_ids;

    /// <inheritdoc />
    public bool TryRead(ref CueReadingContext context) =>
        context.ClaimWith(Read(context.Document, context.Sentence, context.Cue, context.End));

    // "Trump's claim that …", "the ministry's earlier warning that …", "his insistence that …": a cue noun with a
    // that-clause, spoken by its possessor.
    internal static QuoteAttribution? Read(Document doc, Sentence s, CueMatch cue, int end)
    {
        // "the minister's claim that X", "the authorities' claims of X" (a noun of saying, not a verb: "claims of").
        bool of = doc.Is(cue.End, "of") && doc.TokenText(cue.First).EndsWith('s') && (cue.Entry.Flags & CueFlags.Reporting) != 0;
        // "Clinton's plans to rally the base", "his call to end the rigged economy": an infinitive of intent.
        bool to = doc.Is(cue.End, "to") && (cue.Entry.Flags & (CueFlags.Reporting | CueFlags.Stance)) != 0 && cue.End + 1 < end && doc.Tokens[cue.End + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(cue.End + 1)[0])
            && !doc.Has(cue.End + 1, WordClass.Determiner) && !doc.Has(cue.End + 1, WordClass.Pronoun);
        if (!(doc.Is(cue.End, "that") || of || to) || cue.End + 2 >= end) return null;
        // A noun, not a verb after its subject ("his son refused to …", "her aide said that …").
        var form = doc.TokenText(cue.First);
        if (form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || doc.Words(WordList.PastSpeech).Contains(form)) return null;
        int j = cue.First - 1;
        // Up to two modifiers between the possessor and the noun ("earlier", "repeated").
        for (int m = 0; m < 2 && j > s.FirstToken && doc.Tokens[j].Kind == TokenKind.Word && char.IsLower(doc.TokenText(j)[0])
            && !doc.Words(WordList.PossessivePronouns).Contains(doc.TokenText(j)); m++) j--;
        if (j < s.FirstToken) return null;
        Mention? source = null;
        if (doc.IsPossessive(j)) source = NounPhraseReader.ReadBackward(doc, j, s.FirstToken);
        else if (doc.Tokens[j].Kind == TokenKind.Word && doc.Words(WordList.PossessivePronouns).Contains(doc.TokenText(j)))
        {
            var word = doc.TokenText(j);
            bool plural = word.Equals("their", StringComparison.OrdinalIgnoreCase);
            var kind = plural ? SpeakerKind.Group : word.Equals("its", StringComparison.OrdinalIgnoreCase) ? SpeakerKind.Organization : SpeakerKind.Person;
            var gender = word.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
            var span = doc.Tokens[j].Span;
            source = new Mention(span, span, [], MentionShape.Pronoun, kind, gender, plural, j, j + 1);
        }
        if (source is null) return null;
        return of ? Make(doc, cue with { End = cue.End + 1 }, source, cue.End + 1, ClauseStop(doc, cue.End + 1, end), 0.6, AttributionRuleId.PossessorNoun)
            : Make(doc, cue, source, cue.End, ClauseStop(doc, cue.End, end), 0.6, AttributionRuleId.PossessorNoun);
    }
}
