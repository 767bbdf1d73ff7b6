using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

public class BoilerplateDetectorTests
{
    // Normal news paragraphs, written for these tests.
    private const string Lead = "The city council voted on Tuesday to close the old river bridge for six months of repairs.";
    private const string Senator = "“We will win,” the senator said.";
    private const string MayorAppealQuote = "“We need your help to rebuild this town, and you can count on us,” the mayor told residents at a packed meeting on Wednesday evening.";
    private const string Cost = "Officials said the repairs would cost about $4 million and would be paid for by the state.";
    private const string Residents = "Residents who use the bridge every day said they were frustrated by the closure and the long detour it forces on them.";
    private const string Donated = "The company donated $2 million to the relief fund last year, according to public filings.";
    private const string QuotedSubscribe = "“People should subscribe to their local paper if they want to know what their council does,” the professor said.";
    private const string Volunteers = "Volunteers began registering residents for evening shifts at the shelter on Monday.";
    private const string ShortFact = "Nobody was hurt.";

    private static bool[] Detect(params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var split = ParagraphSplitter.Split(text);
        split.Should().HaveCount(paragraphs.Length, "each test paragraph is one paragraph");
        return BoilerplateDetector.Detect(text, split, QuoteMarkScanner.Scan(text, split, QuoteMarkStyles.All));
    }

    [Fact]
    public void Empty_input_gives_empty_result()
    {
        BoilerplateDetector.Detect("", [], []).Should().BeEmpty();
    }

    [Fact]
    public void Normal_article_is_never_flagged()
    {
        Detect(Lead, Senator, Cost, MayorAppealQuote, ShortFact, Residents, Donated, QuotedSubscribe, Volunteers)
            .Should().OnlyContain(b => !b);
    }

    [Theory]
    [InlineData(Senator)]
    [InlineData(MayorAppealQuote)]
    [InlineData(QuotedSubscribe)]
    [InlineData(Donated)]
    [InlineData("“Our journalism must support the public, and your support matters,” the editor said at the ceremony.")]
    public void Quoted_or_news_paragraph_alone_is_not_flagged(string paragraph)
        => Detect(Lead, paragraph, Cost).Should().Equal(false, false, false);

    [Fact]
    public void Donation_appeal_of_several_paragraphs_is_flagged_with_its_remnants()
    {
        var flags = Detect(Lead, Senator, Cost, Residents,
            "Before you go, we have one small favor to ask. Independent reporting like ours takes time and money, and we cannot do it without readers like you.",
            "Our newsroom relies on readers, not billionaires. If you value our journalism, please consider making a contribution today.",
            "Every gift, large or small, keeps our work free for everyone. Support us from just $1 a month. Thank you.",
            "Donate now",
            "Maybe later.",
            "Payment options");
        flags.Should().Equal(false, false, false, false, true, true, true, true, true, true);
    }

    [Fact]
    public void Newsletter_prompt_is_flagged()
        => Detect(Lead, "Sign up for our free morning newsletter to get the top stories in your inbox.", Senator, Cost)
            .Should().Equal(false, true, false, false);

    [Theory]
    [InlineData("Rescue workers search the rubble of a collapsed building on Sunday. Jane Roe / City Press Office / Wire Service")]
    [InlineData("Jane Roe / Wire Service")]
    [InlineData("Photo: Jane Roe")]
    [InlineData("Crowds gather outside the court. (Wire Photo/Jane Roe)")]
    [InlineData("Protesters march downtown. Jane Roe/Getty Images")]
    public void Photo_credit_lines_are_flagged(string credit)
        => Detect(Lead, credit, Senator, Cost).Should().Equal(false, true, false, false);

    [Theory]
    [InlineData("Read more: How the old bridge was built")]
    [InlineData("Read the rest here.")]
    [InlineData("Related: Council approves new budget")]
    [InlineData("Click here to see the full map.")]
    [InlineData("Share this article")]
    public void Navigation_lines_are_flagged(string line)
        => Detect(Lead, Senator, line, Cost, Residents).Should().Equal(false, false, true, false, false);

    [Theory]
    [InlineData("Jane Roe contributed reporting.")]
    [InlineData("John Doe contributed to this report.")]
    [InlineData("Reporting by Jane Roe; Editing by John Doe")]
    [InlineData("Additional reporting by John Doe in the capital.")]
    public void Reporting_credits_are_flagged(string credit)
        => Detect(Lead, Senator, Cost, credit).Should().Equal(false, false, false, true);

    [Fact]
    public void Cookie_notice_is_flagged()
        => Detect("We use cookies to improve your experience on our site. By continuing, you agree to our privacy policy.", Lead, Senator)
            .Should().Equal(true, false, false);

    [Fact]
    public void Leading_call_to_support_is_flagged_but_not_the_headline()
        => Detect("Support Our Newsroom!", "Council Votes to Close ‘Old Bridge’ for Repairs – Mayor", Lead, Senator)
            .Should().Equal(true, false, false, false);

    [Fact]
    public void Trailing_block_takes_short_paragraphs_after_it()
    {
        var flags = Detect(Lead, Senator, Cost, Residents, "Jane Roe contributed reporting.",
            "Not ready to give today?", "Remind me later.", "Our apps", "Terms");
        flags.Should().Equal(false, false, false, false, true, true, true, true, true);
    }

    [Fact]
    public void Trailing_block_keeps_long_news_and_reported_paragraphs()
    {
        var flags = Detect(Lead, Senator, Cost, "Jane Roe contributed reporting.", Residents, "The mayor said repairs start soon.");
        flags.Should().Equal(false, false, false, true, false, false);
    }

    [Fact]
    public void Short_paragraph_without_boilerplate_nearby_is_kept()
        => Detect(Lead, ShortFact, "Traffic", Senator, Cost, Residents).Should().OnlyContain(b => !b);

    [Fact]
    public void Weak_cue_next_to_strong_paragraph_is_flagged()
        => Detect(Lead, Senator, Cost, Residents, "Sign up for our newsletter.", "Get news alerts and updates sent straight to your phone by registering.")
            .Should().Equal(false, false, false, false, true, true);

    [Fact]
    public void Mismatched_quotes_array_does_not_throw()
    {
        var text = "A paragraph.\n\nAnother one.";
        var split = ParagraphSplitter.Split(text);
        QuotedSpan[] bogus = [new(new TextSpan(0, 1), new TextSpan(50, 51), new TextSpan(1, 50), 0, -1, -1, true)];
        var act = () => BoilerplateDetector.Detect(text, split, bogus);
        act.Should().NotThrow();
    }

    [Theory]
    [InlineData("Editor’s note: The senator is a serial liar who has repeatedly pledged to ban all tourists from entering the state.")]
    [InlineData("Editor's note: This story has been updated with comment from the county clerk.")]
    public void An_editors_note_is_boilerplate(string note)
    {
        Detect(Lead, note, Cost).Should().Equal(false, true, false);
    }
}
