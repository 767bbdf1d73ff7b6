using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>The <c>Entity=</c> mentions <see cref="ConlluReader"/> reads with <see cref="GumMentionReader"/>.</summary>
public sealed class GumMentionReaderTests
{
    [Fact]
    public void Reads_nested_single_word_and_same_chain_mentions_with_their_minimal_spans()
    {
        var document = SpeakerFixture.Read(SpeakerFixture.Nested);

        document.Text.Should().Be("Dana's brother met the Acme board. He himself agreed.");
        document.Mentions.Select(m => (m.Chain, m.EntityType, m.First, m.End, string.Join(",", m.MinSpan), m.Link)).Should().Equal(
            ("1", "person", 0, 3, "2", "coref"),          // Dana's brother, head brother
            ("2", "person", 0, 2, "0", "coref"),          // Dana's, inside it
            ("3", "organization", 4, 7, "5,6", "coref"),  // the Acme board, minimal span Acme board
            ("4", "organization", 5, 6, "5", "coref"),    // Acme, a single word inside it
            ("1", "person", 8, 10, "8", "coref"),         // He himself
            ("1", "person", 8, 9, "8", "ana"));           // He, inside a mention of its own chain
        document.Mentions[1].Identity.Should().Be("Dana_Smith");
        document.Mentions[0].Identity.Should().BeNull();
        document.Text[document.Words[0].Start..document.Words[1].End].Should().Be("Dana's");
    }

    [Fact]
    public void Keeps_each_words_tag_lemma_and_head_as_a_document_word_index()
    {
        var document = SpeakerFixture.Read(SpeakerFixture.Nested);

        document.Tags.Should().HaveCount(document.Words.Count).And.StartWith(["PROPN", "PART", "NOUN", "VERB"]);
        document.Lemmas[3].Should().Be("meet");
        document.Governors[0].Should().Be(2);   // Dana → brother
        document.Governors[3].Should().Be(-1);  // met is the root
        document.Governors[8].Should().Be(10);  // He → agreed, in the second sentence
    }

    [Fact]
    public void Skips_bad_brackets_and_minimal_spans_with_warnings()
    {
        var conllu = SpeakerFixture.Lines(
            "# newdoc id = test_bad",
            SpeakerFixture.Header,
            "# text = Ann met Bo today.",
            SpeakerFixture.W(1, "Ann", "Ann", "PROPN", 2, "nsubj", "Entity=9)(1-person-new-sssss-cf1-1-sgl)"),
            SpeakerFixture.W(2, "met", "meet", "VERB", 0, "root", "Entity=(2-person-new-sssss-cf1-4-coref"),
            SpeakerFixture.W(3, "Bo", "Bo", "PROPN", 2, "obj", "Entity=2)(3-person-new-sssss-cf1-1-coref"),
            SpeakerFixture.W(4, "today", "today", "NOUN", 2, "obl", "SpaceAfter=No"),
            SpeakerFixture.W(5, ".", ".", "PUNCT", 2, "punct"),
            "");
        var warnings = new List<string>();

        var document = ConlluReader.Read("bad.conllu", conllu, warnings).Single();

        warnings.Should().HaveCount(3);
        warnings.Should().Contain(w => w.Contains("9 closes but none is open", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("minspan position '4'", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("3 never closes", StringComparison.Ordinal));
        document.WarningCount.Should().Be(3);
        // Ann is read; "met Bo" keeps its words as its minimal span; the unclosed mention is dropped.
        document.Mentions.Select(m => (m.Chain, m.First, m.End, string.Join(",", m.MinSpan))).Should().Equal(("1", 0, 1, "0"), ("2", 1, 3, "1,2"));
    }

    [Fact]
    public void A_document_without_entities_has_none()
    {
        SpeakerFixture.Read(GumFixture.Conllu).Mentions.Should().BeEmpty();
    }
}
