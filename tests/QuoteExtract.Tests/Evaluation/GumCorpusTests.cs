using QuoteExtract.Evaluation;
using QuoteExtract.Tests.Cli;
using static QuoteExtract.Tests.Evaluation.GumFixture;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>The GUM reader on CoNLL-U and rs4 snippets written for these tests (<see cref="GumFixture"/>).</summary>
public sealed class GumCorpusTests
{
    private const string NoSpace = "SpaceAfter=No";

    private static GoldDocument Read(string conllu, string? rs4, List<string> warnings) =>
        GumCorpus.Parse(Name + ".conllu", conllu, rs4, warnings).Should().ContainSingle().Subject;

    private static GoldDocument Read(string? rs4 = Rs4)
    {
        var warnings = new List<string>();
        var document = Read(Conllu, rs4, warnings);
        warnings.Should().BeEmpty();
        return document;
    }

    private static string TextOf(GoldDocument d, IReadOnlyList<TextSpan> spans) => GoldAttribution.TextOf(d.Text, spans);

    private static GoldAttribution ById(GoldDocument d, string id) => d.Attributions.Should().ContainSingle(a => a.Id == id).Subject;

    [Fact]
    public void Rebuilds_the_text_with_spaces_multiword_tokens_and_paragraphs()
    {
        var document = Read();

        document.Name.Should().Be(Name);
        document.Text.Should().Be(GumFixture.Text);
        document.AnnotationFile.Should().Be(Name + ".rs4");
        document.WarningCount.Should().Be(0);
    }

    [Fact]
    public void A_sentence_ending_in_SpaceAfter_No_joins_the_next_without_a_space()
    {
        var conllu = Lines(
            "# text = Wait.", T("1", "Wait", NoSpace), T("2", ".", NoSpace), "",
            "# text = Then go.", T("1", "Then"), T("2", "go", NoSpace), T("3", "."), "",
            "# newpar", "# text = Done.", T("1", "Done", NoSpace), T("2", "."));

        var document = ConlluReader.Read("a.conllu", conllu, new List<string>()).Should().ContainSingle().Subject;

        document.Text.Should().Be("Wait.Then go.\n\nDone.");
        document.Name.Should().Be("a", "a document without # newdoc id is named after its file");
    }

    [Fact]
    public void Words_of_a_multiword_token_get_their_part_of_its_surface_or_all_of_it()
    {
        var document = ConlluReader.Read("a.conllu", Conllu, new List<string>()).Single();
        string Word(int token) => document.Words[token - 1].Slice(document.Text).ToString();

        document.Words.Should().HaveCount(67, "the empty node 8.1 is not a word");
        Word(9).Should().Be("Dana");
        Word(10).Should().Be("'s");
        Word(15).Should().Be("ca");
        Word(16).Should().Be("n't");
        Word(17).Should().Be("agree");

        // Parts that do not spell the surface (French du = de + le) both get the whole of it.
        var french = ConlluReader.Read("b.conllu", Lines(T("1-2", "du"), T("1", "de"), T("2", "le"), T("3", "pain")), new List<string>()).Single();
        french.Text.Should().Be("du pain");
        french.Words.Select(w => w.Slice(french.Text).ToString()).Should().Equal("du", "du", "pain");
    }

    [Fact]
    public void Edu_extents_run_from_a_units_first_word_to_the_end_of_the_word_before_the_next_unit()
    {
        var document = ConlluReader.Read("a.conllu", Conllu, new List<string>()).Single();

        document.EduCount.Should().Be(13);
        Enumerable.Range(1, 13).Select(edu => document.EduSpan(edu).Slice(document.Text).ToString()).Should().Equal(
            "Critics argued", "that the plan would fail.", "Dana's team, however, can't agree.", "On Monday,",
            "Mayor Lee said", "the bridge will reopen in May", "and that tolls will stay low,", "which pleased drivers.",
            "She never claimed", "that the numbers were final", "because the count was still open.",
            "“We will win,”", "the coach told reporters.");
    }

    [Fact]
    public void Attributions_come_in_the_order_of_their_content()
    {
        Read().Attributions.Select(a => a.Id).Should().Equal(
            "attribution-positive:1->2", "attribution-positive:5->22", "attribution-negative:9->10", "attribution-positive:13->12");
    }

    [Fact]
    public void A_satellite_attributing_a_segment_has_that_unit_as_content_the_signalled_source_and_the_rest_as_cue()
    {
        var document = Read();

        var critics = ById(document, "attribution-positive:1->2");
        TextOf(document, critics.Content).Should().Be("that the plan would fail.");
        TextOf(document, critics.Source).Should().Be("Critics");
        TextOf(document, critics.Cue).Should().Be("argued");
        critics.Kind.Should().Be(QuoteKind.Indirect);
    }

    [Fact]
    public void A_satellite_attributing_a_group_has_every_unit_inside_the_group_but_not_the_groups_own_satellites()
    {
        var document = Read();

        var mayor = ById(document, "attribution-positive:5->22");
        // 8 hangs off unit 7, a member of the group: inside. 4 ("On Monday,") hangs off the group itself: beside it.
        mayor.Content.Should().ContainSingle();
        TextOf(document, mayor.Content).Should().Be("the bridge will reopen in May and that tolls will stay low, which pleased drivers.");
        TextOf(document, mayor.Source).Should().Be("Mayor Lee");
        TextOf(document, mayor.Cue).Should().Be("said");
    }

    [Fact]
    public void Attribution_negative_is_read_and_a_satellite_of_the_nucleus_segment_is_not_content()
    {
        var document = Read();

        var claimed = ById(document, "attribution-negative:9->10");
        TextOf(document, claimed.Content).Should().Be("that the numbers were final");
        TextOf(document, claimed.Source).Should().Be("She");
        TextOf(document, claimed.Cue).Should().Be("never claimed");
    }

    [Fact]
    public void A_quotation_before_its_satellite_is_direct_and_punctuation_is_no_cue()
    {
        var document = Read();

        var coach = ById(document, "attribution-positive:13->12");
        coach.Kind.Should().Be(QuoteKind.Direct);
        TextOf(document, coach.Content).Should().Be("“We will win,”");
        TextOf(document, coach.Source).Should().Be("the coach");
        TextOf(document, coach.Cue).Should().Be("told reporters");
    }

    [Fact]
    public void Without_a_tree_each_content_is_the_one_unit_CoNLL_U_names()
    {
        var document = Read(rs4: null);

        document.AnnotationFile.Should().Be(Name + ".conllu");
        document.Attributions.Select(a => a.Id).Should().Equal(
            "attribution-positive:1->2", "attribution-positive:5->6", "attribution-negative:9->10", "attribution-positive:13->12");
        TextOf(document, ById(document, "attribution-positive:5->6").Content).Should().Be("the bridge will reopen in May");
        TextOf(document, ById(document, "attribution-negative:9->10").Source).Should().Be("She");
    }

    [Fact]
    public void Source_words_inside_the_satellite_win_and_a_source_named_only_before_it_is_kept()
    {
        // [1 Ana smiled.] [2 She said] [3 that it rained.] [4 Then she added] [5 that it would stop.]
        // The signal of 2 names Ana (1) and She (4); that of 4 names only Ana.
        var conllu = Lines(
            T("1", "Ana", D("joint-sequence_m:1->2:0:_")), T("2", "smiled", NoSpace), T("3", "."), "",
            T("1", "She", D("attribution-positive:2->3:0:sem-atsrc-1,4-_")), T("2", "said"),
            T("3", "that", D("joint-sequence_m:3->1:0:_")), T("4", "it"), T("5", "rained", NoSpace), T("6", "."), "",
            T("1", "Then", D("attribution-positive:4->5:0:sem-atsrc-1-_")), T("2", "she"), T("3", "added"),
            T("4", "that", D("joint-sequence_m:5->3:0:_")), T("5", "it"), T("6", "would"), T("7", "stop", NoSpace), T("8", "."));
        var warnings = new List<string>();

        var document = Read(conllu, null, warnings);

        warnings.Should().BeEmpty();
        document.Text.Should().Be("Ana smiled. She said that it rained. Then she added that it would stop.");
        var (said, added) = (document.Attributions[0], document.Attributions[1]);
        TextOf(document, said.Source).Should().Be("She");
        TextOf(document, said.Cue).Should().Be("said");
        TextOf(document, added.Source).Should().Be("Ana");
        TextOf(document, added.Cue).Should().Be("Then she added", "no source word is inside, so the whole satellite is the cue");
    }

    [Fact]
    public void A_secondary_edge_is_an_attribution_of_its_own()
    {
        // [1 “Yes,”] [2 she said,] [3 “we can.”]: the tree attributes 1, a secondary edge 3.
        var conllu = Lines(
            T("1", "“", D("joint-sequence_m:1->0:0:_", NoSpace)), T("2", "Yes", NoSpace), T("3", ",", NoSpace), T("4", "”"),
            T("5", "she", D("attribution-positive:2->1:0:sem-atsrc-5-_;attribution-positive:2->3:0:0:sem-atsrc-5-gold")),
            T("6", "said", NoSpace), T("7", ","),
            T("8", "“", D("joint-sequence_m:3->1:0:_", NoSpace)), T("9", "we"), T("10", "can", NoSpace), T("11", ".", NoSpace), T("12", "”"));
        var rs4 = Header + "\n" + """
              <body>
                <segment id="1" parent="4" relname="joint-sequence">“ Yes , ”</segment>
                <segment id="2" parent="1" relname="attribution-positive">she said ,</segment>
                <segment id="3" parent="4" relname="joint-sequence">“ we can . ”</segment>
                <group id="4" type="multinuc"/>
                <secedges>
                  <secedge id="2-3" source="2" target="3" relname="attribution-positive"/>
                </secedges>
                <signals>
                  <signal source="2" type="semantic" subtype="attribution_source" tokens="5"/>
                  <signal source="2-3" type="semantic" subtype="attribution_source" tokens="5" status="gold"/>
                </signals>
              </body>
            </rst>
            """;

        foreach (var tree in new[] { rs4, null })
        {
            var warnings = new List<string>();
            var document = Read(conllu, tree, warnings);

            warnings.Should().BeEmpty();
            document.Text.Should().Be("“Yes,” she said, “we can.”");
            document.Attributions.Select(a => a.Id).Should().Equal("attribution-positive:2->1", "attribution-positive:2->3 (secondary)");
            document.Attributions.Select(a => TextOf(document, a.Content)).Should().Equal("“Yes,”", "“we can.”");
            document.Attributions.Should().OnlyContain(a => TextOf(document, a.Source) == "she" && a.Kind == QuoteKind.Direct);
        }
    }

    [Fact]
    public void Malformed_lines_are_skipped_with_warnings_never_thrown()
    {
        var conllu = Lines(
            "# newdoc id = broken",
            "# text = Ana says it rained.",
            T("1", "Ana", D("attribution-positive:1->2:0:sem-atsrc-1-_")),
            "2\tsaid\t_",
            T("x", "said"),
            T("5-3", "it's"),
            T("2", "said"),
            T("3", "it", D("attribution-positive:oops")),
            T("4", "rained", NoSpace), T("5", "."),
            "",
            "# text = Then it stopped.",
            T("1", "Then", D("attribution-positive:3->2:0:sem-atsrc-999-_")), T("2", "it"),
            T("3", "stopped", D("attribution-positive:4->9:0:_;attribution-positive:7->2:0:0:_", NoSpace)), T("4", "."));
        var warnings = new List<string>();

        var document = GumCorpus.Parse("broken.conllu", conllu, null, warnings).Single();

        document.Text.Should().Be("Ana said it rained. Then it stopped.");
        document.Attributions.Select(a => a.Id).Should().Equal("attribution-positive:1->2", "attribution-positive:3->2");
        TextOf(document, document.Attributions[0].Source).Should().Be("Ana");
        TextOf(document, document.Attributions[0].Content).Should().Be("it rained.");
        document.Attributions[1].HasSource.Should().BeFalse();
        TextOf(document, document.Attributions[1].Cue).Should().Be("Then it", "without a source the whole satellite is the cue");
        warnings.Should().HaveCount(8).And.OnlyContain(w => w.StartsWith("broken.conllu:", StringComparison.Ordinal));
        foreach (var part in new[]
        {
            "differs from its # text", "expected 10 tab-separated columns, found 3", "bad token id 'x'", "bad multi-word token range '5-3'",
            "bad discourse relation 'attribution-positive:oops'", "stands on unit 4, not on its source 7", "only 4 units",
            "source tokens beyond the document's 9 words",
        })
            warnings.Should().ContainSingle(w => w.Contains(part));
        document.WarningCount.Should().Be(8);
    }

    [Theory]
    [InlineData("<rst><body><segment id=\"1\">", "not readable as XML")]
    [InlineData("<rst><body/></rst>", "no segment")]
    [InlineData(Header + "<body><segment id=\"1\">Critics argued</segment></body></rst>", "1 segments for 13 CoNLL-U units")]
    public void A_tree_that_cannot_be_used_is_warned_about_and_the_CoNLL_U_relations_are_used(string rs4, string warning)
    {
        var warnings = new List<string>();

        var document = Read(Conllu, rs4, warnings);

        warnings.Should().ContainSingle().Which.Should().StartWith(Name + ".rs4").And.Contain(warning);
        document.AnnotationFile.Should().Be(Name + ".conllu");
        TextOf(document, ById(document, "attribution-positive:5->6").Content).Should().Be("the bridge will reopen in May");
    }

    [Fact]
    public void A_tree_whose_segments_do_not_hold_the_units_words_is_not_used()
    {
        var warnings = new List<string>();
        var shifted = Rs4.Replace("Critics argued</segment>", "Critics argued that</segment>", StringComparison.Ordinal);

        var document = Read(Conllu, shifted, warnings);

        warnings.Should().ContainSingle().Which.Should().Contain("segment 1 has 3 tokens, CoNLL-U unit 1 has 2 words");
        document.Attributions.Should().HaveCount(4);
    }

    [Fact]
    public void Bad_elements_of_a_tree_are_skipped_with_warnings()
    {
        var warnings = new List<string>();
        var broken = Rs4
            .Replace("""<signal source="5" type="semantic" subtype="attribution_source" tokens="22,23"/>""",
                """<signal source="5" type="semantic" subtype="attribution_source" tokens="22,many"/>""", StringComparison.Ordinal)
            .Replace("""<segment id="13" parent="12" """, """<segment id="13" parent="99" """, StringComparison.Ordinal);

        var document = Read(Conllu, broken, warnings);

        warnings.Should().HaveCount(4);
        warnings.Should().Contain(w => w.Contains("bad token list in the attribution source signal of 5"))
            .And.Contain(w => w.Contains("parent 99 of node 13 does not exist"))
            .And.Contain(w => w.Contains("attribution-positive of node 13 has no nucleus"))
            .And.Contain(w => w.Contains("3 attribution relations, its CoNLL-U 4"));
        document.Attributions.Select(a => a.Id).Should().Equal(
            "attribution-positive:1->2", "attribution-positive:5->22", "attribution-negative:9->10");
        ById(document, "attribution-positive:5->22").HasSource.Should().BeFalse();
    }

    [Fact]
    public void Each_newdoc_starts_a_document()
    {
        var conllu = Lines(
            "# newdoc id = first", T("1", "One", NoSpace), T("2", "."), "",
            "# newdoc id = second", T("1", "Two", NoSpace), T("2", "."));

        GumCorpus.Parse("two.conllu", conllu, null, new List<string>()).Select(d => (d.Name, d.Text))
            .Should().Equal(("first", "One."), ("second", "Two."));
    }

    [Fact]
    public void Reads_a_folder_of_conllu_and_rst()
    {
        using var folder = Folder();

        var corpus = GumCorpus.Read(folder.Path);

        corpus.Directory.Should().Be(folder.Path);
        corpus.Warnings.Should().BeEmpty();
        var document = corpus.Documents.Should().ContainSingle().Subject;
        document.Text.Should().Be(GumFixture.Text);
        document.AnnotationFile.Should().Be(Name + ".rs4");
        document.Attributions.Should().HaveCount(4).And.Contain(a => a.Id == "attribution-positive:5->22");
    }

    [Fact]
    public void Reads_the_conllu_folder_itself_with_its_trees_in_rst_beside_it()
    {
        using var folder = Folder();

        var corpus = GumCorpus.Read(folder["conllu"]);

        corpus.Documents.Should().ContainSingle().Which.Attributions.Should().Contain(a => a.Id == "attribution-positive:5->22");
    }

    [Fact]
    public void A_document_without_its_tree_is_warned_about_when_others_have_theirs_and_limit_keeps_the_first()
    {
        using var folder = Folder();
        folder.Write("conllu/GUM_test_zzz.conllu", Lines("# newdoc id = GUM_test_zzz", T("1", "Fine", NoSpace), T("2", ".")));

        var corpus = GumCorpus.Read(folder.Path);

        corpus.Documents.Select(d => d.Name).Should().Equal(Name, "GUM_test_zzz");
        corpus.Warnings.Should().ContainSingle().Which.Should().Contain("no rs4 tree for GUM_test_zzz");
        corpus.Documents[1].WarningCount.Should().Be(1);
        GumCorpus.Read(folder.Path, limit: 1).Documents.Select(d => d.Name).Should().Equal(Name);
    }

    [Fact]
    public void Knows_a_GUM_folder_from_a_brat_one()
    {
        using var gum = Folder(withTree: false);
        using var brat = new BratFixture();
        using var empty = new TempFolder();

        GumCorpus.IsCorpusFolder(gum.Path).Should().BeTrue();
        GumCorpus.IsCorpusFolder(gum["conllu"]).Should().BeTrue();
        GumCorpus.IsCorpusFolder(brat.Path).Should().BeFalse();
        GumCorpus.IsCorpusFolder(empty.Path).Should().BeFalse();
        GumCorpus.IsCorpusFolder(empty["missing"]).Should().BeFalse();
        FluentActions.Invoking(() => GumCorpus.Read(empty.Path)).Should().Throw<DirectoryNotFoundException>();
    }
}
