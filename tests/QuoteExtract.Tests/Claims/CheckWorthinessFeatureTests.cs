using QuoteExtract.Claims;

namespace QuoteExtract.Tests.Claims;

public sealed class CheckWorthinessFeatureTests
{
    // The named features of a sentence read alone, by name (zeros left out).
    private static Dictionary<string, float> Named(string sentence, CheckWorthinessContext context = default)
    {
        var doc = CheckWorthinessFeatures.Sentence(sentence);
        var sink = new Collect();
        CheckWorthinessFeatures.Compute(doc, 0, doc.Tokens.Length, context, new CheckWorthinessFeatureSettings(8, false, true, Context: true, Ngrams: false), ref sink);
        return sink.Values.ToDictionary(p => CheckWorthinessFeatures.DenseNames[p.Key], p => p.Value);
    }

    private struct Collect() : ICheckWorthinessFeatureSink
    {
        public readonly Dictionary<int, float> Values = [];
        public readonly void Add(int index, float value) => Values[index] = Values.GetValueOrDefault(index) + value;
    }

    [Theory]
    [InlineData("We will cut taxes for every family.", new[] { "pron.we", "verb.future", "cue.promise", "topic.economy", "topic.change" })]
    [InlineData("I'm going to bring the jobs back.", new[] { "pron.i", "cue.promise", "topic.economy" })]
    [InlineData("I think it is perhaps a disgrace!", new[] { "pron.i", "cue.opinion", "cue.hedge", "punct.exclamation" })]
    [InlineData("She voted against the bill in 2015.", new[] { "topic.law", "num.year", "num.any" })]
    [InlineData("Dozens have been killed and 8,000 people detained, the interior ministry said.", new[] { "topic.harm", "topic.institutions", "num.count", "verb.perfect", "verb.said" })]
    [InlineData("It was the highest rate since records began.", new[] { "topic.record", "cmp.superlative", "topic.economy" })]
    [InlineData("Unemployment fell to 4.9 percent, Treasury Secretary Janet Yellen said.", new[] { "num.percent", "topic.change", "name.runs", "name.any" })]
    [InlineData("we don't know.", new[] { "start.lower", "cue.negation", "len.short" })]
    public void Each_general_feature_fires_on_the_sentence_it_is_for(string sentence, string[] expected) =>
        Named(sentence).Keys.Should().Contain(expected);

    [Fact]
    public void Without_context_no_context_feature_is_sent_and_a_sentence_read_alone_is_a_first_line()
    {
        Named("Taxes rose 20 percent last year.").Keys.Should().NotContain(k => k.StartsWith("ctx.", StringComparison.Ordinal));
        Named("Taxes rose 20 percent last year.", CheckWorthinessContext.Alone).Keys.Where(k => k.StartsWith("ctx.", StringComparison.Ordinal))
            .Should().Equal("ctx.prev.none");
        var sink = new Collect();
        CheckWorthinessFeatures.Compute("Taxes rose 20 percent last year.", new CheckWorthinessFeatureSettings(8, false, true, Context: true, Ngrams: false), ref sink);
        sink.Values.Keys.Select(k => CheckWorthinessFeatures.DenseNames[k]).Should().Contain("ctx.prev.none", because: "a string is read alone");
    }

    [Fact]
    public void Where_a_sentence_stands_in_its_turn_is_not_a_feature()
    {
        // (A debate's one-line turns are a moderator's; in news a one-sentence quote is ordinary.)
        var before = CheckWorthinessFeatures.Sentence("Prices rose.");
        var previous = CheckWorthinessFeatures.Summarize(before, 0, before.Tokens.Length);
        var first = Named("They rose 5 percent.", new CheckWorthinessContext(previous, 0, 1, 0));
        Named("They rose 5 percent.", new CheckWorthinessContext(previous, 4, 9, 0)).Should().Equal(first);
    }

    [Fact]
    public void A_promise_needs_the_speaker_as_subject()
    {
        Named("They will tell us later.").Keys.Should().NotContain("cue.promise");
        Named("Give us the plans.").Keys.Should().NotContain("cue.promise");
    }

    [Fact]
    public void Context_features_say_what_came_before_and_what_the_turn_holds()
    {
        var question = CheckWorthinessFeatures.Summarize(CheckWorthinessFeatures.Sentence("How many jobs did you create?"), 0, 7);
        var named = Named("Over 200,000 in two years.", new CheckWorthinessContext(question, TurnIndex: 0, TurnLength: 3, TurnNumberShare: 0.5f));
        named.Should().ContainKeys("ctx.prev.question").And.NotContainKeys("ctx.prev.none", "ctx.prev.number");
        named["ctx.turn.numberShare"].Should().Be(0.5f);
        Named("Good evening.", new CheckWorthinessContext(null, 0, 1, 0)).Keys.Where(k => k.StartsWith("ctx.", StringComparison.Ordinal)).Should().Equal("ctx.prev.none");
    }

    [Fact]
    public void A_transcripts_turns_are_runs_of_one_speaker()
    {
        var texts = new[] { "Good evening.", "We created 15 million jobs.", "And 3 million more since 2012.", "Thank you." };
        var summaries = texts.Select(t => CheckWorthinessFeatures.Sentence(t)).Select(d => CheckWorthinessFeatures.Summarize(d, 0, d.Tokens.Length)).ToArray();
        var contexts = CheckWorthinessContext.OfTranscript(["HOLT", "CLINTON", "CLINTON", "HOLT"], summaries);
        contexts.Select(c => (c.TurnIndex, c.TurnLength)).Should().Equal((0, 1), (0, 2), (1, 2), (0, 1));
        contexts[0].Previous.Should().BeNull();
        contexts[2].Previous!.Value.Number.Should().BeTrue();
        contexts[1].TurnNumberShare.Should().Be(1f, because: "the other sentence of the turn holds a number");
    }

    [Fact]
    public void The_lexicon_marks_every_word_the_features_look_up()
    {
        foreach (var list in QuoteExtract.Lexicon.CheckWorthinessLists.All)
            foreach (var word in QuoteExtract.Lexicon.LanguageLexicon.English[list].Words)
            {
                // (A clitic follows its word: "we've"; a symbol is read by the features themselves, not looked up.)
                if (!char.IsLetter(word[^1])) continue;
                var doc = CheckWorthinessFeatures.Sentence(word.StartsWith('\'') ? "we" + word + " x" : "x " + word + " x");
                Enumerable.Range(0, doc.Tokens.Length).Should().Contain(i => doc.InCheckWorthinessListAt(i), because: $"'{word}' of {list} is looked up");
            }
    }

    [Theory]
    [InlineData("How many jobs did you create?! Over 200,000 in two years.")]
    [InlineData("Thank you, ladies and gentlemen; the economy, the courts and the army's record since 1990 (ever?).")]
    [InlineData("")]
    public void The_light_summary_answers_as_the_full_scan(string sentence)
    {
        var doc = CheckWorthinessFeatures.Sentence(sentence);
        for (int start = 0; start <= doc.Tokens.Length; start++)
            CheckWorthinessFeatures.Summarize(doc, start, doc.Tokens.Length).Should().Be(CheckWorthinessFeatures.SummarizeByScan(doc, start, doc.Tokens.Length));
    }

    [SharedDataFact]
    public void The_light_summary_answers_as_the_full_scan_on_every_CLEF_sentence()
    {
        var dir = Path.Combine(SharedData.Root!, "corpus", "checkworthy", "clef2019-train");
        int n = 0;
        foreach (var file in Directory.GetFiles(dir, "*.tsv"))
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split('\t');
                if (parts.Length != 4) continue;
                var doc = CheckWorthinessFeatures.Sentence(parts[2]);
                CheckWorthinessFeatures.Summarize(doc, 0, doc.Tokens.Length).Should().Be(CheckWorthinessFeatures.SummarizeByScan(doc, 0, doc.Tokens.Length));
                n++;
            }
        n.Should().BeGreaterThan(16_000);
    }

    [Fact]
    public void A_custom_lexicon_does_not_change_what_the_model_reads()
    {
        // The model was trained on the English lists: a user's own list changes the rules' words, not the model's features.
        var mine = QuoteExtract.Lexicon.LanguageLexicon.English.WithList("check-topic-economy", ["zloty"]);
        const string text = "Taxes rose and 3,000 jobs were lost, the ministry said. The zloty has risen 4 percent since May.";
        var expected = QuoteExtractor.Default.Extract(text).Claims.Select(c => (c.Text, c.CheckWorthiness)).ToList();
        expected.Should().NotBeEmpty();
        new QuoteExtractorBuilder().UseLexicon(mine).Build().Extract(text).Claims.Select(c => (c.Text, c.CheckWorthiness)).Should().Equal(expected);
    }
}
