using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>The gold of the speaker-resolution scorer: heads, names, the fullest name and the classes (<see cref="GumNameChains"/>).</summary>
public sealed class GumNameChainsTests
{
    [Fact]
    public void Classes_the_mentions_of_a_named_chain_and_leaves_other_chains_out()
    {
        var gold = GumNameChains.Of(SpeakerFixture.Read(SpeakerFixture.Minister));

        gold.Select(g => (g.Mention.First, g.Class)).Should().Equal(
            (0, MentionClass.FullName),       // Finance Minister Ann Lee
            (10, MentionClass.PartialName),   // Lee
            (13, MentionClass.Pronoun),       // she
            (17, MentionClass.RolePhrase),    // The minister
            (21, MentionClass.OtherNominal)); // The woman
        gold.Should().OnlyContain(g => g.FullestText == "Ann Lee" && string.Join(' ', g.FullestName) == "ann lee");
        gold[0].Head.Should().Be(2); // Ann: Finance and Minister hang off it, Lee too
    }

    [Fact]
    public void A_chain_without_a_proper_name_is_not_scored()
    {
        var document = SpeakerFixture.Document(
            [("The", "DET", 1), ("woman", "NOUN", 2), ("smiled", "VERB", -1), ("and", "CCONJ", 4), ("she", "PRON", 5), ("left", "VERB", 2)],
            ("1", "person", 0, 2, [1]), ("1", "person", 4, 5, [4]));

        GumNameChains.Of(document).Should().BeEmpty();
    }

    [Fact]
    public void The_fullest_name_has_the_most_name_tokens_and_the_earliest_wins_a_tie()
    {
        // Mr. Lee | Ann Lee | Bo Lee : Mr. is not counted, so Ann Lee (the earlier of the two-token names) is the fullest.
        var document = SpeakerFixture.Document(
            [("Mr.", "PROPN", 1), ("Lee", "PROPN", -1), ("Ann", "PROPN", -1), ("Lee", "PROPN", 2), ("Bo", "PROPN", -1), ("Lee", "PROPN", 4)],
            ("1", "person", 0, 2, [0, 1]), ("1", "person", 2, 4, [2, 3]), ("1", "person", 4, 6, [4, 5]));

        var gold = GumNameChains.Of(document);

        gold.Should().OnlyContain(g => g.FullestText == "Ann Lee");
        gold.Select(g => g.Class).Should().Equal(MentionClass.PartialName, MentionClass.FullName, MentionClass.PartialName);
    }

    [Fact]
    public void A_name_ends_at_a_comma_and_starts_after_a_title()
    {
        // "Ann Lee , Mayor of Springfield": GUM's minimal span takes in the apposition; the name does not.
        var document = SpeakerFixture.Document(
            [("Ann", "PROPN", -1), ("Lee", "PROPN", 0), (",", "PUNCT", 3), ("Mayor", "PROPN", 0), ("of", "ADP", 5), ("Springfield", "PROPN", 3),
             ("Deputy", "ADJ", 7), ("Mayor", "PROPN", 8), ("Bo", "PROPN", -1), ("Lee", "PROPN", 8)],
            ("1", "person", 0, 6, [0, 1, 3, 5]), ("2", "person", 6, 10, [6, 7, 8, 9]));

        GumNameChains.NameWords(document, document.Mentions[0], 0).Should().Equal("Ann", "Lee");
        GumNameChains.NameWords(document, document.Mentions[1], 8).Should().Equal("Bo", "Lee");
        GumNameChains.Of(document).Select(g => g.FullestText).Should().Equal("Ann Lee", "Bo Lee");
    }

    [Fact]
    public void A_name_keeps_capitalized_words_and_connectors_between_them()
    {
        // "the International Union of Springfield Bakers": GUM tags International ADJ.
        var document = SpeakerFixture.Document(
            [("the", "DET", 2), ("International", "ADJ", 2), ("Union", "PROPN", -1), ("of", "ADP", 5), ("Springfield", "PROPN", 5), ("Bakers", "PROPN", 2)],
            ("1", "organization", 0, 6, [1, 2, 4, 5]));

        var gold = GumNameChains.Of(document).Single();

        gold.FullestText.Should().Be("International Union of Springfield Bakers");
        gold.FullestName.Should().Equal("international", "union", "springfield", "bakers");
    }

    [Fact]
    public void A_title_at_the_head_is_a_role_phrase()
    {
        // "the President of the Club" in the chain of "Ann Lee".
        var document = SpeakerFixture.Document(
            [("Ann", "PROPN", -1), ("Lee", "PROPN", 0), ("the", "DET", 3), ("President", "PROPN", -1), ("of", "ADP", 6), ("the", "DET", 6), ("Club", "PROPN", 3)],
            ("1", "person", 0, 2, [0, 1]), ("1", "person", 2, 7, [3, 6]));

        GumNameChains.Of(document).Select(g => (g.Class, g.FullestText)).Should().Equal(
            (MentionClass.FullName, "Ann Lee"), (MentionClass.RolePhrase, "Ann Lee"));
    }

    [Fact]
    public void The_head_is_the_word_of_the_minimal_span_governed_from_outside_the_mention()
    {
        // "some Northern Rail drivers" with a minimal span {Northern, drivers}: Northern hangs off Rail, outside it.
        var document = SpeakerFixture.Document(
            [("some", "DET", 3), ("Northern", "ADJ", 2), ("Rail", "PROPN", 3), ("drivers", "NOUN", -1)],
            ("1", "person", 0, 4, [1, 3]));

        GumNameChains.Head(document, document.Mentions[0]).Should().Be(3);
    }
}
