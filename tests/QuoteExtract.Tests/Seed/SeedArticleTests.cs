using System.Text.Json;

namespace QuoteExtract.Tests.Seed;

/// <summary>The seed article that the samples project demonstrates on (a copy is kept in the repository's seeds/).</summary>
public class SeedArticleTests
{
    private static readonly string s_seedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "000_329f24a8b1ceea21.txt");
    private static readonly Lazy<(string Text, ExtractionResult Result)> s_run = new(() =>
    {
        var text = File.ReadAllText(s_seedPath);
        return (text, QuoteExtractor.Default.Extract(text));
    });

    private static Quote Find(string fragment)
    {
        var (_, r) = s_run.Value;
        var q = r.Quotes.FirstOrDefault(q => q.Text.Contains(fragment, StringComparison.Ordinal));
        q.Should().NotBeNull($"a quote containing “{fragment}” should be found");
        return q!;
    }

    private static string SpeakerName(Quote q) => s_run.Value.Result.SpeakerOf(q)?.Name ?? "(none)";

    [Theory]
    [InlineData("We will not allow the realization of so-called color revolution scenarios", QuoteKind.Direct, "Vladimir Putin")]
    [InlineData("They used well-organized and well-controlled militant groups", QuoteKind.Direct, "Vladimir Putin")]
    [InlineData("international terrorism", QuoteKind.Partial, "Vladimir Putin")]
    [InlineData("an attempted coup d’etat", QuoteKind.Partial, "Kassym Jomart-Tokayev")]
    [InlineData("Social networks obviously have both good and harmful elements", QuoteKind.Direct, "Dmitry Peskov")]
    [InlineData("This is not new, it’s just once again been confirmed", QuoteKind.Direct, "Dmitry Peskov")]
    public void Required_direct_and_partial_quotes_are_found_with_their_speaker(string fragment, QuoteKind kind, string speaker)
    {
        var q = Find(fragment);
        q.Kind.Should().Be(kind);
        SpeakerName(q).Should().Be(speaker);
    }

    [Fact]
    public void Peskov_follow_on_sentence_continues_his_quote()
    {
        var first = Find("Social networks obviously");
        var second = Find("This is not new");
        second.Continues.Should().Be(first.Id);
        second.Cue.Should().BeNull();
        s_run.Value.Result.SpeakerOf(first)!.Titles.Should().Contain("Kremlin spokesman");
    }

    [Fact]
    public void Nothing_from_the_donation_appeal_is_a_quote()
    {
        var (text, r) = s_run.Value;
        int appeal = text.IndexOf("we have a small favor to ask", StringComparison.Ordinal);
        appeal.Should().BePositive();
        r.Quotes.Should().NotContain(q => q.Span.Start >= appeal);
        r.Quotes.Should().NotContain(q => q.Text.Contains("foreign agent"));
    }

    [Fact]
    public void Scare_quotes_in_the_headline_and_the_article_voice_are_not_direct_quotes()
    {
        var (_, r) = s_run.Value;
        static bool IsScareQuote(Quote q) =>
            q.Kind == QuoteKind.Direct && q.Text.Trim('‘', '’', '“', '”') is "Color Revolutions" or "color revolution" or "color revolutions";
        r.Quotes.Where(IsScareQuote).Should().BeEmpty();
    }

    private static Claim ClaimContaining(string fragment)
    {
        var c = s_run.Value.Result.Claims.FirstOrDefault(c => c.Text.Contains(fragment, StringComparison.Ordinal));
        c.Should().NotBeNull($"a claim containing “{fragment}” should be found");
        return c!;
    }

    private static string? ClaimantName(Claim c) =>
        c.ClaimantId is null ? null : s_run.Value.Result.Speakers.Single(s => s.Id == c.ClaimantId).Name;

    [Fact]
    public void The_administration_denies_being_behind_the_unrest()
    {
        var c = ClaimContaining("it was behind the unrest");
        c.Stance.Should().Be(ClaimStance.Denies);
        ClaimantName(c).Should().Be("Joe Biden’s administration");
    }

    [Fact]
    public void The_detention_figure_is_a_highly_check_worthy_claim_of_the_interior_ministry()
    {
        var c = ClaimContaining("nearly 8,000 people had been detained");
        c.Stance.Should().Be(ClaimStance.Asserts);
        ClaimantName(c).Should().Be("interior ministry");
        c.CheckWorthiness.Should().BeGreaterThanOrEqualTo(0.75, "a figure of detentions is more worth checking than most of what is said");
        var claims = s_run.Value.Result.Claims;
        var topThird = claims.OrderByDescending(x => x.CheckWorthiness).Take((claims.Count + 2) / 3);
        topThird.Should().Contain(c, "the detention figure is among the most check-worthy third of the article's claims");
    }

    [Fact]
    public void Tokayev_claims_an_attempted_coup()
    {
        var c = ClaimContaining("an attempted coup d’etat");
        ClaimantName(c).Should().Be("Kassym Jomart-Tokayev");
        c.Stance.Should().Be(ClaimStance.Asserts);
    }

    [Fact]
    public void The_article_itself_claims_that_dozens_have_been_killed()
    {
        var c = ClaimContaining("Dozens have been killed");
        c.ClaimantId.Should().BeNull();
        c.QuoteId.Should().BeNull();
        c.Text.Should().Be("Dozens have been killed in the unrest");
    }

    [SharedDataFact]
    public void Every_required_direct_and_partial_quote_of_the_annotation_is_found()
    {
        var path = Path.Combine(SharedData.Root!, "seeds", "000_329f24a8b1ceea21.expected.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var (_, r) = s_run.Value;
        foreach (var gold in json.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var kind = gold.GetProperty("kind").GetString();
            if (gold.GetProperty("level").GetString() != "required" || kind is not ("Direct" or "Partial")) continue;
            var goldText = gold.GetProperty("text").GetString()!;
            var match = r.Quotes.FirstOrDefault(q => q.Text == goldText);
            match.Should().NotBeNull($"required {kind} quote “{goldText}” should be found exactly");
            match!.Kind.ToString().Should().Be(kind);
            SpeakerName(match).Should().Be(gold.GetProperty("speaker").GetString());
        }
    }
}
