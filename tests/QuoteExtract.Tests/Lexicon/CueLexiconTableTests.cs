using QuoteExtract.Lexicon;
using QuoteExtract.Training;

namespace QuoteExtract.Tests.Lexicon;

/// <summary>The cue lexicon as data: the embedded table, how it is read, and the tool that builds it.</summary>
public class CueLexiconTableTests
{
    [Fact]
    public void Every_hand_cue_comes_from_a_typed_row_of_the_table()
    {
        var cueRows = LexiconTable.Rows.Where(r => r.Has(CueFrames.Cue)).ToList();
        cueRows.Should().HaveCountGreaterThan(100);
        cueRows.Should().OnlyContain(r => r.Type != null && r.Pos == PartOfSpeech.Verb && r.RuleFlags != CueFlags.None);
        CueLexicon.Forms.Should().BeEquivalentTo(cueRows.SelectMany(r => r.Forms).Distinct(StringComparer.OrdinalIgnoreCase));
        CueLexicon.Lookup("said")!.Lemma.Should().Be("say");
        CueLexicon.Lookup("denies")!.Flags.Should().HaveFlag(CueFlags.Denial);
    }

    [Theory]
    [InlineData("said", "say", AttributionType.Speech)]
    [InlineData("believes", "believe", AttributionType.Belief)]
    [InlineData("learned", "learn", AttributionType.Knowledge)]
    [InlineData("plans", "plan", AttributionType.Intention)]
    [InlineData("vetoed", "veto", AttributionType.Act)]
    [InlineData("statement", "statement", AttributionType.Speech)]
    [InlineData("shot back", "shoot back", AttributionType.Speech)]
    public void Forms_find_their_lemma_and_type(string form, string lemma, AttributionType type)
    {
        var sense = LexiconTable.Senses(form).ToArray().Should().NotBeEmpty().And.Subject.First();
        sense.Lemma.Should().Be(lemma);
        sense.Type.Should().Be(type);
    }

    [Fact]
    public void A_row_reads_its_frames_and_the_types_they_change()
    {
        var rows = LexiconTable.Parse(new StringReader("# comment\nhope\tverb\tbelief\tcue,stance,that,to=intention\thope,hopes,hoped\thand\noffer\tverb\tnone\tgive\toffer\tvn 13.3\n"));

        rows.Should().HaveCount(2);
        rows[0].Type.Should().Be(AttributionType.Belief);
        rows[0].InfinitiveType.Should().Be(AttributionType.Intention);
        rows[0].Frames.Should().HaveFlag(CueFrames.Cue).And.HaveFlag(CueFrames.That).And.HaveFlag(CueFrames.Infinitive);
        rows[0].RuleFlags.Should().Be(CueFlags.Stance);
        rows[0].Hand.Should().BeTrue();
        rows[1].Type.Should().BeNull("'none': known, but no attribution by itself");
        rows[1].Hand.Should().BeFalse();
    }

    [Theory]
    [InlineData("say\tverb\tspeach\tthat\tsay")]
    [InlineData("say\tverbs\tspeech\tthat\tsay")]
    [InlineData("say\tverb\tspeech\tthat,plural\tsay")]
    [InlineData("say\tverb\tspeech\tthat\t")]
    [InlineData("say\tverb\tspeech")]
    public void A_malformed_row_is_an_error_not_a_silent_gap(string row)
    {
        var act = () => LexiconTable.Parse(new StringReader(row + "\n"));
        act.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("plan", "plans,planning,planned")]
    [InlineData("admit", "admits,admitting,admitted")]
    [InlineData("label", "labels,labeling,labelling,labeled,labelled")]
    [InlineData("cry", "cries,crying,cried")]
    [InlineData("echo", "echoes,echoing,echoed")]
    [InlineData("tell", "tells,telling,told")]
    public void The_builder_inflects_verbs(string lemma, string forms)
    {
        var irregular = new Dictionary<string, string[]> { ["tell"] = ["told", "told"] };
        CueLexiconBuilder.VerbForms(lemma, [], irregular).Distinct().Should().BeEquivalentTo([lemma, .. forms.Split(',')]);
    }

    [SharedDataFact]
    public void The_embedded_table_is_what_the_builder_makes_from_its_sources()
    {
        var root = SharedData.RepositoryRoot;
        var data = Path.Combine(root, "tools", "QuoteExtract.Training", "Lexicon");
        var built = Path.Combine(Path.GetTempPath(), $"cue-lexicon-{Guid.NewGuid():N}.tsv");
        try
        {
            CueLexiconBuilder.Run(Path.Combine(SharedData.Root!, "lexicons", "verbnet", "verbnet-3.4-members.tsv"),
                Path.Combine(data, "hand-entries.tsv"), Path.Combine(data, "irregular-verbs.tsv"), built).Should().Be(0);
            File.ReadAllText(built).Should().Be(File.ReadAllText(Path.Combine(root, "src", "QuoteExtract", "Lexicon", "Resources", "cue-lexicon.tsv")),
                "the committed table must be rebuilt after a change to its sources (dotnet run --project tools/QuoteExtract.Training -- lexicon)");
        }
        finally
        {
            File.Delete(built);
        }
    }
}
