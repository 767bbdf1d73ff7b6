using QuoteExtract.Lexicon;

namespace QuoteExtract.Tests.Attribution;

/// <summary>
/// The attribution rules read their word lists from the lexicon of the extractor's options (docs/lexicon.md), so a
/// user's own list given to <see cref="QuoteExtractorBuilder.UseLexicon"/> changes what a rule does.
/// </summary>
public class AttributionLexiconTests
{
    // A sentence of our own: a verb of manner between a speaker and a comma, right before the quote (the comma lead-in
    // of QuotedSpeechStage.Adjacent.cs, which reads loose-speech-pasts: "quipped", "shrugged", but not "chirped").
    private const string Chirped = "Asked about the weather, Lee chirped, \u201cSunny skies all week, and not a cloud in sight.\u201d";

    [Fact]
    public void A_loose_speech_past_added_by_the_user_attributes_a_quote_the_english_lists_leave_alone()
    {
        var english = new QuoteExtractorBuilder().Build().Extract(Chirped);
        english.Quotes.Should().NotContain(q => q.Kind == QuoteKind.Direct, "English lists no 'chirped', and a quote without a speaker is not kept");

        var loosePasts = LanguageLexicon.English.Words("loose-speech-pasts").Append("chirped");
        var extractor = new QuoteExtractorBuilder().UseLexicon(LanguageLexicon.English.WithList("loose-speech-pasts", loosePasts)).Build();
        var quote = extractor.Extract(Chirped).Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Which;
        quote.Text.Should().Be("Sunny skies all week, and not a cloud in sight.");
        quote.SpeakerMention!.Text.Should().Be("Lee");
        quote.Cue!.Text.Should().Be("chirped");
    }

    [Fact]
    public void A_document_reads_every_list_from_the_lexicon_of_its_options()
    {
        var mine = LanguageLexicon.English.WithList("not-verbs", ["seldom"]);
        var doc = new QuoteExtractorBuilder().UseLexicon(mine).Build().Analyze("Lee said it would rain.");
        foreach (var list in Enum.GetValues<WordList>())
            doc.Words(list).Should().BeSameAs(mine[list], list.ToString());
        doc.Words(WordList.NotVerbs).Contains("seldom").Should().BeTrue();
        doc.Words(WordList.NotVerbs).Should().NotBeSameAs(LanguageLexicon.English[WordList.NotVerbs]);
    }
}
