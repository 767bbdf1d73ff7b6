using QuoteExtract.Tests.Reliability;
using System.Diagnostics;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

public class SentenceSplitterTests
{
    /// <summary>Sentence texts of <paramref name="text"/>, after checking that sentences partition the tokens.</summary>
    private static string[] Sentences(string text, Paragraph[]? paragraphs = null, QuotedSpan[]? quotes = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        paragraphs ??= [];
        var sentences = SentenceSplitter.Split(text, tokens, paragraphs, quotes ?? []);
        AssertPartition(tokens, paragraphs, sentences);
        return sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    private static void AssertPartition(Token[] tokens, Paragraph[] paragraphs, Sentence[] sentences)
    {
        int next = 0;
        foreach (var s in sentences)
        {
            s.FirstToken.Should().Be(next, "sentences cover the tokens in order without gaps");
            s.TokenCount.Should().BePositive();
            s.Span.Should().Be(new TextSpan(tokens[s.FirstToken].Start, tokens[s.EndToken - 1].End));
            foreach (var p in paragraphs)
                if (p.Span.Overlaps(s.Span)) p.Span.Contains(s.Span).Should().BeTrue("a sentence never crosses a paragraph");
            next = s.EndToken;
        }
        next.Should().Be(tokens.Length);
    }

    /// <summary>Paragraph spans for the lines of <paramref name="text"/> (built by hand, not by the paragraph splitter).</summary>
    private static Paragraph[] Lines(string text)
    {
        var result = new List<Paragraph>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i > start) result.Add(new Paragraph(new TextSpan(start, i)));
            start = i + 1;
        }
        return [.. result];
    }

    [Fact]
    public void Empty_input_gives_no_sentences()
    {
        SentenceSplitter.Split("", [], [], []).Should().BeEmpty();
        SentenceSplitter.Split("   ", [], [new Paragraph(new TextSpan(0, 3))], []).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The vote passed. Critics were furious.", "The vote passed.", "Critics were furious.")]
    [InlineData("Did it pass? Nobody knows! Wait.", "Did it pass?", "Nobody knows!", "Wait.")]
    [InlineData("Really?! Yes.", "Really?!", "Yes.")]
    [InlineData("It rose. 2020 was worse.", "It rose.", "2020 was worse.")]
    [InlineData("It fell by 2.5 percent. Then it rose.", "It fell by 2.5 percent.", "Then it rose.")]
    [InlineData("It ended. (Nobody was surprised.) Then it began.", "It ended.", "(Nobody was surprised.)", "Then it began.")]
    [InlineData("No trailing period", "No trailing period")]
    public void Splits_after_terminal_punctuation_before_a_capital(string text, params string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("He said no. and then left.")]
    [InlineData("Why? because it was late.")]
    [InlineData("The site Example.com grew.")]
    [InlineData("Shares of Yahoo!Inc fell.")]
    [InlineData("He met Mr. Jones today.")]
    [InlineData("Mrs. Lee and Dr. Patel met Gen. Brown and Sen. Ward.")]
    [InlineData("She met Gov. Smith. He smiled.", "She met Gov. Smith.", "He smiled.")]
    [InlineData("The talks, e.g. The Hague round, failed.")]
    public void Does_not_split_after_lower_case_or_titles(string text, params string[] expected)
    {
        var want = expected.Length == 0 ? [text] : expected;
        Sentences(text).Should().Equal(want);
    }

    [Fact]
    public void Abbreviation_heavy_sentence()
    {
        Sentences("The U.S. Sen. John J. Smith arrived at 5 p.m. Sept. 3. He left.")
            .Should().Equal("The U.S. Sen. John J. Smith arrived at 5 p.m. Sept. 3.", "He left.");
    }

    [Theory]
    [InlineData("The meeting ended at 5 p.m. He left.", "The meeting ended at 5 p.m.", "He left.")]
    [InlineData("It starts at 9 a.m. Monday.", "It starts at 9 a.m. Monday.")]
    [InlineData("He moved to the U.S. The move was hard.", "He moved to the U.S.", "The move was hard.")]
    [InlineData("The U.S. Navy said so.", "The U.S. Navy said so.")]
    [InlineData("He works for Acme Inc. The firm is small.", "He works for Acme Inc.", "The firm is small.")]
    [InlineData("Acme Inc. Chief Executive Jane Roe spoke.", "Acme Inc. Chief Executive Jane Roe spoke.")]
    [InlineData("They sold tents, stoves, etc. But sales fell.", "They sold tents, stoves, etc.", "But sales fell.")]
    [InlineData("He is John Smith Jr. He is 40.", "He is John Smith Jr.", "He is 40.")]
    [InlineData("He quoted J. Smith. He was right.", "He quoted J. Smith.", "He was right.")]
    [InlineData("The author is John J. Smith.", "The author is John J. Smith.")]
    [InlineData("Books by J. K. Rowling sold.", "Books by J. K. Rowling sold.")]
    [InlineData("He took vitamin D. The effect was small.", "He took vitamin D.", "The effect was small.")]
    [InlineData("John J. “Jack” Smith spoke.", "John J. “Jack” Smith spoke.")]
    [InlineData("It ended at 5 p.m. “We are done,” he said.", "It ended at 5 p.m.", "“We are done,” he said.")]
    [InlineData("He visited Washington, D.C. In June he left.", "He visited Washington, D.C.", "In June he left.")]
    [InlineData("It is route No. 9 today.", "It is route No. 9 today.")]
    public void Abbreviations_end_sentences_only_when_common_and_followed_by_a_clause_opener(string text, params string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("He paused… The crowd waited.", "He paused…", "The crowd waited.")]
    [InlineData("He paused... Then he spoke.", "He paused...", "Then he spoke.")]
    [InlineData("We met with… Smith and Jones.", "We met with… Smith and Jones.")]
    [InlineData("It was… fine.", "It was… fine.")]
    public void Ellipsis_splits_only_before_a_clause_opener(string text, params string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("He said “No.” Then he left.", "He said “No.”", "Then he left.")]
    [InlineData("He said \"No.\" Then he left.", "He said \"No.\"", "Then he left.")]
    [InlineData("“We will build new camps abroad,” Putin said.", "“We will build new camps abroad,” Putin said.")]
    [InlineData("“Q.” she said.", "“Q.” she said.")]
    [InlineData("“Is it over?” asked Smith.", "“Is it over?” asked Smith.")]
    [InlineData("“Is it over?” Smith asked.", "“Is it over?” Smith asked.")]
    [InlineData("“Is it over?” Mayor Ann Lee asked reporters.", "“Is it over?” Mayor Ann Lee asked reporters.")]
    [InlineData("“It is over.” He said the plan failed.", "“It is over.”", "He said the plan failed.")]
    [InlineData("“It is over.” She said.", "“It is over.” She said.")]
    [InlineData("“Stop!” The crowd froze.", "“Stop!”", "The crowd froze.")]
    [InlineData("“Leave,” he said. “Now.”", "“Leave,” he said.", "“Now.”")]
    [InlineData("It ended. “We won,” she said.", "It ended.", "“We won,” she said.")]
    [InlineData("He said: “It ended. We won.” Then he sat.", "He said: “It ended.", "We won.”", "Then he sat.")]
    [InlineData("She wrote: ‘We lost.’” Then silence.", "She wrote: ‘We lost.’”", "Then silence.")]
    [InlineData("Er sagte: „Nein.“ Dann ging er.", "Er sagte: „Nein.“", "Dann ging er.")]
    [InlineData("He read “Plan B.” Then he left.", "He read “Plan B.”", "Then he left.")]
    [InlineData("It ended. “‘Why,’ he asked.", "It ended.", "“‘Why,’ he asked.")]
    public void Quotes_are_respected(string text, params string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Fact]
    public void A_glued_mark_the_quote_stage_calls_closing_ends_the_sentence()
    {
        // Without roles, ” glued to "Then" is not taken as a closer; the quote-mark stage knows better.
        const string text = "“No.”Then he left.";
        Sentences(text).Should().Equal(text);
        var quotes = new QuotedSpan[] { new(new TextSpan(0, 1), new TextSpan(4, 5), new TextSpan(1, 4), 0, -1, -1, true) };
        Sentences(text, quotes: quotes).Should().Equal("“No.”", "Then he left.");
    }

    [Fact]
    public void A_mark_the_quote_stage_calls_an_opening_is_not_consumed_as_a_closer()
    {
        // The stage says ' opens a quote: it is not a closer, and glued to the period it blocks the split.
        const string text = "It ended.' Later, he wrote.";
        var quotes = new QuotedSpan[] { new(new TextSpan(9, 10), default, new TextSpan(10, 27), 0, -1, -1, false) };
        Sentences(text).Should().Equal("It ended.'", "Later, he wrote.");
        Sentences(text, quotes: quotes).Should().Equal(text);
    }

    [Fact]
    public void Sentences_never_cross_paragraphs()
    {
        const string text = "First line has no period\nSecond line. It ends here.\n\nThird “quote\nruns on.”";
        Sentences(text, Lines(text)).Should().Equal(
            "First line has no period", "Second line.", "It ends here.", "Third “quote", "runs on.”");
    }

    [Fact]
    public void Without_paragraphs_the_text_is_one_paragraph()
    {
        const string text = "First line\nsecond line. Third.";
        Sentences(text).Should().Equal("First line\nsecond line.", "Third.");
    }

    [Fact]
    public void Tokens_outside_the_given_paragraphs_still_get_sentences()
    {
        const string text = "Lead. Body one. Tail";
        var paragraphs = new[] { new Paragraph(new TextSpan(6, 15)) };
        Sentences(text, paragraphs).Should().Equal("Lead.", "Body one.", "Tail");
    }

    [Fact]
    public void Unsorted_paragraphs_are_tolerated()
    {
        const string text = "One. Two\nThree. Four";
        var paragraphs = Lines(text).Reverse().ToArray();
        Sentences(text, paragraphs).Should().Equal("One.", "Two", "Three.", "Four");
    }

    [Theory]
    [InlineData("1. Buy milk.", "1. Buy milk.")]
    [InlineData("He paid. $5 was enough.", "He paid.", "$5 was enough.")]
    [InlineData("Done. (See below.)", "Done.", "(See below.)")]
    [InlineData("Done. ¿Qué pasa?", "Done.", "¿Qué pasa?")]
    [InlineData("他走了。她来了。", "他走了。", "她来了。")]
    public void Other_sentence_openers(string text, params string[] expected) =>
        Sentences(text).Should().Equal(expected);

    [Fact]
    public void Random_text_is_always_partitioned()
    {
        string[] pieces = ["He", "said", ".", "?", "!", "“", "”", "\"", "'", "U.S.", "Mr.", "J.", "p.m.", "…", "\n", " ", "3", "(", ")", "the", "Why", "asked"];
        var random = new Random(11);
        for (int round = 0; round < 500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));
            Sentences(text);
            Sentences(text, Lines(text));
        }
    }

    [Fact]
    public void Splitting_is_linear()
    {
        // No wall-clock bound: ten times the input may take at most 40 times as long (linear is 10, quadratic 100).
        const string unit = "He said “No.” Then U.S. officials left at 5 p.m. Why? ";
        var small = string.Concat(Enumerable.Repeat(unit, 4_000));
        var text = string.Concat(Enumerable.Repeat(unit, 40_000));
        var growth = GrowthCheck.Ratio(() => SentenceSplitter.Split(small, Tokenizer.Tokenize(small), [], []),
            () => SentenceSplitter.Split(text, Tokenizer.Tokenize(text), [], []));
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, [], []);
        growth.Should().BeLessThan(40, "ten times the input, at most forty times as long");
        sentences.Should().HaveCount(3 * 40_000);
        AssertPartition(tokens, [], sentences);
    }
}
