namespace QuoteExtract.Tests.Reliability;

/// <summary>The invariant checker itself catches what it must (a checker that passes everything proves nothing).</summary>
public class ResultInvariantsTests
{
    private const string Text = "“We will win,” Jane Roe said. “No,” she said.";

    private static Quote Q(string id, int start, int end, string? speaker = null, string? continues = null, double confidence = 0.5) =>
        new(id, QuoteKind.Direct, Text[start..end], new TextSpan(start, end), speaker, null, null, confidence, continues);

    private static readonly Speaker Roe = new("s1", "Jane Roe", SpeakerKind.Person, [], [Excerpt.Of(Text, new TextSpan(15, 23))]);

    private static Action Checking(params Quote[] quotes) =>
        () => ResultInvariants.Check(Text, new ExtractionResult(quotes, [Roe], []));

    [Fact]
    public void A_sound_result_passes() => Checking(Q("q1", 1, 13, "s1"), Q("q2", 31, 34, "s1", "q1")).Should().NotThrow();

    [Fact]
    public void Nested_and_identical_spans_pass() =>
        Checking(Q("q1", 1, 13), Q("q2", 4, 8), Q("q3", 4, 8), Q("q4", 9, 13)).Should().NotThrow();

    [Fact]
    public void Overlapping_spans_fail() =>
        Checking(Q("q1", 1, 13), Q("q2", 31, 34), Q("q3", 9, 20)).Should().Throw<InvariantViolation>().Where(e => e.Kind == "overlap");

    [Fact]
    public void Overlap_behind_a_nested_span_fails() =>
        Checking(Q("q1", 0, 20), Q("q2", 2, 5), Q("q3", 10, 25)).Should().Throw<InvariantViolation>().Where(e => e.Kind == "overlap");

    [Fact]
    public void Span_outside_or_text_mismatch_fails()
    {
        Checking(Q("q1", 1, 13) with { Span = new TextSpan(1, Text.Length + 1) }).Should().Throw<InvariantViolation>().Where(e => e.Kind == "span");
        Checking(Q("q1", 1, 13) with { Text = "We will win!" }).Should().Throw<InvariantViolation>().Where(e => e.Kind == "span");
        Checking(Q("q1", 1, 13) with { Cue = new Excerpt("said", new TextSpan(0, 4)) }).Should().Throw<InvariantViolation>().Where(e => e.Kind == "span");
    }

    [Fact]
    public void Dangling_references_and_duplicate_ids_fail()
    {
        Checking(Q("q1", 1, 13, "s9")).Should().Throw<InvariantViolation>().Where(e => e.Kind == "reference");
        Checking(Q("q1", 1, 13, continues: "q7")).Should().Throw<InvariantViolation>().Where(e => e.Kind == "reference");
        Checking(Q("q1", 1, 13, continues: "q1")).Should().Throw<InvariantViolation>().Where(e => e.Kind == "reference");
        Checking(Q("q1", 1, 13), Q("q1", 31, 34)).Should().Throw<InvariantViolation>().Where(e => e.Kind == "reference");
    }

    [Fact]
    public void Scores_outside_0_1_or_not_finite_fail()
    {
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, -0.01, 1.01 })
            Checking(Q("q1", 1, 13, confidence: bad)).Should().Throw<InvariantViolation>().Where(e => e.Kind == "score");
    }

    [Fact]
    public void Minimizer_keeps_the_failure_and_shrinks()
    {
        var min = Minimizer.Minimize("alpha beta X gamma delta", t => t.Contains('X'));
        min.Trim().Should().Be("X", "a word keeps the space after it as one unit");
    }
}
