using QuoteExtract.Lexicon;

namespace QuoteExtract.Tests.Lexicon;

/// <summary>The lexicon the options carry: English by default, a user's own lists through <see cref="LanguageLexicon.WithList"/>.</summary>
public class LanguageLexiconTests
{
    // A sentence of our own with a title the English lists do not know ("Alcalde", Spanish for mayor).
    private const string Sentence = "Alcalde Tom Baker said the bridge would reopen in the spring.";

    private static Speaker SoleSpeaker(QuoteExtractor extractor)
    {
        var r = extractor.Extract(Sentence);
        r.Quotes.Should().ContainSingle();
        return r.SpeakerOf(r.Quotes[0])!;
    }

    [Fact]
    public void The_options_carry_the_english_lexicon_by_default_and_the_builder_sets_another()
    {
        ExtractorOptions.Default.Lexicon.Should().BeSameAs(LanguageLexicon.English);
        var mine = LanguageLexicon.English.WithList("titles", ["alcalde"]);
        new QuoteExtractorBuilder().UseLexicon(mine).Build().Options.Lexicon.Should().BeSameAs(mine);
    }

    [Fact]
    public void A_title_added_to_the_options_lexicon_changes_the_speaker_of_a_sentence()
    {
        var english = SoleSpeaker(new QuoteExtractorBuilder().Build());
        english.Name.Should().Be("Alcalde Tom Baker", "English knows no title 'Alcalde': it is part of the name");
        english.Titles.Should().BeEmpty();

        var titles = LanguageLexicon.English.Words("titles").Append("alcalde");
        var withAlcalde = SoleSpeaker(new QuoteExtractorBuilder().UseLexicon(LanguageLexicon.English.WithList("titles", titles)).Build());
        withAlcalde.Name.Should().Be("Tom Baker");
        withAlcalde.Titles.Should().Equal("Alcalde");
    }

    [Fact]
    public void A_name_particle_added_to_the_options_lexicon_keeps_a_name_whole()
    {
        // A list the rules read through the document's options (not a per-token word class): particles inside a name.
        const string text = "Ann zu Berg said the bridge would reopen in the spring.";
        var english = new QuoteExtractorBuilder().Build().Extract(text);
        english.Speakers.Should().NotContain(s => s.Name == "Ann zu Berg", "English lists no particle 'zu'");

        var particles = LanguageLexicon.English.Words("name-particles").Append("zu");
        var withZu = new QuoteExtractorBuilder().UseLexicon(LanguageLexicon.English.WithList("name-particles", particles)).Build().Extract(text);
        withZu.Speakers.Should().ContainSingle().Which.Name.Should().Be("Ann zu Berg");
    }

    [Fact]
    public void With_list_copies_and_leaves_the_original_alone()
    {
        var before = LanguageLexicon.English.Words("titles").Count;
        var mine = LanguageLexicon.English.WithList("titles", ["alcalde", "Alcalde"]);

        mine.Words("titles").Should().ContainSingle().Which.Should().Be("alcalde");
        mine.Words("pronouns").Should().BeSameAs(LanguageLexicon.English.Words("pronouns"));
        LanguageLexicon.English.Words("titles").Should().HaveCount(before).And.NotContain("alcalde");
    }

    [Fact]
    public void An_unknown_list_or_a_word_with_white_space_around_it_is_refused()
    {
        FluentActions.Invoking(() => LanguageLexicon.English.Words("no-such-list")).Should().Throw<ArgumentException>().WithMessage("*no-such-list*");
        FluentActions.Invoking(() => LanguageLexicon.English.WithList("no-such-list", ["x"])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LanguageLexicon.English.WithList("titles", [" alcalde"])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LanguageLexicon.English.WithList("titles", [""])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void List_names_are_the_file_names()
    {
        LanguageLexicon.ListNames.Should().Contain(["titles", "organization-heads", "sentence-starters", "check-topic-harm"]);
        LanguageLexicon.ListNames.Should().OnlyContain(n => n == n.ToLowerInvariant() && !n.Contains(' '));
    }
}
