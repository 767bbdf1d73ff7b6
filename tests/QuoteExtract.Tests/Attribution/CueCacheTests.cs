using QuoteExtract.Attribution;

namespace QuoteExtract.Tests.Attribution;

/// <summary>The cue cache's pages, filled a page at a time, against the cue finder's reading of each token alone.</summary>
public class CueCacheTests
{
    // Cue words in each of the ways the page fill tells apart: lower case ("said"), with its particle ("pointed out"),
    // opening a sentence ("Citing"), the verb of a title-case headline ("Slams"), inside a name ("Consumer Reports"), the
    // idioms' words ("According to", "put it", "see … as", "saw"), and words of no cue form or with counts only.
    private const string Text = "Mayor Slams Budget Plan\n\nCiting the costs, Ann Lee said the plan was flawed. "
        + "According to Consumer Reports, prices rose. As one voter put it, the mayor pointed out nothing new. "
        + "Four in 10 voters see the campaign as unfair, and they saw it coming. “We will win,” Lee told reporters.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_page_gives_every_token_the_code_of_its_own_reading(bool model)
    {
        var builder = new QuoteExtractorBuilder();
        var doc = (model ? builder.UseModel() : builder.RulesOnly()).Build().Analyze(Text);
        var cache = new CueCache(doc.Tokens.Length);

        for (int i = 0; i < doc.Tokens.Length; i++)
            cache.Code(doc, i).Should().Be(CueFinder.Code(doc, i), doc.TokenText(i).ToString());
        Enumerable.Range(0, doc.Tokens.Length).Count(i => CueFinder.At(doc, i) is not null).Should().BeGreaterThan(5, "the text has cues");
    }

    [Fact]
    public void The_next_cue_is_the_next_token_with_a_cue_from_any_start()
    {
        var doc = new QuoteExtractorBuilder().RulesOnly().Build().Analyze(Text);
        int n = doc.Tokens.Length;

        // From every start to every end (odd and even, both halves of a byte), the walk in codes lands where asking
        // each token in turn does.
        for (int from = 0; from <= n; from++)
            for (int end = from; end <= n; end++)
            {
                int expected = from;
                while (expected < end && CueFinder.At(doc, expected) is null) expected++;
                CueFinder.NextCue(doc, from, end).Should().Be(expected, $"from {from} to {end}");
            }
    }

    [Fact]
    public void The_next_cue_is_found_across_pages()
    {
        // (A page holds 4,096 tokens: the text ~70 times over spans two.)
        var doc = new QuoteExtractorBuilder().RulesOnly().Build().Analyze(string.Join("\n\n", Enumerable.Repeat(Text, 70)));
        int n = doc.Tokens.Length;
        n.Should().BeGreaterThan(4096);
        // (Walked first, so the walk fills the pages itself.)
        var found = Enumerable.Range(0, n + 1).Select(from => CueFinder.NextCue(doc, from, n)).ToArray();
        var next = new int[n + 1];
        next[n] = n;
        for (int i = n - 1; i >= 0; i--) next[i] = CueFinder.At(doc, i) is null ? next[i + 1] : i;

        for (int from = 0; from <= n; from++)
        {
            found[from].Should().Be(next[from], $"from {from}");
            int end = Math.Min(n, from + 7);
            CueFinder.NextCue(doc, from, end).Should().Be(Math.Min(next[from], end), $"from {from} to {end}");
        }
    }
}
