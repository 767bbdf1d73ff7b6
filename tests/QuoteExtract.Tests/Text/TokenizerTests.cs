using QuoteExtract.Tests.Reliability;
using System.Diagnostics;
using QuoteExtract.Text;
using static QuoteExtract.Text.TokenKind;

namespace QuoteExtract.Tests.Text;

public class TokenizerTests
{
    /// <summary>The tokens of <paramref name="text"/> as (text, kind) pairs, after checking the offset invariants.</summary>
    internal static (string Text, TokenKind Kind)[] Tok(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        AssertInvariants(text, tokens);
        return tokens.Select(t => (text[t.Start..t.End], t.Kind)).ToArray();
    }

    [Fact]
    public void A_token_of_more_than_16_million_characters_keeps_its_whole_span()
    {
        // The scanner packs a token's length into 24 bits; longer ones keep their end aside.
        int length = (1 << 24) + 5;
        var text = "He said " + new string('a', length) + " today.";

        var tokens = Tokenizer.Tokenize(text);

        tokens.Select(t => (t.Start, t.End, t.Kind)).Should().Equal(
            (0, 2, Word), (3, 7, Word), (8, 8 + length, Word), (9 + length, 14 + length, Word), (14 + length, 15 + length, Punctuation));
    }

    /// <summary>Tokens lie inside the text, in order, without overlap, and cover every non-white character.</summary>
    internal static void AssertInvariants(string text, Token[] tokens)
    {
        // Plain checks: this runs on million-token inputs too.
        var covered = new bool[text.Length];
        int last = 0;
        foreach (var t in tokens)
        {
            if (t.Start < last) Assert.Fail($"token at {t.Start} overlaps or precedes the previous one ending at {last}");
            if (t.End <= t.Start || t.End > text.Length) Assert.Fail($"token ({t.Start}, {t.End}) is empty or outside the text");
            if (char.IsLowSurrogate(text[t.Start]) && t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1]))
                Assert.Fail($"token at {t.Start} splits a surrogate pair");
            Array.Fill(covered, true, t.Start, t.End - t.Start);
            last = t.End;
        }
        for (int i = 0; i < text.Length; i++)
            if (!covered[i] && !char.IsWhiteSpace(text[i])) Assert.Fail($"non-white character U+{(int)text[i]:X4} at {i} is not covered");
    }

    /// <summary>Expected tokens written as "text:Kind" (split at the last colon).</summary>
    private static void Expect(string input, params string[] expected)
    {
        var want = expected.Select(e =>
        {
            int c = e.LastIndexOf(':');
            return (e[..c], Enum.Parse<TokenKind>(e[(c + 1)..]));
        }).ToArray();
        Tok(input).Should().Equal(want);
    }

    [Fact]
    public void Words_and_punctuation()
    {
        Tok("Hello, world!").Should().Equal(("Hello", Word), (",", Punctuation), ("world", Word), ("!", Punctuation));
    }

    [Theory]
    [InlineData("8,000", "8,000:Number")]
    [InlineData("2.5", "2.5:Number")]
    [InlineData("1990s", "1990s:Number")]
    [InlineData("10th", "10th:Number")]
    [InlineData("3,250,000", "3,250,000:Number")]
    [InlineData("5:30", "5:30:Number")]
    [InlineData("-3", "-:Punctuation", "3:Number")]
    [InlineData("$2", "$:Symbol", "2:Number")]
    [InlineData("50%", "50:Number", "%:Symbol")]
    [InlineData("1,2", "1:Number", ",:Punctuation", "2:Number")]
    [InlineData("in 2020.", "in:Word", "2020:Number", ".:Punctuation")]
    [InlineData("3-year-old", "3-year-old:Word")]
    [InlineData("10-20", "10-20:Number")]
    public void Numbers(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("U.S.")]
    [InlineData("U.K.")]
    [InlineData("U.S.A.")]
    [InlineData("a.m.")]
    [InlineData("p.m.")]
    [InlineData("e.g.")]
    [InlineData("i.e.")]
    [InlineData("Ph.D.")]
    [InlineData("Sept.")]
    [InlineData("Mr.")]
    [InlineData("Mrs.")]
    [InlineData("Dr.")]
    [InlineData("Jan.")]
    [InlineData("Feb.")]
    [InlineData("Gov.")]
    [InlineData("Sen.")]
    [InlineData("Rep.")]
    [InlineData("Gen.")]
    [InlineData("Lt.")]
    [InlineData("St.")]
    [InlineData("Inc.")]
    [InlineData("Corp.")]
    [InlineData("Co.")]
    [InlineData("Ltd.")]
    [InlineData("Jr.")]
    [InlineData("Sr.")]
    [InlineData("vs.")]
    [InlineData("etc.")]
    [InlineData("MR.")]
    public void Abbreviations_are_one_token_with_the_period(string abbreviation)
    {
        var text = $"one {abbreviation} two";
        Tok(text).Should().Equal(("one", Word), (abbreviation, Abbreviation), ("two", Word));
    }

    [Theory]
    [InlineData("No. 10", "No.:Abbreviation", "10:Number")]
    [InlineData("no.10", "no.:Abbreviation", "10:Number")]
    [InlineData("said no.", "said:Word", "no:Word", ".:Punctuation")]
    [InlineData("No. It", "No:Word", ".:Punctuation", "It:Word")]
    [InlineData("p. 5", "p.:Abbreviation", "5:Number")]
    public void Number_abbreviations_only_before_a_number(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("the ill. Then", "the:Word", "ill:Word", ".:Punctuation", "Then:Word")]
    [InlineData("a co. of", "a:Word", "co:Word", ".:Punctuation", "of:Word")]
    [InlineData("the end.", "the:Word", "end:Word", ".:Punctuation")]
    [InlineData("U.S.-led", "U.S.-led:Word")]
    [InlineData("Mr.Smith", "Mr.:Abbreviation", "Smith:Word")]
    [InlineData("said.The", "said:Word", ".:Punctuation", "The:Word")]
    [InlineData("etc...", "etc:Word", "...:Ellipsis")]
    public void Capitalised_abbreviations_need_a_capital(string input, params string[] expected) => Expect(input, expected);

    [Fact]
    public void Initials()
    {
        Tok("John J. Smith").Should().Equal(("John", Word), ("J.", Initial), ("Smith", Word));
        Tok("J. K. Rowling").Should().Equal(("J.", Initial), ("K.", Initial), ("Rowling", Word));
    }

    [Theory]
    [InlineData("Jomart-Tokayev")]
    [InlineData("well-organized")]
    [InlineData("Moscow-led")]
    [InlineData("anti-government")]
    [InlineData("post-Soviet")]
    [InlineData("COVID-19")]
    [InlineData("O'Brien")]
    [InlineData("O’Brien")]
    [InlineData("D'Angelo")]
    [InlineData("rock'n'roll")]
    [InlineData("y'all")]
    [InlineData("café")]
    [InlineData("Müller-Lüdenscheidt")]
    [InlineData("Москва")]
    [InlineData("東京都")]
    [InlineData("cafe\u0301")]
    public void Compound_and_non_ascii_words_are_one_word(string word)
    {
        Tok(word).Should().Equal((word, Word));
    }

    [Theory]
    [InlineData("don't", "do:Word", "n't:Clitic")]
    [InlineData("don’t", "do:Word", "n’t:Clitic")]
    [InlineData("can't", "ca:Word", "n't:Clitic")]
    [InlineData("DON'T", "DO:Word", "N'T:Clitic")]
    [InlineData("it’s", "it:Word", "’s:Clitic")]
    [InlineData("they're", "they:Word", "'re:Clitic")]
    [InlineData("we'll", "we:Word", "'ll:Clitic")]
    [InlineData("I've", "I:Word", "'ve:Clitic")]
    [InlineData("I'm", "I:Word", "'m:Clitic")]
    [InlineData("she'd", "she:Word", "'d:Clitic")]
    [InlineData("Kazakhstan’s", "Kazakhstan:Word", "’s:Clitic")]
    [InlineData("Kazakhstan's", "Kazakhstan:Word", "'s:Clitic")]
    [InlineData("O'Brien's", "O'Brien:Word", "'s:Clitic")]
    [InlineData("Jomart-Tokayev’s", "Jomart-Tokayev:Word", "’s:Clitic")]
    [InlineData("U.S.’s", "U.S.:Abbreviation", "’s:Clitic")]
    public void Contractions_and_possessives_split_off_a_clitic(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("the Smiths’ house", "the:Word", "Smiths:Word", "’:Clitic", "house:Word")]
    [InlineData("the Smiths' House", "the:Word", "Smiths:Word", "':Clitic", "House:Word")]
    // Not followed by a space and a word: could be a closing quote, so left as a quote mark.
    [InlineData("the Smiths’.", "the:Word", "Smiths:Word", "’:QuoteMark", ".:Punctuation")]
    [InlineData("‘the Smiths’, he", "‘:QuoteMark", "the:Word", "Smiths:Word", "’:QuoteMark", ",:Punctuation", "he:Word")]
    // Not after an s.
    [InlineData("‘go home’ he", "‘:QuoteMark", "go:Word", "home:Word", "’:QuoteMark", "he:Word")]
    // An unclosed opening single quote earlier in the line makes s’ its closing mark.
    [InlineData("a ‘Big Cats’ show", "a:Word", "‘:QuoteMark", "Big:Word", "Cats:Word", "’:QuoteMark", "show:Word")]
    [InlineData("a 'Big Cats' show", "a:Word", "':QuoteMark", "Big:Word", "Cats:Word", "':QuoteMark", "show:Word")]
    [InlineData("‘Don’t go’ said the Smiths’ son", "‘:QuoteMark", "Do:Word", "n’t:Clitic", "go:Word", "’:QuoteMark", "said:Word",
        "the:Word", "Smiths:Word", "’:Clitic", "son:Word")]
    [InlineData("‘Yes\nthe Smiths’ son", "‘:QuoteMark", "Yes:Word", "the:Word", "Smiths:Word", "’:Clitic", "son:Word")]
    public void Bare_possessive_apostrophe_only_when_plausible(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("he said ''no way,'' and left", "he:Word", "said:Word", "'':QuoteMark", "no:Word", "way:Word", ",:Punctuation", "'':QuoteMark", "and:Word", "left:Word")]
    [InlineData("''we'll say 'no,''' he", "'':QuoteMark", "we:Word", "'ll:Clitic", "say:Word", "':QuoteMark", "no:Word", ",:Punctuation", "':QuoteMark", "'':QuoteMark", "he:Word")]
    public void Two_apostrophes_written_for_a_double_mark_are_one_quote_mark(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("``We will,'' he said", "``:QuoteMark", "We:Word", "will:Word", ",:Punctuation", "'':QuoteMark", "he:Word", "said:Word")]
    [InlineData("`` to `stay' ''", "``:QuoteMark", "to:Word", "`:QuoteMark", "stay:Word", "':QuoteMark", "'':QuoteMark")]
    public void Penn_Treebank_backticks_are_quote_marks(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("the ’90s", "the:Word", "’90s:Number")]
    [InlineData("the '90s", "the:Word", "'90s:Number")]
    [InlineData("class of '08", "class:Word", "of:Word", "'08:Number")]
    [InlineData("‘90 of them’", "‘:QuoteMark", "90:Number", "of:Word", "them:Word", "’:QuoteMark")]
    public void Leading_apostrophe_years(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("see https://example.com/a/b?x=1&y=2.", "see:Word", "https://example.com/a/b?x=1&y=2:Url", ".:Punctuation")]
    [InlineData("(http://example.org/wiki/A_(b))", "(:Punctuation", "http://example.org/wiki/A_(b):Url", "):Punctuation")]
    [InlineData("www.example.co.uk, then", "www.example.co.uk:Url", ",:Punctuation", "then:Word")]
    [InlineData("“http://x.org/p”", "“:QuoteMark", "http://x.org/p:Url", "”:QuoteMark")]
    [InlineData("mail jane.doe+news@example.co.uk.", "mail:Word", "jane.doe+news@example.co.uk:Email", ".:Punctuation")]
    [InlineData("at@home", "at:Word", "@:Symbol", "home:Word")]
    public void Urls_and_emails(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("wait… what", "wait:Word", "…:Ellipsis", "what:Word")]
    [InlineData("wait... what", "wait:Word", "...:Ellipsis", "what:Word")]
    [InlineData("wait.. what", "wait:Word", "..:Ellipsis", "what:Word")]
    [InlineData("a – b", "a:Word", "–:Dash", "b:Word")]
    [InlineData("a—b", "a:Word", "—:Dash", "b:Word")]
    [InlineData("a ― b", "a:Word", "―:Dash", "b:Word")]
    [InlineData("a--b", "a:Word", "--:Dash", "b:Word")]
    [InlineData("a - b", "a:Word", "-:Dash", "b:Word")]
    [InlineData("pre- and", "pre:Word", "-:Punctuation", "and:Word")]
    public void Ellipses_and_dashes(string input, params string[] expected) => Expect(input, expected);

    [Theory]
    [InlineData("“")]
    [InlineData("”")]
    [InlineData("\"")]
    [InlineData("‘")]
    [InlineData("’")]
    [InlineData("'")]
    [InlineData("«")]
    [InlineData("»")]
    [InlineData("„")]
    [InlineData("‚")]
    [InlineData("‹")]
    [InlineData("›")]
    [InlineData("″")]
    [InlineData("′")]
    [InlineData("‶")]
    [InlineData("‵")]
    [InlineData("〝")]
    [InlineData("〞")]
    public void Quote_mark_characters_outside_words(string mark)
    {
        var text = $"{mark}Yes{mark}";
        Tok(text).Should().Equal((mark, QuoteMark), ("Yes", Word), (mark, QuoteMark));
    }

    [Fact]
    public void Quote_marks_around_a_quoted_sentence()
    {
        Tok("“We won’t go,” she said.").Should().Equal(
            ("“", QuoteMark), ("We", Word), ("wo", Word), ("n’t", Clitic), ("go", Word), (",", Punctuation), ("”", QuoteMark),
            ("she", Word), ("said", Word), (".", Punctuation));
    }

    [Theory]
    [InlineData("a;b:c(d)[e]{f}", "a:Word", ";:Punctuation", "b:Word", "::Punctuation", "c:Word", "(:Punctuation", "d:Word", "):Punctuation",
        "[:Punctuation", "e:Word", "]:Punctuation", "{:Punctuation", "f:Word", "}:Punctuation")]
    [InlineData("?!", "?:Punctuation", "!:Punctuation")]
    [InlineData("A&B #1 @x", "A:Word", "&:Symbol", "B:Word", "#:Symbol", "1:Number", "@:Symbol", "x:Word")]
    [InlineData("€5 ©", "€:Symbol", "5:Number", "©:Symbol")]
    public void Punctuation_and_symbols(string input, params string[] expected) => Expect(input, expected);

    [Fact]
    public void Emoji_stay_whole()
    {
        Tok("ok 👍🏽 👨‍👩‍👧 ❤️").Should().Equal(("ok", Word), ("👍🏽", Symbol), ("👨‍👩‍👧", Symbol), ("❤️", Symbol));
        Tok("a😀b").Should().Equal(("a", Word), ("😀", Symbol), ("b", Word));
    }

    [Fact]
    public void Astral_letters_are_word_characters()
    {
        Tok("𠀋𠀌 x").Should().Equal(("𠀋𠀌", Word), ("x", Word));
    }

    [Fact]
    public void Lone_surrogates_and_control_characters_are_symbols()
    {
        var text = "a\uD800b \uDC00 \u0001\u0007x";
        Tok(text).Should().Equal(("a", Word), ("\uD800", Symbol), ("b", Word), ("\uDC00", Symbol),
            ("\u0001", Symbol), ("\u0007", Symbol), ("x", Word));
        Tok("\uD83D").Should().Equal(("\uD83D", Symbol));
        Tok("\uDE00\uD83D").Should().Equal(("\uDE00", Symbol), ("\uD83D", Symbol));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n\u00A0\u2003\u3000\u2028")]
    public void Empty_and_white_space_give_no_tokens(string text) => Tokenizer.Tokenize(text).Should().BeEmpty();

    [Fact]
    public void Unicode_spaces_separate_tokens()
    {
        Tok("a\u00A0b\u2009c\u3000d").Select(t => t.Text).Should().Equal("a", "b", "c", "d");
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  He said: “U.S. aid isn’t enough.”\n";
        var tokens = Tokenizer.Tokenize(text);
        tokens[0].Should().Be(new Token(2, 4, Word));
        tokens.Single(t => t.Kind == Abbreviation).Should().Be(new Token(12, 16, Abbreviation));
        tokens[^1].Should().Be(new Token(34, 35, QuoteMark));
    }

    [Theory]
    [InlineData("“‘Don’t,’” he said—“it’s over”…U.S.’s 8,000th e-mail: x@y.z; www.a.b/c?d=e).")]
    [InlineData("''''\"\"\"...---–—……@@@.@.@a.a.a.a-a-a'a'a")]
    [InlineData("\uD800\uDC00\uDC00\uD800\u200D\uFE0F\u0301\u00AD\u200C9’s'9'-'")]
    [InlineData("A.B.C. a.b a. .a Ph.D Ph.D. Mr.X. No.")]
    [InlineData("http:// https://) www. @a.b a@ @ -- - . ’s 's '")]
    public void Invariants_hold_on_tricky_strings(string text) => Tok(text);

    [Fact]
    public void Random_strings_never_throw_and_keep_invariants()
    {
        const string alphabet = "aZ9.,'`’\"“”-–… \n@:/\uD83D\uDE00\uD800é$%s";
        var random = new Random(7);
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            Tok(new string(chars));
        }
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a.")]
    [InlineData("a-")]
    [InlineData("a'")]
    [InlineData("a@")]
    [InlineData("1,")]
    [InlineData("-")]
    [InlineData(".")]
    public void Long_inputs_without_spaces_take_linear_time(string unit)
    {
        // No wall-clock bound: ten times the input may take at most 40 times as long (linear is 10, quadratic 100).
        var small = string.Concat(Enumerable.Repeat(unit, 100_000));
        var text = string.Concat(Enumerable.Repeat(unit, 1_000_000));
        var growth = GrowthCheck.Ratio(() => Tokenizer.Tokenize(small), () => Tokenizer.Tokenize(text));
        var tokens = Tokenizer.Tokenize(text);
        growth.Should().BeLessThan(40, "ten times the input, at most forty times as long");
        tokens.Should().NotBeEmpty();
        AssertInvariants(text, tokens);
    }
}
