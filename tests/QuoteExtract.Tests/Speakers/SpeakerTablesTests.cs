using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Speakers;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Speakers;

/// <summary>
/// The speaker stage's fast paths against the plain definitions they replace: a capitalised word's usage (kept in a table
/// for the words the resolver asks about, read off the document for the others) and a pronoun's form (lower-cased by hand
/// for ASCII).
/// </summary>
public class SpeakerTablesTests
{
    private static readonly string[] s_texts =
    [
        "The vote failed. the vote. THE VOTE. But Lee said: Following the vote, the following day was calm. Said Lee, \"Yes.\"\n\n"
            + "Ann Lee and ann lee met Ann. École and école and ÉCOLE. İt and ıt. The Mayor, the mayor and The mayor spoke.\n\n"
            + "Note: Smith went home. Smith said so.\nIn the end In came. in",
        "Describe Einstein's method. Describe it. Following Lee's death, Lee's family spoke. \"I will,\" he said. It said it would.",
    ];

    [Fact]
    public void Usage_of_every_word_is_what_the_document_shows()
    {
        foreach (var text in s_texts)
        {
            var doc = QuoteExtractor.Default.Analyze(text);
            using var usage = new CapitalizedUsage(doc);
            for (int i = 0; i < doc.Tokens.Length; i++)
            {
                if (doc.Tokens[i].Kind != TokenKind.Word) continue;
                usage.Of(i).Should().Be(Reference(doc, i), "token {0}, \"{1}\"", i, doc.TokenText(i).ToString());
            }
        }
    }

    [Fact]
    public void Pronoun_forms_are_those_of_the_lower_cased_word()
    {
        string[] words =
        [
            "he", "He", "HE", "him", "His", "himself", "HIMSELF", "she", "Her", "hers", "herself", "they", "Them", "their", "theirs",
            "themselves", "THEMSELVES", "it", "It", "ITS", "itself", "i", "I", "me", "My", "mine", "myself", "we", "you", "the",
            "this", "has", "hiss", "thems", "themselve", "themselvesx", "İt", "ıt", "\u212Ait", "h\u0130s", "", "h", "x", "it's",
            "he\0", "mY", "Mine", "mineS", "shE", "hers1", "tHeIrS",
        ];
        foreach (var w in words) PronounForm.Of(w).Should().Be(ReferenceForm(w), "\"{0}\"", w);
    }

    // The usage as the two passes over every word defined it.
    private static (bool, bool) Reference(Document doc, int token)
    {
        var word = doc.TokenText(token);
        bool capitalized = false, lower = false, midSentence = false;
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || !word.Equals(doc.TokenText(i), StringComparison.OrdinalIgnoreCase)) continue;
            if (!doc.Has(i, WordClass.Capitalized)) lower = true;
            else
            {
                capitalized = true;
                midSentence |= !OpensSentence(doc, i);
            }
        }
        return capitalized ? (lower, midSentence) : (false, false);
    }

    private static bool OpensSentence(Document doc, int i)
    {
        int sentence = doc.SentenceOfToken(i);
        if (sentence < 0) return true;
        int first = doc.Sentences[sentence].FirstToken;
        while (first < i && doc.Tokens[first].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Number)) first++;
        return first == i || i > 0 && (doc.IsPunct(i - 1, ':') || doc.ParagraphBreakBetween(i - 1, i));
    }

    private static PronounForm ReferenceForm(ReadOnlySpan<char> word)
    {
        if (word.Length > 12) return new(false, false, false, Gender.Unknown, true);
        var lower = word.ToString().ToLowerInvariant();
        return lower switch
        {
            "he" or "him" or "his" or "himself" => new(false, false, false, Gender.Male, false),
            "she" or "her" or "hers" or "herself" => new(false, false, false, Gender.Female, false),
            "they" or "them" or "their" or "theirs" or "themselves" => new(false, true, false, Gender.Unknown, false),
            "it" or "its" or "itself" => new(false, false, true, Gender.Unknown, false),
            "i" or "me" or "my" or "mine" or "myself" => new(true, false, false, Gender.Unknown, false),
            _ => new(false, false, false, Gender.Unknown, true),
        };
    }
}
