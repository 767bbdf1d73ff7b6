namespace QuoteExtract.Tests.Output;

/// <summary>Hand-built results (no extractor needed) whose spans point into <see cref="Text"/>.</summary>
internal static class SampleResults
{
    public const string Text =
        "“We will not allow it,” Russian President Vladimir Putin said, “not now.” " +
        "Critics called it \"a coup\". Nearly 8,000 people were detained.";

    public static TextSpan Find(string part, int from = 0)
    {
        var start = Text.IndexOf(part, from, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{part}' is not in the sample text.");
        return new TextSpan(start, start + part.Length);
    }

    public static Excerpt At(string part, int from = 0) => Excerpt.Of(Text, Find(part, from));

    /// <summary>Quotes with and without speaker, mention, cue and continuation; speakers with titles and mentions; claims with and without claimant.</summary>
    public static ExtractionResult Full()
    {
        var putin = At("Russian President Vladimir Putin");
        var q1 = new Quote("q1", QuoteKind.Direct, "We will not allow it,", Find("We will not allow it,"), "s1",
            At("Vladimir Putin"), At("said"), 0.93456);
        var q2 = new Quote("q2", QuoteKind.Direct, "not now.", Find("not now."), "s1", null, null, 0.8, Continues: "q1");
        var q3 = new Quote("q3", QuoteKind.Partial, "a coup", Find("a coup"), null, At("Critics"), At("called"), 0.5);
        Speaker[] speakers =
        [
            new("s1", "Vladimir Putin", SpeakerKind.Person, ["Russian President"], [putin]),
            new("s2", "Critics", SpeakerKind.Group, [], [At("Critics")]),
        ];
        Claim[] claims =
        [
            new("c1", "Nearly 8,000 people were detained", Find("Nearly 8,000 people were detained"), null,
                ClaimStance.Asserts, 0.8749, null),
            new("c2", "a coup", Find("a coup"), "s2", ClaimStance.Questions, 0.25, "q3"),
        ];
        return new ExtractionResult([q1, q2, q3], speakers, claims);
    }

    /// <summary>One quote attributed to a speaker named <paramref name="speakerName"/>; the fake CLI extractor returns this.</summary>
    public static ExtractionResult OneQuote(string text, string speakerName)
    {
        var span = new TextSpan(0, text.Length);
        return new ExtractionResult(
            [new Quote("q1", QuoteKind.Direct, text, span, "s1", null, null, 0.9)],
            [new Speaker("s1", speakerName, SpeakerKind.Person, [], [])],
            []);
    }
}
