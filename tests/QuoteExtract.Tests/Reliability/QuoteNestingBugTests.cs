namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// Minimal inputs (found by the properties, minimised by hand) on which two quotes overlap without one
/// containing the other. Kept as skipped tests until the library is fixed; they must pass then.
/// </summary>
public class QuoteNestingBugTests
{
    private static void AssertAllInvariants(string text)
    {
        var r = QuoteExtractor.Default.Extract(text);
        ResultInvariants.Check(text, r, Invariants.Spans | Invariants.References | Invariants.Scores);
        var check = () => ResultInvariants.Check(text, r, Invariants.QuoteNesting);
        check.Should().NotThrow();
    }

    [Fact]
    public void Minimal_inputs_do_not_crash_and_keep_every_other_invariant()
    {
        foreach (var text in new[] { StrayGuillemet, NoSpaceAfterPeriod })
            ResultInvariants.Check(text, QuoteExtractor.Default.Extract(text), Invariants.All & ~Invariants.QuoteNesting);
    }

    // q1 [16..37) "«No.» Smith said «Yes" and q2 [33..57) "«Yes.» Jones said «Maybe" overlap: the stray » (an
    // arrow, as in "Read more »") makes the scanner pair the guillemets the other way round (»…«) for the
    // whole paragraph, so each quote runs from one « to the next and contains quote marks.
    private const string StrayGuillemet = "More » Roe said «No.» Smith said «Yes.» Jones said «Maybe.»";

    // q1 [9..44) "it was over.She denied the \"reform\"" (cue said) and q2 [32..71) "the \"reform\".Smith called it
    // ‘historic’" (cue denied) overlap: with no space after a period (common in scraped text) the sentence is
    // not split, the reported clause of "said" runs into the next sentence, and the nested cue "denied" gets a
    // clause that starts inside it and ends outside.
    private const string NoSpaceAfterPeriod = "Roe said it was over.She denied the \"reform\".Smith called it ‘historic’.";

    [Fact]
    public void Stray_closing_guillemet_does_not_make_quotes_overlap() => AssertAllInvariants(StrayGuillemet);

    [Fact]
    public void Missing_space_after_period_does_not_make_quotes_overlap() => AssertAllInvariants(NoSpaceAfterPeriod);
}
