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
