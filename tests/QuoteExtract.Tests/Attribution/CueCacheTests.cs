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
}
