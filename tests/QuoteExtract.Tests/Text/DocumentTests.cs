using CsCheck;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>The document's token index: what the rules use to go from character offsets to tokens.</summary>
public class DocumentTests
{
    // The definition: the first token that ends after the offset.
    private static int Naive(Document doc, int offset)
    {
        for (int k = 0; k < doc.Tokens.Length; k++) if (doc.Tokens[k].End > offset) return k;
        return doc.Tokens.Length;
    }

    [Fact]
    public void Token_at_or_after_agrees_with_its_definition_at_every_offset()
    {
        var text = string.Concat(Enumerable.Repeat("The mayor said on Monday that the bridge, closed since 2019, would reopen.   \n\n“Soon,” she added. ", 5));
        var doc = QuoteExtractor.Default.Analyze(text);
        for (int offset = -3; offset <= text.Length + 70; offset++)
            doc.TokenAtOrAfter(offset).Should().Be(Naive(doc, offset), "at offset {0}", offset);
    }

    [Fact]
    public void Token_at_or_after_agrees_with_its_definition_on_random_text()
    {
        Gen.String[Gen.Char["ab .,“”\n-'"], 0, 400].Sample(text =>
        {
            var doc = QuoteExtractor.Default.Analyze(text);
            for (int offset = -1; offset <= text.Length + 1; offset++)
                if (doc.TokenAtOrAfter(offset) != Naive(doc, offset)) return false;
            return true;
        }, iter: 300);
    }

    [Fact]
    public void May_be_cue_is_a_cue_form_with_an_entry()
    {
        // "said" is a hand cue; "the" has a cue-form id from its counts but no entry.
        var doc = QuoteExtractor.Default.Analyze("The mayor said the bridge, Officials Said, would reopen; she claimed, told, and THE.");
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            int id = doc.CueFormIdAt(i);
            doc.MayBeCueAt(i).Should().Be(id >= 0 && QuoteExtract.Lexicon.CueForms.ById(id).HasEntry, doc.TokenText(i).ToString());
        }
        doc.MayBeCueAt(2).Should().BeTrue();
        doc.MayBeCueAt(3).Should().BeFalse();
    }

    [Fact]
    public void Hard_wrapped_lines_break_neither_sentences_nor_paragraphs()
    {
        const string text =
            "The council met on Tuesday and voted to close the old bridge for\nrepairs. The mayor, Ann Lee, said the work would take two years\n"
            + "and cost more than planned. Residents of the east bank were told\nto use the ferry.\n\n"
            + "The ferry will run every half hour from the first of next month,\nand the city will pay for the tickets of anyone who lives on the\neast bank.";
        var doc = QuoteExtractor.Default.Analyze(text);
        var unwrapped = QuoteExtractor.Default.Analyze(System.Text.RegularExpressions.Regex.Replace(text, "(?<!\n)\n(?!\n)", " "));
        doc.Paragraphs.Length.Should().Be(2);
        doc.Sentences.ToArray().Select(s => s.Span).Should().Equal(unwrapped.Sentences.ToArray().Select(s => s.Span));
        int at = text.IndexOf("Lee", StringComparison.Ordinal), t = doc.TokenAtOrAfter(at);
        doc.ParagraphBreakBetween(t - 2, t - 1).Should().BeFalse();   // "Ann" after "mayor," on one line
        int wrap = doc.TokenAtOrAfter(text.IndexOf("repairs", StringComparison.Ordinal));
        doc.ParagraphBreakBetween(wrap - 1, wrap).Should().BeFalse(); // "for\nrepairs": a wrapped line
        int next = doc.TokenAtOrAfter(text.IndexOf("The ferry", StringComparison.Ordinal));
        doc.ParagraphBreakBetween(next - 1, next).Should().BeTrue();
    }
}
