using QuoteExtract.Attribution;

namespace QuoteExtract.Tests.Attribution;

public class TakenTokensTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 64)]
    [InlineData(63, 65)]
    [InlineData(64, 128)]
    [InlineData(5, 199)]
    [InlineData(10, 10)]
    [InlineData(12, 7)]
    public void Taking_a_range_takes_exactly_its_tokens(int from, int to)
    {
        var taken = new TakenTokens(200);
        taken[2] = true;

        taken.Take(from, to);

        for (int i = 0; i < 200; i++) taken[i].Should().Be(i == 2 || i >= from && i < to, $"token {i}");
        taken.Release();
    }
}
