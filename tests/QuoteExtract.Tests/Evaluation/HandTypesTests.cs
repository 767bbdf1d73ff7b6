using System.Text.RegularExpressions;
using QuoteExtract.Evaluation;
using Xunit.Abstractions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>The typer against attribution types given by hand to PolNeAR dev (fixtures of offsets and types only).</summary>
public sealed partial class HandTypesTests(ITestOutputHelper output)
{
    private static string Fixture(string name) => Path.Combine(SharedData.RepositoryRoot, "tests", "QuoteExtract.Tests", "Fixtures", name);

    [Fact]
    public void A_fixture_row_is_read_with_its_spans_sorted()
    {
        var rows = HandTypedAttribution.Read(new StringReader(
            "# comment\ndocument\tattribution\tannotation\tcue\tcontent\tsource\ttype\n" +
            "doc1\tE1\tdoc1_ab.ann\t10-14\t30-40;15-20\t0-9\tspeech\n" +
            "doc1\tE2\tdoc1_ab.ann\t\t50-60\t\tBelief\n"));

        rows.Should().HaveCount(2);
        rows[0].Content.Should().Equal(new TextSpan(15, 20), new TextSpan(30, 40));
        rows[0].Cue.Should().Equal(new TextSpan(10, 14));
        rows[1].Cue.Should().BeEmpty();
        rows[1].Type.Should().Be(AttributionType.Belief);
    }

    [Theory]
    [InlineData("d\tE1\ta\t1-2\t3-4\t\tspeach")]
    [InlineData("d\tE1\ta\t1-2\t\t\tspeech")]
    [InlineData("d\tE1\ta\t2-1\t3-4\t\tspeech")]
    [InlineData("d\tE1\ta\t1-2\t3-4")]
    public void A_malformed_row_is_an_error(string row)
    {
        var act = () => HandTypedAttribution.Read(new StringReader(row + "\n"));
        act.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("polnear-dev-types.tsv")]
    [InlineData("polnear-dev-types-second.tsv")]
    [InlineData("polnear-dev-types-overlap.tsv")]
    [InlineData("polnear-train-types.tsv")]
    public void A_fixture_holds_ids_offsets_and_types_only(string name)
    {
        var lines = File.ReadAllLines(Fixture(name)).Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("document\t", StringComparison.Ordinal)).ToList();
        lines.Should().NotBeEmpty();
        lines.Should().OnlyContain(l => RowShape().IsMatch(l), "no corpus text may be committed");
    }

    [GeneratedRegex(@"^[\w.-]+\tE\d+\t[\w.-]+\.ann(\t(\d+-\d+(;\d+-\d+)*)?){3}\t(speech|belief|knowledge|intention|act)(\t[a-c])?$")]
    private static partial Regex RowShape();

    // Two annotators, each typing by hand, agree on nearly every type: the ceiling for the typer.
    [Fact]
    public void Two_annotators_agree_on_the_types_they_both_gave()
    {
        var first = HandTypedAttribution.Read(File.OpenText(Fixture("polnear-dev-types.tsv"))).ToDictionary(r => (r.Document, r.Attribution));
        var second = HandTypedAttribution.Read(File.OpenText(Fixture("polnear-dev-types-second.tsv")));
        second.Should().HaveCountGreaterThan(200);
        int agree = second.Count(r => first[(r.Document, r.Attribution)].Type == r.Type);
        output.WriteLine($"{agree} of {second.Count} agree");
        ((double)agree / second.Count).Should().BeGreaterThan(0.95);
    }

    // A floor kept in the repository (measured 89.9% / 93.3% on 2026-12-07): raise it when the typer improves.
    [SharedDataFact]
    public void The_typer_agrees_with_the_hand_types_of_dev_at_least_as_well_as_before()
    {
        var dev = Path.Combine(SharedData.Root!, "corpus", "polnear", "dev", "text");
        var rows = HandTypedAttribution.Read(File.OpenText(Fixture("polnear-dev-types.tsv")));
        var confusion = TypeAgreement.Score(rows, name => File.Exists(Path.Combine(dev, name + ".txt")) ? File.ReadAllText(Path.Combine(dev, name + ".txt")) : null);

        output.WriteLine($"{confusion.Total} rows: agreement {confusion.Agreement:P1}, speech or not {confusion.SpeechAgreement:P1}");
        confusion.Skipped.Should().Be(0);
        confusion.Total.Should().BeGreaterThanOrEqualTo(400);
        confusion.Agreement.Should().BeGreaterThanOrEqualTo(0.89);
        confusion.SpeechAgreement.Should().BeGreaterThanOrEqualTo(0.925);
    }
}
