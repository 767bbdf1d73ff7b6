using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

public class ParagraphSplitterTests
{
    private static string[] Texts(string text)
        => [.. ParagraphSplitter.Split(text).Select(p => text[p.Span.Start..p.Span.End])];

    [Fact]
    public void Empty_text_has_no_paragraphs()
    {
        ParagraphSplitter.Split("").Should().BeEmpty();
        ParagraphSplitter.Split(" \n\t\r\n  ").Should().BeEmpty();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Each_line_break_kind_splits(string lineBreak)
    {
        var text = "First line here." + lineBreak + "Second line here.";
        Texts(text).Should().Equal("First line here.", "Second line here.");
    }

    [Fact]
    public void Crlf_counts_as_one_break_and_blank_lines_yield_nothing()
    {
        var text = "One.\r\n\r\n\r\nTwo.\r\n";
        Texts(text).Should().Equal("One.", "Two.");
    }

    [Fact]
    public void Paragraphs_are_trimmed_of_spaces_tabs_and_bom()
    {
        var text = "\uFEFF  \tAlpha beta. \t\n   Gamma delta.   ";
        var paragraphs = ParagraphSplitter.Split(text);
        paragraphs.Should().HaveCount(2);
        text[paragraphs[0].Span.Start..paragraphs[0].Span.End].Should().Be("Alpha beta.");
        text[paragraphs[1].Span.Start..paragraphs[1].Span.End].Should().Be("Gamma delta.");
        paragraphs[1].Span.End.Should().Be(text.Length - 3);
    }

    [Fact]
    public void Without_blank_lines_every_line_is_a_paragraph_even_lowercase()
    {
        var text = "The council met on Monday and\nvoted to close the bridge.";
        Texts(text).Should().Equal("The council met on Monday and", "voted to close the bridge.");
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_when_blank_lines_separate_paragraphs()
    {
        var text = "The council met on Monday and\nvoted to close the old bridge\nfor repairs.\n\nA second paragraph follows.";
        var paragraphs = ParagraphSplitter.Split(text);
        paragraphs.Should().HaveCount(2);
        text[paragraphs[0].Span.Start..paragraphs[0].Span.End].Should()
            .Be("The council met on Monday and\nvoted to close the old bridge\nfor repairs.");
        text[paragraphs[1].Span.Start..paragraphs[1].Span.End].Should().Be("A second paragraph follows.");
    }

    [Fact]
    public void Hard_wrap_join_stops_at_sentence_end_or_capital()
    {
        var text = "Residents were angry.\nthey said so loudly\nBut nobody listened.\n\nEnd.";
        Texts(text).Should().Equal("Residents were angry.", "they said so loudly", "But nobody listened.", "End.");
    }

    [Fact]
    public void Hard_wrap_join_never_crosses_a_closing_quote_or_paragraph_separator()
    {
        var text = "He said “no”\nto everyone.\n\nOne line\u2029continued here.";
        Texts(text).Should().Equal("He said “no”", "to everyone.", "One line", "continued here.");
    }

    // Invented news paragraphs, hard-wrapped by the tests below as plain-text archives and e-mail do.
    private static readonly string[] s_story =
    [
        "The city council voted on Tuesday to close the old harbor bridge for at least two years. Engineers found cracks in three of its supports during an inspection in March, and the repairs will cost more than the city had planned.",
        "“We will rebuild the bridge, and we will do it properly this time,” the mayor, Ann Lee, told reporters after the vote. “Nobody in this town should have to wonder whether the road under them will hold.”",
        "Residents of the east bank, who rely on the bridge to reach the hospital, said the closure would add half an hour to every trip. A ferry service will run from next month.",
        "Tom Berg, who runs a bakery near the bridge, said he expected to lose a third of his customers. “It is a hard time for all of us,” he said.",
    ];

    // Greedy wrapping at a width, as a mail client does; the first line of each paragraph gets the indent.
    private static string[] WrapLines(string paragraph, int width, string indent = "")
    {
        var lines = new List<string>();
        var line = indent;
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > width) { lines.Add(line); line = ""; }
            line = line.Length == 0 || line == indent ? line + word : line + " " + word;
        }
        lines.Add(line);
        return [.. lines];
    }

    private static string Wrapped(string paragraphSeparator, int width, string indent = "", string lineBreak = "\n") =>
        string.Join(lineBreak + paragraphSeparator, s_story.Select(p => string.Join(lineBreak, WrapLines(p, width, indent))));

    private static string[] WrappedParagraphs(int width, string indent = "", string lineBreak = "\n") =>
        [.. s_story.Select(p => string.Join(lineBreak, WrapLines(p, width, indent)).TrimStart())];

    [Theory]
    [InlineData(72, "\n")]
    [InlineData(64, "\r\n")]
    [InlineData(80, "\n")]
    public void Hard_wrapped_paragraphs_separated_by_blank_lines_are_whole(int width, string lineBreak)
    {
        var text = Wrapped(lineBreak, width, lineBreak: lineBreak);
        Texts(text).Should().Equal(WrappedParagraphs(width, lineBreak: lineBreak));
    }

    [Theory]
    [InlineData("    ")]
    [InlineData("\t")]
    [InlineData("  ")]
    public void Hard_wrapped_paragraphs_without_blank_lines_start_at_an_indented_line(string indent)
    {
        var text = Wrapped("", 70, indent);
        Texts(text).Should().Equal(WrappedParagraphs(70, indent));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_without_blank_lines_or_indents_end_at_a_short_line()
    {
        // (Each paragraph's last line at width 64 is markedly short; checked so the test keeps its point.)
        var paragraphs = s_story.Select(p => WrapLines(p, 64)).ToArray();
        paragraphs.Select(lines => lines[^1].Length).Should().OnlyContain(n => n < 45);
        var text = Wrapped("", 64);
        Texts(text).Should().Equal(WrappedParagraphs(64));
    }

    [Fact]
    public void A_headline_byline_and_list_are_not_glued_to_wrapped_text()
    {
        var text = "Harbor bridge to close for two years\nBy Ann Lee, city reporter\n\n" + Wrapped("\n", 72)
            + "\n\nWhat the closure means:\n- the ferry runs every half hour from the east bank\n- buses take the long road round by the dam\n- the hospital adds a clinic on the east side";
        Texts(text).Should().Equal(
            [
                "Harbor bridge to close for two years", "By Ann Lee, city reporter", .. WrappedParagraphs(72),
                "What the closure means:", "- the ferry runs every half hour from the east bank",
                "- buses take the long road round by the dam", "- the hospital adds a clinic on the east side",
            ]);
    }

    [Fact]
    public void One_paragraph_per_line_stays_one_paragraph_per_line()
    {
        // No blank lines, lines of any length, each a whole paragraph (as most scraped news is stored).
        var text = "Harbor bridge to close\n" + string.Join("\n", s_story) + "\nReporting by Ann Lee; editing by Tom Berg";
        Texts(text).Should().Equal(["Harbor bridge to close", .. s_story, "Reporting by Ann Lee; editing by Tom Berg"]);
        // Short paragraphs of similar length, each ending its sentence, are no wrapped text either.
        var shortOnes = "The council met on Tuesday evening in the old town hall.\nThe vote on the bridge was taken shortly after nine.\n"
            + "Seven members voted to close it for repairs now.\nTwo members asked for another survey of the supports.\nThe mayor said the decision was the right one.";
        Texts(shortOnes).Should().HaveCount(5);
        // Nor is a list of headlines.
        var headlines = "Council votes to close the harbor bridge for repairs\nFerry service to start from the east bank next month\n"
            + "Bakery owners fear the loss of customers over winter\nHospital plans a clinic for residents of the east side";
        Texts(headlines).Should().HaveCount(4);
        // Nor are chat lines, however they end: each leaves room for the next one's first word.
        Texts("hey everyone\nso the council voted today\nthey said the bridge is closing\nmy commute is ruined").Should().HaveCount(4);
    }

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        var text = "  a\r\n\r\n b  \n";
        var paragraphs = ParagraphSplitter.Split(text);
        paragraphs.Select(p => p.Span).Should().Equal(new TextSpan(2, 3), new TextSpan(8, 9));
    }

    [Fact]
    public void Large_input_is_split_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("A line of text that goes on.\n\n", 100_000));
        ParagraphSplitter.Split(text).Should().HaveCount(100_000);
    }
}
