using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

// Subjects and objects the phrase reader cannot read: a few plain words ("Experts on North Korea"), a long
// stretch before a speech verb ("Large majorities of the farmers in three counties said"), words up to a comma.
internal static partial class CueFinder
{
    /// <summary>
    /// A subject the phrase reader does not know ("Experts on North Korea", "Those close to him", "someone"):
    /// the words from <paramref name="from"/> (past a leading conjunction) to the cue, when they are few and
    /// plainly a noun phrase (no comma, quote mark, cue or verb-like auxiliary inside).
    /// </summary>
    public static Mention? BareSubject(Document doc, int from, int cueFirst)
    {
        int end = SkipFillersBackward(doc, cueFirst, from);
        while (from < end && doc.Tokens[from].Kind == TokenKind.Word && doc.Words(WordList.LeadingWords).Contains(doc.TokenText(from)))
        {
            from++;
            if (from < end && doc.IsPunct(from, ',')) from++; // "Still, the report suggests …"
        }
        if (end <= from || end - from > 8) return null;
        for (int i = from; i < end; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind is TokenKind.QuoteMark or TokenKind.Dash || t.Kind == TokenKind.Punctuation && !doc.IsPunct(i, '.')) return null;
            if (t.Kind == TokenKind.Word && (doc.Has(i, WordClass.Filler) || doc.Is(i, "that") || doc.Is(i, "who") || doc.Is(i, "which"))) return null;
            if (i > from && At(doc, i) is { Probability: >= 0.3 }) return null;
            // A verb of its own makes it a clause ("Trump took offense at", "the gravitas … combined with").
            if (i > from && t.Kind == TokenKind.Word && (doc.Words(WordList.PhraseFiniteWords).Contains(doc.TokenText(i)) || doc.Words(WordList.SubjectIrregularPasts).Contains(doc.TokenText(i))
                || LowerPast(doc, i) && !Participle(doc, i) && !NounSlot(doc, i))) return null;
        }
        // A phrase starts with a determiner, a capital or a word like "someone" (lower-case, after a capital sentence start),
        // never with a clause word ("If a replacement …", "There's no way to …", "what many …").
        var first = doc.TokenText(from);
        // ("In a statement announcing …", "At a news conference": a prepositional phrase speaks for no one.)
        if (doc.Words(WordList.NotPhraseStarts).Contains(first) || doc.Words(WordList.PhrasePrepositions).Contains(first)) return null;
        if (!(char.IsUpper(first[0]) || doc.Has(from, WordClass.Determiner) || doc.Has(from, WordClass.GroupHead))) return null;
        return NounPhraseReader.Analyze(doc, from, end);
    }

    private static bool NounSlot(Document doc, int i) => doc.Has(i - 1, WordClass.Determiner) || doc.IsPossessive(i - 1);

    private static bool LowerPast(Document doc, int i) => doc.TokenText(i) is var w && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]);

    // "the nurses surveyed across four hospitals": a past participle after a noun and before a preposition describes it.
    private static bool Participle(Document doc, int i) =>
        doc.TokenText(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && doc.Tokens[i - 1].Kind == TokenKind.Word
        && i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Kind == TokenKind.Word && doc.Words(WordList.ParticipleTimeFollowers).Contains(doc.TokenText(i + 1));

    /// <summary>
    /// For a speech cue whose subject the phrase reader cannot read, the whole stretch from the sentence start
    /// (past conjunctions; none after an introductory word) to the cue: "Large majorities of the farmers in three counties
    /// said …", "Some residents who have lived beside the river for decades, in trailers or farmhouses, said …".
    /// At most 30 tokens, no quote mark or sentence end inside, opening like a noun phrase.
    /// </summary>
    public static Mention? LongSubject(Document doc, int from, int cueFirst)
    {
        int end = SkipFillersBackward(doc, cueFirst, from);
        // "… last spring said": the time phrase before the cue is not part of the subject.
        if (end - 2 > from && doc.Tokens[end - 1].Kind == TokenKind.Word && doc.Words(WordList.CalendarTimeHeads).Contains(doc.TokenText(end - 1))
            && doc.Tokens[end - 2].Kind == TokenKind.Word && doc.Words(WordList.TimeLeads).Contains(doc.TokenText(end - 2)))
            end -= 2;
        while (end > from && doc.IsPunct(end - 1, ',')) end--;
        while (from < end && doc.Tokens[from].Kind == TokenKind.Word && doc.Words(WordList.LeadingWords).Contains(doc.TokenText(from)))
        {
            from++;
            if (from < end && doc.IsPunct(from, ',')) from++;
        }
        if (IntroducesSentence(doc, from)) return null;
        if (end - from < 2 || end - from > 30) return null;
        // "The union stayed calm for months, though a review board in 2019 found": the subject is the last clause's,
        // after its opening word.
        for (int i = end - 2; i > from; i--)
            if (doc.IsPunct(i - 1, ',') && doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.NotPhraseStarts).Contains(doc.TokenText(i))) { from = i + 1; break; }
        bool relative = false;
        for (int i = from; i < end; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.QuoteMark || doc.IsTerminal(i) || doc.IsPunct(i, ';') || doc.IsPunct(i, ':')) return null;
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            relative |= i > from && doc.Words(WordList.RelativePronouns).Contains(doc.TokenText(i));
            // A verb of its own makes the stretch a clause ("X has been targeting Y since Z, at the debate, cited",
            // "the union stayed calm"), except inside a relative clause ("voters who have listened").
            // (After an article or a possessive the word is a noun: "familiar with the planning", "Monday's meeting".)
            if (!relative && i > from && (doc.Words(WordList.PhraseFiniteWords).Contains(doc.TokenText(i)) || doc.Words(WordList.NotPhraseStarts).Contains(doc.TokenText(i))
                || (StartsPredicate(doc, i) || LowerPast(doc, i)) && !Participle(doc, i) && !NounSlot(doc, i))) return null;
        }
        // It ends on its head noun, not on a preposition or an article ("none of the rules should stop him from").
        if (doc.Tokens[end - 1].Kind != TokenKind.Word && doc.Tokens[end - 1].Kind != TokenKind.Number || doc.Words(WordList.Connectors).Contains(doc.TokenText(end - 1))
            || doc.Has(end - 1, WordClass.Determiner) || doc.Words(WordList.NotPhraseStarts).Contains(doc.TokenText(end - 1))) return null;
        var first = doc.TokenText(from);
        if (doc.Words(WordList.NotPhraseStarts).Contains(first) || doc.Has(from, WordClass.Pronoun)) return null;
        if (!(char.IsUpper(first[0]) || doc.Has(from, WordClass.Determiner) || doc.Has(from, WordClass.GroupHead))) return null;
        return NounPhraseReader.Analyze(doc, from, end);
    }

    /// <summary>
    /// The plain words from <paramref name="from"/> to the next comma, dash or the sentence end (before
    /// <paramref name="end"/>), as a phrase: at most ten words, no quote mark, cue or clause word inside.
    /// </summary>
    public static Mention? BareObject(Document doc, int from, int end)
    {
        int stop = from;
        while (stop < end && stop - from <= 10)
        {
            var t = doc.Tokens[stop];
            if (t.Kind is TokenKind.Dash || t.Kind == TokenKind.Punctuation && (doc.IsPunct(stop, ',') || doc.IsTerminal(stop))) break;
            if (t.Kind == TokenKind.QuoteMark || t.Kind == TokenKind.Punctuation && !doc.IsPunct(stop, '.')) return null;
            if (t.Kind == TokenKind.Word && (doc.Is(stop, "that") || doc.Is(stop, "who") || doc.Is(stop, "which")
                || doc.Has(stop, WordClass.Filler))) return null;
            stop++;
        }
        if (stop == from || stop - from > 10 || doc.Tokens[from].Kind is not (TokenKind.Word or TokenKind.Number)) return null;
        return NounPhraseReader.Analyze(doc, from, stop);
    }
}
