using QuoteExtract.Tests.Reliability;
using System.Diagnostics;
using System.Text;

namespace QuoteExtract.Tests.Robustness;

/// <summary>Broken text gets a result, never an exception, and every span stays inside the text.</summary>
public class BadInputTests
{
    private static void AssertSane(string text, ExtractionResult r)
    {
        foreach (var q in r.Quotes)
        {
            q.Span.Start.Should().BeInRange(0, text.Length);
            q.Span.End.Should().BeInRange(q.Span.Start, text.Length);
            q.Text.Should().Be(text.Substring(q.Span.Start, q.Span.Length));
            q.Confidence.Should().BeInRange(0, 1);
            if (q.SpeakerId is not null) r.Speakers.Should().Contain(s => s.Id == q.SpeakerId);
            if (q.Continues is not null) r.Quotes.Should().Contain(o => o.Id == q.Continues);
        }
        foreach (var s in r.Speakers)
            foreach (var m in s.Mentions) m.Text.Should().Be(text.Substring(m.Span.Start, m.Span.Length));
    }

    public static TheoryData<string, string> Inputs => new()
    {
        { "unbalanced opener", "“This never closes, said the man.\n\n“Nor this,” she said." },
        { "unbalanced closer", "Nothing opened here,” he said. “But this is fine,” she said." },
        { "only quote marks", new string('“', 500) + new string('”', 500) + "\"'\"'‘’«»„‹›" },
        { "control characters", "“We\u0000 will\u0007 win,”\u001b said\u0008 Jane Roe.\u0001" },
        { "lone surrogates", "“Hello \uD800 world,” said Jane Roe \uDC00. \uD83D" },
        { "surrogate pairs", "“We love 😀 emoji 👍🏽,” said Jane Roe." },
        { "mixed line endings", "“One,” he said.\r\n\r\n“Two,” she said.\r\r“Three,” they said.\u2029“Four,” it said." },
        { "no spaces", string.Concat(Enumerable.Repeat("“a”said.", 2000)) },
        { "deep nesting", string.Concat(Enumerable.Repeat("“‘", 1000)) + "deep" + string.Concat(Enumerable.Repeat("’”", 1000)) },
        { "html remnants", "&quot;We will win,&quot; said <b>Jane Roe</b>. &#8220;Really,&#8221; she added." },
        { "only whitespace", " \t\n\r\n\u00A0 " },
        { "apostrophe runs", string.Concat(Enumerable.Repeat("''a'''", 300)) + " " + new string('\'', 301) + "b''''c'''''d" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Bad_input_gives_a_result(string name, string text)
    {
        _ = name;
        var r = QuoteExtractor.Default.Extract(text);
        r.Should().NotBeNull();
        AssertSane(text, r);
    }

    [Fact]
    public void Large_input_is_processed_in_roughly_linear_time()
    {
        // Not a speed test (that is the benchmark's job): a guard against quadratic blow-ups.
        var paragraph = "“We will not stop until the work is done,” Senator Jane Roe said on Tuesday. " +
                        "She called the plan “a reckless gamble.” Officials said nearly 8,000 people had left.\n\n";
        var small = new StringBuilder().Insert(0, paragraph, 200).ToString();
        var large = new StringBuilder().Insert(0, paragraph, 4000).ToString();
        var growth = GrowthCheck.Ratio(() => QuoteExtractor.Default.Extract(small), () => QuoteExtractor.Default.Extract(large), floorMilliseconds: 5);
        var rs = QuoteExtractor.Default.Extract(small);
        var rl = QuoteExtractor.Default.Extract(large);
        rl.Quotes.Count.Should().Be(rs.Quotes.Count * 20);
        // 20x the input: allow up to 200x the time (quadratic would be 400x) plus slack for noise.
        growth.Should().BeLessThan(200);
        AssertSane(large, rl);
    }
}
