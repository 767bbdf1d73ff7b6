using System.Runtime.CompilerServices;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>
/// Tokens and quoted spans are packed (8 and 28 bytes: a document of quote marks holds one token per character and one
/// span per four) but behave as the plain records they were: every value reads back, <c>with</c> changes one, equality
/// is by value, and what does not fit is refused rather than cut.
/// </summary>
public sealed class CompactLayoutTests
{
    [Fact]
    public void A_token_is_eight_bytes_and_reads_back_what_it_was_made_of()
    {
        Unsafe.SizeOf<Token>().Should().Be(8);
        var token = new Token(7, 7 + Token.MaxLength, TokenKind.Markup);
        token.Start.Should().Be(7);
        token.End.Should().Be(7 + Token.MaxLength);
        token.Length.Should().Be(Token.MaxLength);
        token.Kind.Should().Be(TokenKind.Markup);
        var (start, end, kind) = new Token(3, 9, TokenKind.Word);
        (start, end, kind).Should().Be((3, 9, TokenKind.Word));
    }

    [Fact]
    public void With_changes_one_value_of_a_token_and_keeps_the_others()
    {
        var token = new Token(10, 15, TokenKind.Word);
        (token with { Start = 12 }).Should().Be(new Token(12, 15, TokenKind.Word), "a new start keeps the end");
        (token with { End = 20 }).Should().Be(new Token(10, 20, TokenKind.Word));
        (token with { Kind = TokenKind.Number }).Should().Be(new Token(10, 15, TokenKind.Number));
        new Token(1, 2, TokenKind.Word).Should().NotBe(new Token(1, 2, TokenKind.Number));
        new Token(1, 2, TokenKind.Word).GetHashCode().Should().Be(new Token(1, 2, TokenKind.Word).GetHashCode());
    }

    [Fact]
    public void A_token_that_does_not_fit_is_refused()
    {
        FluentActions.Invoking(() => new Token(0, Token.MaxLength + 1, TokenKind.Word)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Token(5, 4, TokenKind.Word)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Token(-1, 4, TokenKind.Word)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Token(0, 1, (TokenKind)32)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_quoted_span_is_28_bytes_and_reads_back_what_it_was_made_of()
    {
        Unsafe.SizeOf<QuotedSpan>().Should().Be(28);
        var span = new QuotedSpan(new TextSpan(4, 10), new TextSpan(30, 32), new TextSpan(11, 29), 32_767, 3, 9, true);
        span.Open.Should().Be(new TextSpan(4, 10), "an entity (&quot;) is a mark of several characters");
        span.Close.Should().Be(new TextSpan(30, 32));
        span.Content.Should().Be(new TextSpan(11, 29));
        (span.Depth, span.Parent, span.Previous, span.Closed).Should().Be((32_767, 3, 9, true));
        span.Outer.Should().Be(new TextSpan(4, 32));
        var unclosed = new QuotedSpan(new TextSpan(0, 1), new TextSpan(9, 9), new TextSpan(1, 9), 0, -1, -1, false);
        unclosed.Outer.Should().Be(new TextSpan(0, 9));
        var (open, close, content, depth, parent, previous, closed) = unclosed;
        (open, close, content, depth, parent, previous, closed).Should().Be((new TextSpan(0, 1), new TextSpan(9, 9), new TextSpan(1, 9), 0, -1, -1, false));
    }

    [Fact]
    public void With_changes_one_value_of_a_quoted_span_and_keeps_the_others()
    {
        var span = new QuotedSpan(new TextSpan(0, 1), new TextSpan(9, 10), new TextSpan(1, 9), 1, 0, -1, true);
        (span with { Closed = false }).Should().Be(new QuotedSpan(new TextSpan(0, 1), new TextSpan(9, 10), new TextSpan(1, 9), 1, 0, -1, false));
        (span with { Open = new TextSpan(0, 2) }).Should().Be(new QuotedSpan(new TextSpan(0, 2), new TextSpan(9, 10), new TextSpan(1, 9), 1, 0, -1, true));
        (span with { Depth = 4, Previous = 2 }).Should().Be(new QuotedSpan(new TextSpan(0, 1), new TextSpan(9, 10), new TextSpan(1, 9), 4, 0, 2, true));
        (span with { Close = new TextSpan(12, 15) }).Close.Should().Be(new TextSpan(12, 15));
    }

    [Fact]
    public void A_quoted_span_that_does_not_fit_is_refused()
    {
        FluentActions.Invoking(() => new QuotedSpan(new TextSpan(0, 256), default, default, 0, -1, -1, false)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new QuotedSpan(default, new TextSpan(0, 300), default, 0, -1, -1, true)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new QuotedSpan(default, default, default, 32_768, -1, -1, true)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new QuotedSpan(default, default, default, -1, -1, -1, true)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
