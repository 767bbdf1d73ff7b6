using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>The runs of letters and digits found 64 characters at a time are those found one character at a time.</summary>
public class LetterDigitRunsTests
{
    private static List<(int, int)> Naive(string text)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            runs.Add((s, i));
        }
        return runs;
    }

    private static List<(int, int)> Fast(string text)
    {
        var runs = new List<(int, int)>();
        var r = new LetterDigitRuns(text);
        while (r.Next(out int s, out int e)) runs.Add((s, e));
        return runs;
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(" ")]
    [InlineData("Support us: “donate” now — Ünïcødé 42, O’Brien’s @[`{/:09AZaz")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b")]
    public void Finds_the_runs_one_character_at_a_time_finds(string text) => Fast(text).Should().Equal(Naive(text));

    [Fact]
    public void Agrees_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "aZ09 .,'’“”—\u00E9\u0130\u0131\u00A0\n\t@[`{/:\uD83D\uDE00\u0663\u0301";
        for (int round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (int k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Fast(text).Should().Equal(Naive(text), text);
        }
    }
}
