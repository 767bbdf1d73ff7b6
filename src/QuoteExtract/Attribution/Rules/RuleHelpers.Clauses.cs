using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution.Rules;

// Where reported content ends and what makes a clause (a subject with a verb, a subject with a cue), whether a token
// stands inside a quote, and cue words that report nothing here: read by the reported-speech stage and its rules alike.
internal static partial class RuleHelpers
{
    // A cue inside quoted words is the quoted speaker's own ("the experience, temperament, critical thinking"):
    // what they report belongs to the quote, not to a reported clause of the article.
    internal static bool InsideQuote(Document doc, int token)
    {
        int at = doc.Tokens[token].Start;
        for (int q = doc.QuoteAtOrAfter(at) - 1, steps = 0; q >= 0 && steps < 8; q--, steps++)
        {
            var quote = doc.Quotes[q];
            if (quote.Depth != 0) continue;
            return quote.Content.Start <= at && at < quote.Content.End;
        }
        return false;
    }

    internal static bool ContainsQuote(Document doc, TextSpan content)
    {
        for (int i = doc.QuoteAtOrAfter(content.Start); i < doc.Quotes.Length; i++)
        {
            var q = doc.Quotes[i];
            if (q.Open.Start >= content.End) break;
            if (q.Depth == 0) return true;
        }
        return false;
    }

    // "suggests the government understands …", "believes Smith would win": a subject and a finite verb make the
    // complement a proposition, not an object.
    internal static bool StartsClause(Document doc, int k, int end)
    {
        if (k >= end || doc.Tokens[k].Kind != TokenKind.Word) return false;
        bool possessive = false;
        // The first verb within a subject's reach, and a phrase that fills the words before it (read backwards:
        // read forwards, "the second debate erased all memory" would run on past its verb).
        for (int v = k + 1; v < end - 1 && v - k <= 8; v++)
        {
            if (doc.Tokens[v].Kind != TokenKind.Word) { if (doc.Tokens[v].Kind is TokenKind.Punctuation or TokenKind.QuoteMark) return false; continue; }
            // "the authorities’ latest claims": after a possessive, a word like a verb is the possessed noun.
            possessive |= doc.IsPossessive(v - 1);
            bool auxiliary = doc.Words(WordList.FiniteAuxiliaries).Contains(doc.TokenText(v));
            // ("a packed crowd": right after an article a word like a verb is an adjective.)
            if (!auxiliary && !(IsVerbLike(doc, v) && !doc.TokenText(v).EndsWith("ing") && !doc.Has(v - 1, WordClass.Determiner))) continue;
            if (possessive && !auxiliary) return false;
            // The words before it: a phrase the reader knows, or plain words opening with a determiner, pronoun or capital.
            if (NounPhraseReader.ProbeBackward(doc, v, k) is { } np && np.First == k) return true;
            return AllWords(doc, k, v) && (doc.Has(k, WordClass.Determiner) || NounPhraseReader.IsPronoun(doc, k) || char.IsUpper(doc.TokenText(k)[0]));
        }
        return false;
    }

    // The clause ends at the sentence end, or before ", adding …", ", according to …", ", told …" (the end of a
    // relative clause: "Obama, who believed X, told …") and the like.
    internal static int ClauseStop(Document doc, int from, int end)
    {
        bool verbSeen = false; // whether the content so far has a verb of its own (kept as we go: linear in the clause)
        for (int i = from; i < end - 1; verbSeen = verbSeen || IsFiniteVerb(doc, i), i++)
        {
            if (doc.IsPunct(i, ';')) return i;
            // "… and said …", "… but noted …": a second verb of the same subject starts its own attribution.
            if (doc.Tokens[i].Length == 3 && (doc.Is(i, "and") || doc.Is(i, "but")) && i > from && CueFinder.At(doc, CueFinder.SkipFillersForward(doc, i + 1, end)) is { } c2
                && c2.Probability >= 0.5 && !UsedAsNoun(doc, c2)) return i;
            // "… was mishandled and Democrats accused …", "— and he noted that …": the same without a comma, once the
            // content has a verb of its own ("that both Sanders and Trump were referring …" goes on).
            // ("said the plan was sound and that it would pass": a second that-clause of the same report goes on.)
            if (i - from >= 2 && verbSeen && (doc.Tokens[i].Kind == TokenKind.Dash || doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.ReportClauseJoins).Contains(doc.TokenText(i)))
                && !doc.Is(i + 1, "that"))
            {
                int at = i + 1;
                if (doc.Tokens[i].Kind == TokenKind.Dash && at < end && doc.Tokens[at].Kind == TokenKind.Word && doc.Words(WordList.ReportClauseJoins).Contains(doc.TokenText(at))) at++;
                if (SubjectWithCue(doc, at, end)) return i;
            }
            if (!doc.IsPunct(i, ',')) continue;
            int next = CueFinder.SkipFillersForward(doc, i + 1, end);
            // ", adding …", ", she said": a cue after the comma; a word only rarely a cue ("a longtime, dedicated advocate") is not one.
            // (", also known as ISIS" names a thing inside the content.)
            if (CueFinder.At(doc, next) is { Probability: >= 0.25 } && !(doc.Is(next, "known") && doc.Is(next + 1, "as"))) return i;
            // "… “a long dental visit,” according to …": the same after a closing mark, which stays in.
            if (next + 1 < end && doc.Tokens[next].Kind == TokenKind.QuoteMark && next == i + 1 && !InsideQuote(doc, next + 1)
                && CueFinder.At(doc, next + 1) is { Probability: >= 0.25 }) return next + 1;
            // ", but he said …", ", while critics argue …", ", which RT pointed to …": a new subject with its own cue.
            if (next < end && doc.Tokens[next].Kind == TokenKind.Word && doc.Words(WordList.ReportClauseJoins).Contains(doc.TokenText(next))
                && SubjectWithCue(doc, next + 1, end)) return i;
            if (i - from >= 2 && SubjectWithCue(doc, next, end)) return i;
            // "…, Mike Murphy, praised …": a name set off by commas before its own cue, once the content has its verb or
            // is a participle's object ("said his band and Brian Burton, AKA Danger Mouse, wrote …" goes on).
            // ("…, Roberta Lange, the state party chairwoman, said …": with a common appositive, even before the content has a verb.)
            if (next < end && NounPhraseReader.ProbeForward(doc, next, end) is { Shape: MentionShape.Name } name && doc.IsPunct(name.End, ',')
                && AfterAppositive(doc, name.End, end) is var afterName
                && (verbSeen || from > 0 && doc.TokenText(from - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || afterName > name.End + 1)
                && CueFinder.At(doc, afterName) is { Probability: >= 0.5 }) return i;
            // "Lee, touting a message of unity, opened the bridge": after a participle's object, the sentence's own
            // verb goes on with its subject, not with the content.
            if (next < end && doc.Tokens[next].Kind == TokenKind.Word && IsVerbLike(doc, next) && doc.TokenText(next).EndsWith("ed", StringComparison.Ordinal)
                && from > 0 && doc.Tokens[from - 1].Kind == TokenKind.Word && doc.TokenText(from - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return i;
        }
        return end;
    }

    // ", the state party chairwoman, said": past a common phrase set off by commas after a name, to what follows it.
    private static int AfterAppositive(Document doc, int comma, int end)
    {
        if (CueFinder.At(doc, comma + 1) is not null) return comma + 1;
        if (NounPhraseReader.ProbeForward(doc, comma + 1, end) is { Shape: MentionShape.Nominal } appositive && doc.IsPunct(appositive.End, ','))
            return appositive.End + 1;
        return comma + 1;
    }

    internal static bool HasFiniteVerb(Document doc, int from, int to)
    {
        for (int j = from; j < to; j++) if (IsFiniteVerb(doc, j)) return true;
        return false;
    }

    internal static bool IsFiniteVerb(Document doc, int j) =>
        doc.Tokens[j].Kind == TokenKind.Word && (doc.Words(WordList.FiniteAuxiliaries).Contains(doc.TokenText(j)) || IsVerbLike(doc, j));

    // Phrasal uses that say nothing: "called in to a radio show", "showed up", "appeared on a talk show", "looking
    // off into the distance", "passed away"; and a label, "a program called Safe Streets".
    internal static bool NotSpeech(Document doc, CueMatch cue)
    {
        int next = cue.End;
        var word = doc.TokenText(cue.First);
        if (word.StartsWith("call", StringComparison.OrdinalIgnoreCase) && (doc.Is(next, "in") || doc.Is(next, "into"))) return true;
        if (word.StartsWith("show", StringComparison.OrdinalIgnoreCase) && doc.Is(next, "up")) return true;
        if (word.StartsWith("look", StringComparison.OrdinalIgnoreCase) && next < doc.Tokens.Length && doc.Tokens[next].Kind == TokenKind.Word
            && doc.Words(WordList.LookParticles).Contains(doc.TokenText(next))) return true;
        if (word.StartsWith("pass", StringComparison.OrdinalIgnoreCase) && doc.Is(next, "away")) return true;
        if (word.StartsWith("add", StringComparison.OrdinalIgnoreCase) && doc.Is(next, "up")) return true;
        // "say goodbye to", "have a larger say", "the final say": an idiom, a noun.
        if (word.Equals("say", StringComparison.OrdinalIgnoreCase) && (doc.Is(next, "goodbye") || doc.Is(next, "hello")
            || cue.First > 0 && doc.Tokens[cue.First - 1].Kind == TokenKind.Word && doc.Words(WordList.SayNounLeads).Contains(doc.TokenText(cue.First - 1)))) return true;
        // "Lee continues to trail", "the search continued": going on, not saying (", he continued." is the quote stage's).
        if (cue.Entry.Lemma == "continue" && !doc.Is(next, "that") && !doc.IsPunct(next, ':')) return true;
        // "grassroots support", "her broad support among …": "support" as a noun after a modifier; a verb follows a
        // subject that can hold a stance ("voters support", "would support", "who support", "55 percent support").
        if (word.Equals("support", StringComparison.OrdinalIgnoreCase) && cue.First > 0 && !SupportsAsVerb(doc, cue.First - 1)) return true;
        // "the economy added 292,000 jobs", "sales declined to $281 million": a quantity, not a statement.
        if ((word.StartsWith("add", StringComparison.OrdinalIgnoreCase) || word.StartsWith("declin", StringComparison.OrdinalIgnoreCase)) && StartsQuantity(doc, next)) return true;
        // "found itself at the center", "helped found the group": to find oneself, to found something.
        if (word.Equals("found", StringComparison.OrdinalIgnoreCase)
            && (next < doc.Tokens.Length && doc.Tokens[next].Kind == TokenKind.Word
                    && (doc.TokenText(next).EndsWith("self", StringComparison.OrdinalIgnoreCase) || doc.TokenText(next).EndsWith("selves", StringComparison.OrdinalIgnoreCase))
                || doc.Is(cue.First - 1, "helped") || doc.Is(cue.First - 1, "help") || doc.Is(cue.First - 1, "to"))) return true;
        if (doc.Words(WordList.LabelParticiples).Contains(word) && cue.First > 0 && doc.Tokens[cue.First - 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(cue.First - 1)[0])
            && !doc.Has(cue.First - 1, WordClass.Pronoun) && !doc.Has(cue.First - 1, WordClass.Filler) && doc.IsCapitalized(next)) return true;
        return word.StartsWith("appear", StringComparison.OrdinalIgnoreCase) && next < doc.Tokens.Length
            && doc.Tokens[next].Kind == TokenKind.Word && !doc.Is(next, "to") && doc.Words(WordList.ReportPrepositions).Contains(doc.TokenText(next));
    }

    private static bool SupportsAsVerb(Document doc, int before)
    {
        if (doc.Tokens[before].Kind == TokenKind.Number) return true;
        if (doc.Tokens[before].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(before);
        return doc.Words(WordList.SupportSubjects).Contains(w) || doc.Words(WordList.Auxiliaries).Contains(w) || doc.Words(WordList.DoForms).Contains(w) || doc.Has(before, WordClass.Filler)
            || w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss") && char.IsLower(w[0]);
    }

    private static bool StartsQuantity(Document doc, int i)
    {
        for (int k = 0; k < 3 && i < doc.Tokens.Length && doc.Tokens[i].Kind == TokenKind.Word && doc.Words(WordList.QuantityLeads).Contains(doc.TokenText(i)); k++) i++;
        return i < doc.Tokens.Length && (doc.Tokens[i].Kind == TokenKind.Number || doc.Text[doc.Tokens[i].Start] is '$' or '€' or '£');
    }

    // "this fall expected …": a time phrase is not a speaker.
    internal static bool IsTimePhrase(Document doc, Mention m) =>
        doc.Words(WordList.TimeHeads).Contains(doc.TokenText(m.EndToken - 1)) || doc.Words(WordList.NotNames).Contains(doc.TokenText(m.EndToken - 1)) && m.Shape == MentionShape.Name;
}
