using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

public class QuoteMarkScannerTests
{
    private static QuotedSpan[] Scan(string text, QuoteMarkStyles styles = QuoteMarkStyles.All)
        => QuoteMarkScanner.Scan(text, ParagraphSplitter.Split(text), styles);

    private static string Content(string text, QuotedSpan q) => text[q.Content.Start..q.Content.End];

    private static string[] Contents(string text, QuoteMarkStyles styles = QuoteMarkStyles.All)
        => [.. Scan(text, styles).Select(q => Content(text, q))];

    [Fact]
    public void Empty_text_and_no_paragraphs_give_nothing()
    {
        QuoteMarkScanner.Scan("", [], QuoteMarkStyles.All).Should().BeEmpty();
        QuoteMarkScanner.Scan("“a”", [], QuoteMarkStyles.All).Should().BeEmpty();
        Scan("“Hello there,” she said.", QuoteMarkStyles.None).Should().BeEmpty();
    }

    [Fact]
    public void Curly_double_quote_has_marks_and_trimmed_content()
    {
        var text = "“ We will win , ” the senator said.";
        var q = Scan(text).Should().ContainSingle().Subject;
        text[q.Open.Start..q.Open.End].Should().Be("“");
        text[q.Close.Start..q.Close.End].Should().Be("”");
        Content(text, q).Should().Be("We will win ,");
        q.Closed.Should().BeTrue();
        q.Depth.Should().Be(0);
        q.Parent.Should().Be(-1);
        q.Previous.Should().Be(-1);
        text[q.Outer.Start..q.Outer.End].Should().Be("“ We will win , ”");
    }

    [Fact]
    public void Two_marks_with_nothing_between_them_quote_nothing_and_the_pairing_goes_on_after_them()
    {
        Contents("\"\"\"\"“”").Should().BeEmpty();
        Contents("He wrote \"\" and then \"we won\" twice.").Should().Equal("we won");
        Contents("“ ” and “a”").Should().Equal("", "a"); // white space between the marks is still a pair
    }

    [Theory]
    [InlineData("He said ‘no way’ to them.", "no way")]
    [InlineData("She said \"we are ready\" and left.", "we are ready")]
    [InlineData("She said 'we are ready' and left.", "we are ready")]
    [InlineData("Il a dit « nous gagnerons » hier.", "nous gagnerons")]
    [InlineData("Il a dit ‹ oui › hier.", "oui")]
    [InlineData("Il a dit «\u00A0non merci\u202F» hier.", "non merci")]
    [InlineData("Er sagte »wir gewinnen« gestern.", "wir gewinnen")]
    [InlineData("Er sagte ›ja‹ gestern.", "ja")]
    [InlineData("Hän sanoi »me voitamme» eilen.", "me voitamme")]
    [InlineData("Er sagte „wir gewinnen“ gestern.", "wir gewinnen")]
    [InlineData("Powiedział „wygramy” wczoraj.", "wygramy")]
    [InlineData("Er sagte ‚ja‘ gestern.", "ja")]
    [InlineData("He said ‶we will win″ today.", "we will win")]
    [InlineData("He said ″we will win″ today.", "we will win")]
    [InlineData("He said ‵fine′ today.", "fine")]
    [InlineData("He said 〝we will win〞 today.", "we will win")]
    [InlineData("He said 〝we will win〟 today.", "we will win")]
    [InlineData("”Vi vinner”, sa han.", "Vi vinner")]
    public void Every_family_is_paired(string text, string expected)
    {
        var quotes = Scan(text);
        quotes.Should().NotBeEmpty();
        Content(text, quotes[0]).Should().Be(expected);
        quotes[0].Closed.Should().BeTrue();
    }

    [Fact]
    public void Single_curly_at_top_level_is_a_depth_zero_quote()
    {
        var text = "Bloc Will Not Allow ‘Color Revolutions’ in Region";
        var q = Scan(text).Should().ContainSingle().Subject;
        Content(text, q).Should().Be("Color Revolutions");
        q.Depth.Should().Be(0);
    }

    [Fact]
    public void Nested_single_inside_double_has_depth_one_and_parent()
    {
        var text = "“He told me ‘never again’ and left,” she said.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        Content(text, quotes[0]).Should().Be("He told me ‘never again’ and left,");
        Content(text, quotes[1]).Should().Be("never again");
        quotes[1].Depth.Should().Be(1);
        quotes[1].Parent.Should().Be(0);
        quotes[0].Parent.Should().Be(-1);
    }

    [Fact]
    public void Three_levels_of_nesting()
    {
        var text = "“A said ‘B said «deep» here’ there” end";
        var quotes = Scan(text);
        quotes.Select(q => q.Depth).Should().Equal(0, 1, 2);
        quotes.Select(q => q.Parent).Should().Equal(-1, 0, 1);
        Content(text, quotes[2]).Should().Be("deep");
    }

    [Fact]
    public void Sibling_quotes_in_one_paragraph_are_ordered()
    {
        var text = "“First,” he said. “Second.” And “third”.";
        Contents(text).Should().Equal("First,", "Second.", "third");
        Scan(text).Select(q => q.Open.Start).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData("“I don’t know,” he said.", "I don’t know,")]
    [InlineData("“Kazakhstan’s leader spoke,” he said.", "Kazakhstan’s leader spoke,")]
    [InlineData("“O’Brien agreed,” he said.", "O’Brien agreed,")]
    [InlineData("“Back in the ’90s it was fine,” he said.", "Back in the ’90s it was fine,")]
    [InlineData("“It was rock ’n’ roll,” he said.", "It was rock ’n’ roll,")]
    [InlineData("“We told ’em twice,” he said.", "We told ’em twice,")]
    public void Apostrophes_inside_double_quotes_are_not_marks(string text, string expected)
    {
        var q = Scan(text).Should().ContainSingle().Subject;
        Content(text, q).Should().Be(expected);
    }

    [Theory]
    [InlineData("I don’t think Kazakhstan’s leader or O’Brien will come.")]
    [InlineData("Back in the ’90s and ‘80s, music was rock ’n’ roll.")]
    [InlineData("We visited the Smiths’ house and the Joneses’ farm.")]
    [InlineData("I don't think O'Brien's team or the Smiths' house matter in the '90s.")]
    [InlineData("He stood 5′11″ tall and jumped 6' 2\" high.")]
    [InlineData("The board is 12\" wide and 3' long.")]
    [InlineData("The Kazakh authorities’ latest claims ran ’til dawn.")]
    [InlineData("’Tis the season, so don‘t worry about ’em.")]
    public void Apostrophes_and_measures_alone_give_no_quotes(string text)
        => Scan(text).Should().BeEmpty();

    [Fact]
    public void Plural_possessive_inside_single_quote_with_later_closer_is_apostrophe()
    {
        var text = "‘We saw the Smiths’ house burn,’ she said.";
        var q = Scan(text).Should().ContainSingle().Subject;
        Content(text, q).Should().Be("We saw the Smiths’ house burn,");
    }

    [Fact]
    public void Plural_possessive_shape_closes_a_pending_single_quote_when_nothing_later_can()
    {
        var text = "He called it ‘the finest of houses’ before he left.";
        var q = Scan(text).Should().ContainSingle().Subject;
        Content(text, q).Should().Be("the finest of houses");
    }

    [Fact]
    public void Straight_single_quotes_with_apostrophes_inside()
    {
        var text = "'It's the kids' toys,' she said.";
        var q = Scan(text).Should().ContainSingle().Subject;
        Content(text, q).Should().Be("It's the kids' toys,");
    }

    [Fact]
    public void Straight_double_quotes_decide_open_and_close_by_context()
    {
        var text = "\"We are ready,\" he said, \"and (\"fully\") prepared.\" Then: \"Go\"—now.";
        Contents(text).Should().Equal("We are ready,", "and (\"fully\") prepared.", "fully", "Go");
        var quotes = Scan(text);
        quotes[2].Depth.Should().Be(1);
        quotes[2].Parent.Should().Be(1);
    }

    [Fact]
    public void Straight_double_ambiguous_marks_alternate()
    {
        var text = "He said\"yes\"and\"no\"today";
        Contents(text).Should().Equal("yes", "no");
    }

    [Fact]
    public void Spaced_straight_marks_alternate()
    {
        var text = "He said \" hello there \" and \" goodbye \" twice.";
        Contents(text).Should().Equal("hello there", "goodbye");
    }

    [Fact]
    public void Mixed_curly_open_and_straight_close_pair_up()
    {
        var text = "“We are ready,\" he said.";
        Contents(text).Should().Equal("We are ready,");
    }

    [Fact]
    public void Styles_filter_ignores_disabled_families()
    {
        var text = "“Curly one,” he said, \"straight one\" and «guillemet one».";
        Contents(text, QuoteMarkStyles.Curly).Should().Equal("Curly one,");
        Contents(text, QuoteMarkStyles.Straight).Should().Equal("straight one");
        Contents(text, QuoteMarkStyles.Guillemets).Should().Equal("guillemet one");
        Contents(text).Should().Equal("Curly one,", "straight one", "guillemet one");
    }

    [Fact]
    public void Low_nine_works_without_curly_enabled()
    {
        var text = "Er sagte „wir gewinnen“ und „ja”.";
        Contents(text, QuoteMarkStyles.LowNine).Should().Equal("wir gewinnen", "ja");
        Contents(text, QuoteMarkStyles.Curly).Should().BeEmpty();
    }

    [Fact]
    public void Multi_paragraph_quote_is_chained()
    {
        var text = "“The first part goes on\n\n“and the second part ends,” he said.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        quotes[0].Closed.Should().BeFalse();
        quotes[0].Close.IsEmpty.Should().BeTrue();
        quotes[0].Close.Start.Should().Be(quotes[0].Content.End);
        Content(text, quotes[0]).Should().Be("The first part goes on");
        quotes[1].Previous.Should().Be(0);
        quotes[1].Closed.Should().BeTrue();
        Content(text, quotes[1]).Should().Be("and the second part ends,");
        text[quotes[0].Outer.Start..quotes[0].Outer.End].Should().Be("“The first part goes on");
    }

    [Fact]
    public void Chain_of_three_paragraphs()
    {
        var text = "“One.\n“Two has ‘inner’ words.\n“Three,” she said.\nNarrative.";
        var quotes = Scan(text);
        var outer = quotes.Where(q => q.Depth == 0).ToArray();
        outer.Should().HaveCount(3);
        outer[0].Closed.Should().BeFalse();
        outer[1].Closed.Should().BeFalse();
        outer[2].Closed.Should().BeTrue();
        outer[1].Previous.Should().Be(Array.IndexOf(quotes, outer[0]));
        outer[2].Previous.Should().Be(Array.IndexOf(quotes, outer[1]));
        var inner = quotes.Single(q => q.Depth == 1);
        Content(text, inner).Should().Be("inner");
        inner.Parent.Should().Be(Array.IndexOf(quotes, outer[1]));
    }

    [Fact]
    public void British_single_quote_chain_is_kept()
    {
        var text = "‘It went on\n‘and on,’ he said.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        quotes[1].Previous.Should().Be(0);
        Content(text, quotes[0]).Should().Be("It went on");
    }

    [Theory]
    [InlineData("\"First part runs on\n\n\"and ends here,\" he said.", "First part runs on", "and ends here,")]
    [InlineData("„Erster Teil\n„und zweiter Teil“, sagte er.", "Erster Teil", "und zweiter Teil")]
    [InlineData("«Première partie\n«et la suite», dit-il.", "Première partie", "et la suite")]
    public void Multi_paragraph_chain_in_other_families(string text, string first, string second)
    {
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        Content(text, quotes[0]).Should().Be(first);
        quotes[0].Closed.Should().BeFalse();
        Content(text, quotes[1]).Should().Be(second);
        quotes[1].Previous.Should().Be(0);
    }

    [Fact]
    public void Continuation_is_only_by_a_mark_at_the_paragraph_start()
    {
        var text = "“Unclosed here\nHe then added “a new one,” later.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        quotes[1].Previous.Should().Be(-1);
    }

    [Fact]
    public void Doubled_apostrophes_are_one_double_quote_mark()
    {
        var text = "The network said her statement was ''not in line with our policy.'' Then it left.";
        var quotes = Scan(text);
        quotes.Should().ContainSingle();
        Content(text, quotes[0]).Should().Be("not in line with our policy.");
        quotes[0].Open.Length.Should().Be(2);
        quotes[0].Close.Length.Should().Be(2);
    }

    [Theory]
    [InlineData("``We will rebuild,'' the mayor said.", "We will rebuild,")]
    [InlineData("`` We will rebuild , '' the mayor said .", "We will rebuild ,")]
    [InlineData("The mayor said: ``We don't know the Smiths' plans.''", "We don't know the Smiths' plans.")]
    public void Penn_Treebank_backticks_open_and_doubled_apostrophes_close(string text, string content)
    {
        var q = Scan(text).Should().ContainSingle().Subject;
        text[q.Open.Start..q.Open.End].Should().Be("``");
        text[q.Close.Start..q.Close.End].Should().Be("''");
        Content(text, q).Should().Be(content);
        q.Closed.Should().BeTrue();
    }

    [Fact]
    public void Penn_Treebank_single_marks_nest_inside_double()
    {
        var text = "``It is our duty to `stay' here,'' she said.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        Content(text, quotes[0]).Should().Be("It is our duty to `stay' here,");
        Content(text, quotes[1]).Should().Be("stay");
        quotes[1].Depth.Should().Be(1);
        quotes[1].Parent.Should().Be(0);
        text[quotes[1].Open.Start..quotes[1].Close.End].Should().Be("`stay'");
        // The newspapers' '' … '' inside a backtick quote opens before a word.
        text = "``He called it ''a plan'' then,'' she said.";
        Contents(text).Should().Equal("He called it ''a plan'' then,", "a plan");
    }

    [Fact]
    public void Penn_Treebank_marks_chain_over_paragraphs_and_obey_the_styles()
    {
        var text = "``The first part runs on\n\n``and ends here,'' he said.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        quotes[0].Closed.Should().BeFalse();
        quotes[1].Previous.Should().Be(0);
        Contents("``We will rebuild,'' he said.", QuoteMarkStyles.Backticks).Should().Equal("We will rebuild,");
        Contents("``We will rebuild,'' he said.", QuoteMarkStyles.Straight | QuoteMarkStyles.Curly).Should().BeEmpty();
        // The newspaper '' … '' stays a straight mark.
        Contents("He called it ''a fine plan'' today.", QuoteMarkStyles.Backticks).Should().BeEmpty();
        Contents("He called it ''a fine plan'' today.", QuoteMarkStyles.Straight).Should().Equal("a fine plan");
    }

    [Theory]
    [InlineData("Run `make test` and then ``` to fence code.")]
    [InlineData("The key ` is next to 1.")]
    public void Stray_backticks_are_no_quotes(string text) => Scan(text).Should().BeEmpty();

    [Fact]
    public void Random_mark_soup_keeps_invariants()
    {
        const string alphabet = "ab sS5\n“”‘’\"'`«»‹›„‚″′‶‵〝〞.,(—";
        var random = new Random(12345);
        var broken = new List<string>();
        for (int round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var paragraphs = ParagraphSplitter.Split(text);
            var quotes = QuoteMarkScanner.Scan(text, paragraphs, QuoteMarkStyles.All);
            for (int k = 0; k < quotes.Length; k++)
                if (!Sane(text, quotes, k, paragraphs)) broken.Add($"round {round}, quote {k}: {text}");
        }
        broken.Should().BeEmpty();
    }

    private static bool Sane(string text, QuotedSpan[] quotes, int k, Paragraph[] paragraphs)
    {
        var q = quotes[k];
        bool inOneParagraph = paragraphs.Any(p => p.Span.Contains(q.Outer));
        // A mark is one character, or two for a doubled apostrophe ('') or backtick (``).
        static bool MarkOk(string text, TextSpan m) => m.Length == 1 || (m.Length == 2 && text.Substring(m.Start, 2) is "''" or "``");
        bool marksOk = MarkOk(text, q.Open) && q.Content.Start >= q.Open.End && q.Close.Start >= q.Content.End
            && (q.Closed ? MarkOk(text, q.Close) : q.Close.Length == 0);
        bool ordered = k == 0 || q.Open.Start > quotes[k - 1].Open.Start;
        bool parentOk = q.Parent < 0
            ? q.Depth == 0
            : q.Parent < k && q.Depth == quotes[q.Parent].Depth + 1 && quotes[q.Parent].Outer.Contains(q.Outer);
        bool previousOk = q.Previous < 0 || (q.Previous < k && !quotes[q.Previous].Closed);
        return inOneParagraph && marksOk && ordered && parentOk && previousOk;
    }

    [Fact]
    public void Other_family_at_next_paragraph_start_is_not_a_continuation()
    {
        var text = "“Unclosed words here\n«Autre» chose.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        quotes[0].Closed.Should().BeFalse();
        quotes[1].Previous.Should().Be(-1);
        Content(text, quotes[1]).Should().Be("Autre");
    }

    [Fact]
    public void Unclosed_opener_runs_to_paragraph_end_and_next_paragraph_still_pairs()
    {
        var text = "He said “this never closes, and more  \nThen “a fine quote,” she said.";
        var quotes = Scan(text);
        quotes.Should().HaveCount(2);
        quotes[0].Closed.Should().BeFalse();
        Content(text, quotes[0]).Should().Be("this never closes, and more");
        quotes[1].Closed.Should().BeTrue();
        quotes[1].Previous.Should().Be(-1);
        Content(text, quotes[1]).Should().Be("a fine quote,");
    }

    [Fact]
    public void Stray_closer_is_ignored()
    {
        var text = "A stray ” mark here, and ” another.\n“Real quote,” he said.";
        Contents(text).Should().Equal("Real quote,");
    }

    [Fact]
    public void Lone_single_opener_is_dropped()
    {
        var text = "He said ‘maybe and left.\n“Fine,” she said.";
        Contents(text).Should().Equal("Fine,");
    }

    [Fact]
    public void Opener_left_open_inside_a_closed_quote_is_dropped()
    {
        var text = "“He said ‘no and left,” she said.";
        var q = Scan(text).Should().ContainSingle().Subject;
        Content(text, q).Should().Be("He said ‘no and left,");
    }

    [Fact]
    public void Nothing_crosses_a_paragraph_boundary()
    {
        var text = "“Open here\nPlain text.\n“Another,” they said.";
        var paragraphs = ParagraphSplitter.Split(text);
        foreach (var q in Scan(text))
            paragraphs.Should().Contain(p => p.Span.Contains(q.Outer));
    }

    [Fact]
    public void Deep_nesting_stays_bounded()
    {
        var text = new string('“', 1000) + "core" + new string('”', 1000);
        var quotes = Scan(text);
        quotes.Should().HaveCount(QuoteMarkScanner.MaxDepth);
        quotes.Max(q => q.Depth).Should().Be(QuoteMarkScanner.MaxDepth - 1);
        quotes.Should().OnlyContain(q => q.Closed);
    }

    [Fact]
    public void Hundred_thousand_marks_are_paired()
    {
        var text = string.Concat(Enumerable.Repeat("“ab” ", 50_000));
        var quotes = Scan(text);
        quotes.Should().HaveCount(50_000);
        quotes.Should().OnlyContain(q => q.Closed && q.Content.Length == 2 && q.Depth == 0);
    }

    [Fact]
    public void Hundred_thousand_unpaired_marks_finish()
    {
        var text = new string('“', 50_000) + new string('’', 50_000) + new string('"', 50_000);
        var quotes = Scan(text);
        // The curly openers nest up to the cap; the run of straight marks pairs up among itself.
        quotes.Length.Should().BeLessThanOrEqualTo(text.Length / 2);
        quotes.Max(q => q.Depth).Should().BeLessThan(QuoteMarkScanner.MaxDepth);
        quotes.Should().OnlyContain(q => q.Open.End <= q.Content.Start && q.Content.End <= q.Close.Start);
    }

    [Fact]
    public void Ten_megabyte_text_finishes()
    {
        const string line = "Officials said on Monday that the new plan would “work well in time,” and the O’Briens’ "
            + "neighbours agreed that the ’90s rules had failed. Others were less sure, citing 'costs' and delays.\n";
        var text = string.Concat(Enumerable.Repeat(line, 10_000_000 / line.Length + 1));
        var quotes = Scan(text);
        quotes.Length.Should().Be(2 * (10_000_000 / line.Length + 1));
        Content(text, quotes[0]).Should().Be("work well in time,");
        Content(text, quotes[1]).Should().Be("costs");
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_do_not_throw()
    {
        var text = "\0“\uD800 a\u0001\uDC00 ”\u0007 '\uD83D' \"\uFFFF\"\n\u0000’\u0000\n«\u001F";
        var act = () => Scan(text);
        act.Should().NotThrow();
        Scan(text).Should().OnlyContain(q => q.Content.Start >= 0 && q.Content.End <= text.Length);
    }

    [Fact]
    public void Bad_paragraph_spans_do_not_throw()
    {
        var text = "“quoted” text";
        Paragraph[] paragraphs = [new(new TextSpan(-5, 4)), new(new TextSpan(3, 100)), new(new TextSpan(2, 1))];
        var act = () => QuoteMarkScanner.Scan(text, paragraphs, QuoteMarkStyles.All);
        act.Should().NotThrow();
    }
}
