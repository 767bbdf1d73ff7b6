using System.Net;
using System.Text.RegularExpressions;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Output;

public class HtmlViewTests
{
    private static Quote QuoteAt(string text, string id, string part, string? speakerId, QuoteKind kind = QuoteKind.Direct, int from = 0)
    {
        var start = text.IndexOf(part, from, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"'{part}' is in the text");
        return new Quote(id, kind, part, new TextSpan(start, start + part.Length), speakerId, null, null, 0.9);
    }

    private static Speaker SpeakerNamed(string id, string name) => new(id, name, SpeakerKind.Person, [], []);

    [Fact]
    public void Article_text_round_trips_exactly_and_every_element_nests()
    {
        var html = HtmlView.Render("a.txt", SampleResults.Text, SampleResults.Full());

        var article = HtmlTree.Article(html);
        article.Text.Should().Be(SampleResults.Text);
        foreach (var quote in SampleResults.Full().Quotes)
            article.Quote(quote.Id).Text.Should().Be(SampleResults.Text[quote.Span.Start..quote.Span.End]);
    }

    [Fact]
    public void Article_text_is_escaped_and_a_script_in_it_is_only_text()
    {
        const string text = "Tom & Jerry said 1 < 2 > 0. <script>alert(1)</script> <img src=x onerror=alert(2)> \"done\" 'ok'";
        var quote = QuoteAt(text, "q1", "<script>alert(1)</script>", "s1");
        var result = new ExtractionResult([quote], [SpeakerNamed("s1", "Tom")], []);

        var html = HtmlView.Render("x.txt", text, result);

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("&lt;img src=x onerror=alert(2)&gt;");
        html.Should().Contain("Tom &amp; Jerry said 1 &lt; 2 &gt; 0.");
        Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Should().HaveCount(1, "only the page's own script");
        Regex.Matches(html, "<img", RegexOptions.IgnoreCase).Should().BeEmpty();
        HtmlTree.Article(html).Text.Should().Be(text);
    }

    [Fact]
    public void Attribute_values_and_panel_text_are_escaped()
    {
        const string text = "He said \"yes & no\" to <them>.";
        var speaker = new Speaker("s\"1", "Tom \"the <b>\" & 'Co'", SpeakerKind.Person, ["<i>boss</i>"],
            [Excerpt.Of(text, new TextSpan(0, 2))]);
        var quote = new Quote("q\"1", QuoteKind.Direct, "yes & no", new TextSpan(9, 17), "s\"1",
            Excerpt.Of(text, new TextSpan(0, 2)), Excerpt.Of(text, new TextSpan(3, 7)), 0.5);
        var claim = new Claim("c<1>", "yes & no", new TextSpan(9, 17), "s\"1", ClaimStance.Denies, 0.5, "q\"1");

        var html = HtmlView.Render("a \"b\" <c>.txt", text, new ExtractionResult([quote], [speaker], [claim]));

        html.Should().Contain("data-quote-id=\"q&quot;1\"");
        html.Should().Contain("data-speaker-id=\"s&quot;1\"");
        html.Should().Contain("Tom &quot;the &lt;b&gt;&quot; &amp; &#39;Co&#39;");
        html.Should().Contain("&lt;i&gt;boss&lt;/i&gt;");
        html.Should().Contain("data-claim-id=\"c&lt;1&gt;\"");
        html.Should().Contain("<title>a &quot;b&quot; &lt;c&gt;.txt — QuoteExtract</title>");
        html.Should().NotContain("<b>\"").And.NotContain("<i>boss");

        // Every start tag is well formed: attributes are name="value" with no stray quote inside a value.
        foreach (Match tag in Regex.Matches(html, "<(mark|b|span|li|a)\\b([^>]*)>"))
            Regex.Replace(tag.Groups[2].Value, "\\s[\\w-]+=\"[^\"<>]*\"", "").Trim().Should().BeEmpty(tag.Value);
        var tip = HtmlTree.Article(html).Quote("q\"1").Attributes["data-tip"];
        tip.Should().Contain("speaker: Tom \"the <b>\" & 'Co'").And.Contain("cue: said").And.Contain("confidence: 0.50");
    }

    [Fact]
    public void Span_edges_inside_a_surrogate_pair_move_outward()
    {
        const string text = "Ann said 😀hi there😀 and 𝒳.";
        var start = text.IndexOf("😀hi", StringComparison.Ordinal) + 1; // between the two halves of the first emoji
        var end = text.IndexOf("😀 and", StringComparison.Ordinal) + 1;  // between the two halves of the second
        var quote = new Quote("q1", QuoteKind.Direct, "hi there", new TextSpan(start, end), "s1", null,
            Excerpt.Of(text, new TextSpan(4, 8)), 0.9);
        var mathX = text.IndexOf("𝒳", StringComparison.Ordinal);
        var claim = new Claim("c1", "𝒳", new TextSpan(mathX + 1, mathX + 2), null, ClaimStance.Asserts, 0.1, null);

        var html = HtmlView.Render("e.txt", text, new ExtractionResult([quote], [SpeakerNamed("s1", "Ann")], [claim]));

        var article = HtmlTree.Article(html);
        article.Text.Should().Be(text);
        article.Quote("q1").Text.Should().Be("😀hi there😀");
        article.Find(e => e.Attributes.GetValueOrDefault("data-claim-id") == "c1").Single().Text.Should().Be("𝒳");
        Regex.IsMatch(html, "[\uD800-\uDBFF][^\uDC00-\uDFFF]").Should().BeFalse("no high surrogate is separated from its low half");
        Regex.IsMatch(html, "[^\uD800-\uDBFF][\uDC00-\uDFFF]").Should().BeFalse("no low surrogate is separated from its high half");
    }

    [Fact]
    public void Crlf_line_breaks_are_kept_and_offsets_map_onto_them()
    {
        const string text = "Headline\r\n\r\n“We will go,” she said.\r\nNext paragraph.\r\n";
        var result = new ExtractionResult(
            [QuoteAt(text, "q1", "We will go,", "s1") with { Cue = Excerpt.Of(text, new TextSpan(text.IndexOf("said"), text.IndexOf("said") + 4)) }],
            [SpeakerNamed("s1", "She")],
            [new Claim("c1", "Next paragraph.", new TextSpan(text.IndexOf("Next"), text.Length - 2), null, ClaimStance.Asserts, 0.3, null)]);

        var html = HtmlView.Render("crlf.txt", text, result);

        var article = HtmlTree.Article(html);
        article.Text.Should().Be(text);
        article.Quote("q1").Text.Should().Be("We will go,");
        article.Find(e => e.Attributes.GetValueOrDefault("class") == "cue").Single().Text.Should().Be("said");
        html.Should().Contain("article{white-space:pre-wrap", "line breaks and blank lines show as in the text");
    }

    [Fact]
    public void Nested_quotes_become_nested_elements_and_crossing_claims_are_split_around_them()
    {
        const string text = "Critics said the plan was \"an attempted coup\" by the elite. Later came more.";
        var outer = QuoteAt(text, "q1", "the plan was \"an attempted coup\" by the elite", "s1", QuoteKind.Mixed);
        var inner = QuoteAt(text, "q2", "an attempted coup", "s1", QuoteKind.Partial);
        var loose = QuoteAt(text, "q3", "an attempted", null, QuoteKind.Partial); // no speaker, nested twice
        var crossing = new Claim("c1", "by the elite. Later came", new TextSpan(text.IndexOf("by the"), text.IndexOf(" more")),
            "s1", ClaimStance.Asserts, 0.7, "q1");
        var speaker = new Speaker("s1", "Critics", SpeakerKind.Group, [], [Excerpt.Of(text, new TextSpan(0, 7))]);

        var html = HtmlView.Render("n.txt", text, new ExtractionResult([outer, inner, loose], [speaker], [crossing]));

        var article = HtmlTree.Article(html); // throws if any element is closed out of order
        article.Text.Should().Be(text);
        var q1 = article.Quote("q1");
        q1.Text.Should().Be(outer.Text);
        var q2 = q1.Find(e => e.Attributes.GetValueOrDefault("data-quote-id") == "q2").Single();
        q2.Text.Should().Be("an attempted coup");
        q2.Find(e => e.Attributes.GetValueOrDefault("data-quote-id") == "q3").Single().Text.Should().Be("an attempted");
        article.Find(e => e.Attributes.ContainsKey("data-quote-id")).Should().HaveCount(3, "each quote stays one element");

        var claimPieces = article.Find(e => e.Attributes.GetValueOrDefault("data-claim-id") == "c1");
        claimPieces.Should().HaveCount(2);
        string.Concat(claimPieces.Select(p => p.Text)).Should().Be("by the elite. Later came");
        claimPieces.Count(p => p.Attributes.ContainsKey("id")).Should().Be(1, "links jump to the first piece");

        q1.Attributes["style"].Should().Be("--c:" + HtmlView.SpeakerColor(new ExtractionResult([], [speaker], []), "s1"));
        article.Quote("q3").Attributes["style"].Should().Be("--c:" + HtmlView.NeutralColor);
    }

    [Fact]
    public void Quotes_carry_ids_speaker_colour_tooltip_and_are_focusable()
    {
        var result = SampleResults.Full();
        var html = HtmlView.Render("a.txt", SampleResults.Text, result);
        var article = HtmlTree.Article(html);

        foreach (var quote in result.Quotes)
        {
            var mark = article.Quote(quote.Id);
            mark.Attributes["tabindex"].Should().Be("0");
            mark.Attributes["id"].Should().Be("q-" + quote.Id);
            mark.Attributes["data-speaker-id"].Should().Be(quote.SpeakerId ?? "");
            mark.Attributes["style"].Should().Be("--c:" + HtmlView.SpeakerColor(result, quote.SpeakerId));
            mark.Attributes["data-tip"].Should().Contain(quote.Kind.ToJsonName()).And.Contain("confidence");
        }
        article.Quote("q1").Attributes["data-tip"].Should().Contain("speaker: Vladimir Putin").And.Contain("cue: said").And.Contain("confidence: 0.93");
        article.Quote("q3").Attributes["data-tip"].Should().Contain("speaker: none");
        HtmlView.SpeakerColor(result, "s1").Should().NotBe(HtmlView.SpeakerColor(result, "s2"));
        html.Should().Contain("mark.q:focus::after", "the tooltip shows on keyboard focus as well as on hover");

        // Mentions in bold with the speaker colour, the cue underlined.
        article.Find(e => e.Name == "b" && e.Text == "Vladimir Putin").Should().ContainSingle()
            .Which.Attributes["style"].Should().Be("--c:" + HtmlView.SpeakerColor(result, "s1"));
        article.Find(e => e.Attributes.GetValueOrDefault("class") == "cue").Select(e => e.Text).Should().Equal("said", "called");
    }

    [Fact]
    public void Panels_list_speakers_with_their_quotes_and_claims_with_claimant_stance_and_bar()
    {
        var html = HtmlView.Render("a.txt", SampleResults.Text, SampleResults.Full());

        var speakers = Section(html, "speakers");
        speakers.Should().Contain("Vladimir Putin").And.Contain("person").And.Contain("Russian President").And.Contain("2 quotes");
        speakers.Should().Contain("href=\"#q-q1\"").And.Contain("href=\"#q-q2\"").And.Contain("href=\"#m-s1-1\"");
        speakers.Should().Contain("No speaker", "quotes without a speaker are listed too").And.Contain("href=\"#q-q3\"");
        html.Should().Contain("id=\"m-s1-1\"");

        var claims = Section(html, "claims");
        claims.Should().Contain("href=\"#c-c1\"").And.Contain(">article<").And.Contain("asserts");
        claims.Should().Contain("Critics").And.Contain("questions").And.Contain("width:87%").And.Contain("width:25%");
        html.Should().Contain("id=\"c-c1\"").And.Contain("id=\"c-c2\"");
    }

    [Fact]
    public void Empty_result_and_empty_text_render_a_page()
    {
        var html = HtmlView.Render("empty.txt", "Nothing was said here.", ExtractionResult.Empty);
        HtmlTree.Article(html).Text.Should().Be("Nothing was said here.");
        html.Should().Contain("0 quotes · 0 speakers · 0 claims").And.Contain("No speakers found.").And.Contain("No claims found.");

        var blank = HtmlView.Render("", "", ExtractionResult.Empty);
        HtmlTree.Article(blank).Text.Should().BeEmpty();
        blank.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
    }

    [Fact]
    public void Spans_outside_the_text_are_clamped_and_empty_quotes_still_have_an_element()
    {
        const string text = "Short text.";
        var result = new ExtractionResult(
            [
                new Quote("q1", QuoteKind.Direct, "x", new TextSpan(6, 500), null, null, null, 0.2),
                new Quote("q2", QuoteKind.Partial, "", new TextSpan(3, 3), null, null, null, 0.2),
                new Quote("q3", QuoteKind.Partial, "", new TextSpan(-5, 2), null, null, null, 0.2),
            ], [], []);

        var article = HtmlTree.Article(HtmlView.Render("s.txt", text, result));

        article.Text.Should().Be(text);
        article.Quote("q1").Text.Should().Be("text.");
        article.Quote("q2").Text.Should().BeEmpty();
        article.Quote("q3").Text.Should().Be("Sh");
    }

    [Fact]
    public void Page_is_self_contained_and_deterministic()
    {
        var html = HtmlView.Render("a.txt", SampleResults.Text, SampleResults.Full());

        html.Should().Be(HtmlView.Render("a.txt", SampleResults.Text, SampleResults.Full()));
        html.Should().NotContain("http://").And.NotContain("https://").And.NotContain("src=").And.NotContain("@import").And.NotContain("url(");
        html.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
        Regex.Match(html, "script-src '(sha256-[^']+)'").Success.Should().BeTrue();
    }

    [Fact]
    public void Index_lists_documents_with_counts_links_and_errors()
    {
        var html = HtmlView.RenderIndex(
        [
            ("news/a b.txt", "news_a_b.html", 3, 2, 5, null),
            ("<bad>.txt", "", 0, 0, 0, "cannot read <bad>.txt: denied & gone"),
            ("c.txt", "dir/c d.html", 1, 1, 0, null),
        ]);

        html.Should().Contain("<a href=\"news_a_b.html\">news/a b.txt</a>");
        html.Should().Contain("<a href=\"dir/c%20d.html\">c.txt</a>");
        html.Should().Contain("<td class=\"n\">3</td><td class=\"n\">2</td><td class=\"n\">5</td>");
        html.Should().Contain("<tr class=\"failed\"><td>&lt;bad&gt;.txt</td>");
        html.Should().Contain("error: cannot read &lt;bad&gt;.txt: denied &amp; gone");
        html.Should().Contain("3 documents · 4 quotes · 3 speakers · 5 claims · <span class=\"err\">1 failed</span>");
        HtmlView.RenderIndex([]).Should().Contain("No documents.");
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section class=\"panel\" id=\"{id}\">", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}

/// <summary>
/// A tiny parser for the article part of a page: elements and text, checking that every element is closed in
/// order (the page must nest), with the decoded text content of each element.
/// </summary>
internal sealed class HtmlTree
{
    private static readonly Regex s_token = new("<(/?)([a-z]+)((?:\\s+[\\w-]+=\"[^\"]*\")*)\\s*>|[^<]+", RegexOptions.CultureInvariant);
    private static readonly Regex s_attribute = new("([\\w-]+)=\"([^\"]*)\"", RegexOptions.CultureInvariant);

    public string Name { get; private init; } = "";
    public Dictionary<string, string> Attributes { get; } = [];
    public List<object> Children { get; } = []; // HtmlTree or string

    public string Text => string.Concat(Children.Select(c => c as string ?? ((HtmlTree)c).Text));

    public static HtmlTree Article(string html)
    {
        const string open = "<article id=\"text\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        return Parse(html[start..end]);
    }

    public static HtmlTree Parse(string fragment)
    {
        var root = new HtmlTree { Name = "#root" };
        var stack = new Stack<HtmlTree>();
        stack.Push(root);
        var at = 0;
        foreach (Match token in s_token.Matches(fragment))
        {
            token.Index.Should().Be(at, "the fragment is made of tags and text only");
            at = token.Index + token.Length;
            if (!token.Value.StartsWith('<'))
            {
                token.Value.Should().NotContainAny("\"", ">").And.NotContain("'", "text content is escaped");
                stack.Peek().Children.Add(WebUtility.HtmlDecode(token.Value));
                continue;
            }
            var name = token.Groups[2].Value;
            if (token.Groups[1].Value == "/")
            {
                stack.Peek().Name.Should().Be(name, "elements close in the order they opened");
                stack.Pop();
                continue;
            }
            var element = new HtmlTree { Name = name };
            foreach (Match attribute in s_attribute.Matches(token.Groups[3].Value))
                element.Attributes[attribute.Groups[1].Value] = WebUtility.HtmlDecode(attribute.Groups[2].Value);
            stack.Peek().Children.Add(element);
            stack.Push(element);
        }
        at.Should().Be(fragment.Length);
        stack.Should().HaveCount(1, "every element is closed");
        return root;
    }

    public List<HtmlTree> Find(Func<HtmlTree, bool> match)
    {
        var found = new List<HtmlTree>();
        foreach (var child in Children.OfType<HtmlTree>())
        {
            if (match(child)) found.Add(child);
            found.AddRange(child.Find(match));
        }
        return found;
    }

    /// <summary>The first (focusable) element of quote <paramref name="id"/>.</summary>
    public HtmlTree Quote(string id) =>
        Find(e => e.Name == "mark" && e.Attributes.GetValueOrDefault("data-quote-id") == id && e.Attributes.ContainsKey("tabindex")).Single();
}
