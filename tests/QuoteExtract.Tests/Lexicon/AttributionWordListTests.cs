using QuoteExtract.Attribution.Rules;
using QuoteExtract.Lexicon;

namespace QuoteExtract.Tests.Lexicon;

/// <summary>
/// The attribution rules' word lists as data (docs/lexicon.md): every list a file and a name of the lexicon, the rules
/// reading the lexicon of the document's options, and the plain-speech verbs a flag of the cue lexicon.
/// </summary>
public class AttributionWordListTests
{
    [Fact]
    public void The_english_lexicon_names_every_list_in_enum_order_and_each_has_words()
    {
        LanguageLexicon.ListNames.Should().Equal(Enum.GetValues<WordList>().Select(LanguageLexicon.FileName));
        foreach (var list in Enum.GetValues<WordList>())
            LanguageLexicon.English[list].Words.Should().NotBeEmpty(list.ToString());
    }

    [Fact]
    public void The_plain_speech_lemmas_of_the_rules_are_the_flag_of_the_cue_lexicon()
    {
        // (The attribution rules read every other list from the document's lexicon: AttributionLexiconTests.)
        RuleHelpers.PlainSpeechLemmas.Should().BeSameAs(WordLists.PlainSpeechLemmas);
    }

    [Fact]
    public void A_list_written_twice_in_code_keeps_each_word_once()
    {
        // The old NotVerbs listed "this", "its" and "always" twice; the file lists them once, the set is the same.
        var notVerbs = LanguageLexicon.English.Words("not-verbs");
        notVerbs.Should().Contain(["this", "its", "always", "willing"]);
        notVerbs.Should().HaveCount(66);
    }

    [Fact]
    public void Lists_merged_without_changing_a_prediction_are_one_file()
    {
        // docs/lexicon.md, "Merging": the words before a time head, and the prepositions of a topic after a cue.
        LanguageLexicon.English.Words("time-leads").Should().BeEquivalentTo(["every", "each", "this", "last", "next", "any", "some", "earlier", "later", "on"]);
        LanguageLexicon.English.Words("cue-prepositions").Should().BeEquivalentTo(["about", "of", "for", "against", "over", "on", "with", "at", "into"]);
        LanguageLexicon.ListNames.Should().NotContain(["time-modifiers", "agent-prepositions"]);
    }

    [Fact]
    public void The_plain_speech_lemmas_are_the_cue_lexicon_rows_with_the_plain_frame()
    {
        WordLists.PlainSpeechLemmas.Words.Should().BeEquivalentTo(
            ["say", "tell", "speak", "add", "write", "state", "note", "report", "tweet", "post", "announce", "ask"]);
        LexiconTable.Rows.Where(r => r.Has(CueFrames.Plain))
            .Should().OnlyContain(r => r.Has(CueFrames.Cue) && r.Pos == PartOfSpeech.Verb && r.Type == AttributionType.Speech);
        WordLists.PlainSpeechLemmas.Contains("SAY").Should().BeTrue("lookups ignore case");
        WordLists.PlainSpeechLemmas.Contains("claim").Should().BeFalse();
    }

    [Fact]
    public void The_audience_lists_pick_from_the_cue_lexicon_audience_verbs()
    {
        // Three lists of audience-taking verbs, each tuned to its rule, none equal to the cue lexicon's audience frame
        // (32 lemmas), so they stay lists; every verb they name takes an audience in the cue lexicon.
        var audience = LexiconTable.Rows.Where(r => r.Has(CueFrames.Audience)).ToList();
        var lemmas = audience.Select(r => r.Lemma).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var forms = audience.SelectMany(r => r.Forms).ToHashSet(StringComparer.OrdinalIgnoreCase);

        LanguageLexicon.English.Words("audience-takers").Should().OnlyContain(w => lemmas.Contains(w));
        LanguageLexicon.English.Words("object-takers").Should().OnlyContain(w => lemmas.Contains(w));
        LanguageLexicon.English.Words("audience-forms").Should().OnlyContain(w => forms.Contains(w));
        LanguageLexicon.English.Words("audience-takers").Should().HaveCountLessThan(lemmas.Count);
    }

    [Fact]
    public void A_user_list_replaces_a_moved_list_in_a_copy()
    {
        var mine = LanguageLexicon.English.WithList("weekdays", ["lundi", "mardi"]);

        mine.Words("weekdays").Should().BeEquivalentTo(["lundi", "mardi"]);
        mine[WordList.Weekdays].Contains("MARDI").Should().BeTrue();
        mine[WordList.Weekdays].Contains("monday").Should().BeFalse();
        mine.Words("time-heads").Should().BeSameAs(LanguageLexicon.English.Words("time-heads"));
        LanguageLexicon.English.Words("weekdays").Should().HaveCount(7).And.Contain("monday");
    }
}
