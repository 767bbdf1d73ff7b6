using QuoteExtract.Tests.Cli;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// A tiny GUM document written for these tests (invented sentences), as CoNLL-U and as an rs4 tree, with
/// multi-word tokens (Dana's, can't), an empty node, three paragraphs and thirteen EDUs:
/// <code>
/// [1 Critics argued] [2 that the plan would fail.] [3 Dana's team, however, can't agree.]
///
/// [4 On Monday,] [5 Mayor Lee said] [6 the bridge will reopen in May] [7 and that tolls will stay low,]
/// [8 which pleased drivers.] [9 She never claimed] [10 that the numbers were final] [11 because the count was still open.]
///
/// [12 “We will win,”] [13 the coach told reporters.]
/// </code>
/// Attributions: 1 → segment 2; 5 → the multinuc group of 6 and 7 (8 hangs off 7, so it is inside; 4 hangs off the
/// group, so it is not); 9 → segment 10 (negative; 11 hangs off 10 and is not content); 13 → 12 (a direct quote).
/// </summary>
internal static class GumFixture
{
    public const string Name = "GUM_test_bridge";

    public const string Text =
        "Critics argued that the plan would fail. Dana's team, however, can't agree.\n\n" +
        "On Monday, Mayor Lee said the bridge will reopen in May and that tolls will stay low, which pleased drivers. " +
        "She never claimed that the numbers were final because the count was still open.\n\n" +
        "“We will win,” the coach told reporters.";

    private const string NoSpace = "SpaceAfter=No";

    /// <summary>A CoNLL-U token line: only the form and MISC matter to the reader.</summary>
    public static string T(string id, string form, string misc = "_") => $"{id}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}";

    /// <summary>A Discourse= MISC value (the first token of an EDU).</summary>
    public static string D(string relation, string more = "") => "Discourse=" + relation + (more.Length > 0 ? "|" + more : "");

    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static readonly string Conllu = Lines(
        $"# newdoc id = {Name}",
        "# newpar",
        "# sent_id = bridge-1",
        "# text = Critics argued that the plan would fail.",
        T("1", "Critics", D("attribution-positive:1->2:0:sem-atsrc-1-_+lex-indwd-2-_")),
        T("2", "argued"),
        T("3", "that", D("joint-sequence_m:2->3:1:_")),
        T("4", "the"), T("5", "plan"), T("6", "would"), T("7", "fail", NoSpace), T("8", "."),
        "",
        "# sent_id = bridge-2",
        "# text = Dana's team, however, can't agree.",
        T("1-2", "Dana's"),
        T("1", "Dana", D("joint-sequence_m:3->2:1:_")),
        T("2", "'s"),
        T("3", "team", NoSpace), T("4", ","), T("5", "however", NoSpace), T("6", ","),
        T("7-8", "can't"),
        T("7", "ca"), T("8", "n't"),
        T("8.1", "would"),
        T("9", "agree", NoSpace), T("10", "."),
        "",
        "# newpar",
        "# sent_id = bridge-3",
        "# text = On Monday, Mayor Lee said the bridge will reopen in May and that tolls will stay low, which pleased drivers.",
        T("1", "On", D("context-circumstance:4->6:0:_")),
        T("2", "Monday", NoSpace), T("3", ","),
        T("4", "Mayor", D("attribution-positive:5->6:0:sem-atsrc-22-23-_+lex-indwd-24-_")),
        T("5", "Lee"), T("6", "said"),
        T("7", "the", D("joint-sequence_m:6->3:1:_")),
        T("8", "bridge"), T("9", "will"), T("10", "reopen"), T("11", "in"), T("12", "May"),
        T("13", "and", D("joint-list_m:7->6:0:_")),
        T("14", "that"), T("15", "tolls"), T("16", "will"), T("17", "stay"), T("18", "low", NoSpace), T("19", ","),
        T("20", "which", D("elaboration-additional:8->7:0:_")),
        T("21", "pleased"), T("22", "drivers", NoSpace), T("23", "."),
        "",
        "# sent_id = bridge-4",
        "# text = She never claimed that the numbers were final because the count was still open.",
        T("1", "She", D("attribution-negative:9->10:0:sem-atsrc-42-_")),
        T("2", "never"), T("3", "claimed"),
        T("4", "that", D("joint-sequence_m:10->6:1:_")),
        T("5", "the"), T("6", "numbers"), T("7", "were"), T("8", "final"),
        T("9", "because", D("causal-cause:11->10:0:dm-because-50-gold")),
        T("10", "the"), T("11", "count"), T("12", "was"), T("13", "still"), T("14", "open", NoSpace), T("15", "."),
        "",
        "# newpar",
        "# sent_id = bridge-5",
        "# text = “We will win,” the coach told reporters.",
        T("1", "“", D("joint-sequence_m:12->10:1:_", NoSpace)),
        T("2", "We"), T("3", "will"), T("4", "win", NoSpace), T("5", ",", NoSpace), T("6", "”"),
        T("7", "the", D("attribution-positive:13->12:0:sem-atsrc-63-64-_")),
        T("8", "coach"), T("9", "told"), T("10", "reporters", NoSpace), T("11", "."),
        "");

    public const string Header = """
        <rst>
          <header>
            <relations>
              <rel name="attribution-negative" type="rst"/>
              <rel name="attribution-positive" type="rst"/>
              <rel name="causal-cause" type="rst"/>
              <rel name="context-circumstance" type="rst"/>
              <rel name="elaboration-additional" type="rst"/>
              <rel name="joint-list" type="multinuc"/>
              <rel name="joint-sequence" type="multinuc"/>
            </relations>
          </header>
        """;

    public const string Rs4 = Header + "\n" + """
          <body>
            <segment id="1" parent="2" relname="attribution-positive">Critics argued</segment>
            <segment id="2" parent="21" relname="span">that the plan would fail .</segment>
            <segment id="3" parent="20" relname="joint-sequence">Dana 's team , however , ca n't agree .</segment>
            <segment id="4" parent="22" relname="context-circumstance">On Monday ,</segment>
            <segment id="5" parent="22" relname="attribution-positive">Mayor Lee said</segment>
            <segment id="6" parent="22" relname="joint-list">the bridge will reopen in May</segment>
            <segment id="7" parent="22" relname="joint-list">and that tolls will stay low ,</segment>
            <segment id="8" parent="7" relname="elaboration-additional">which pleased drivers .</segment>
            <segment id="9" parent="10" relname="attribution-negative">She never claimed</segment>
            <segment id="10" parent="24" relname="span">that the numbers were final</segment>
            <segment id="11" parent="10" relname="causal-cause">because the count was still open .</segment>
            <segment id="12" parent="25" relname="span">“ We will win , ”</segment>
            <segment id="13" parent="12" relname="attribution-positive">the coach told reporters .</segment>
            <group id="20" type="multinuc"/>
            <group id="21" type="span" parent="20" relname="joint-sequence"/>
            <group id="22" type="multinuc" parent="23" relname="span"/>
            <group id="23" type="span" parent="20" relname="joint-sequence"/>
            <group id="24" type="span" parent="20" relname="joint-sequence"/>
            <group id="25" type="span" parent="20" relname="joint-sequence"/>
            <signals>
              <signal source="1" type="semantic" subtype="attribution_source" tokens="1"/>
              <signal source="1" type="lexical" subtype="indicative_word" tokens="2"/>
              <signal source="5" type="semantic" subtype="attribution_source" tokens="22,23"/>
              <signal source="9" type="semantic" subtype="attribution_source" tokens="42"/>
              <signal source="13" type="semantic" subtype="attribution_source" tokens="63,64"/>
            </signals>
          </body>
        </rst>
        """;

    /// <summary>Writes the document as a GUM folder (<c>conllu/</c>, and <c>rst/</c> unless <paramref name="withTree"/> is false).</summary>
    public static TempFolder Folder(bool withTree = true)
    {
        var folder = new TempFolder();
        folder.Write($"conllu/{Name}.conllu", Conllu);
        if (withTree) folder.Write($"rst/{Name}.rs4", Rs4);
        return folder;
    }
}
