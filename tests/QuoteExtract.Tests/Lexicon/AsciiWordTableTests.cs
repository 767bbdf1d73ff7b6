using System.Collections.Frozen;
using QuoteExtract.Lexicon;

namespace QuoteExtract.Tests.Lexicon;

/// <summary>The compact ASCII word table answers as the case-insensitive frozen set it stands in for.</summary>
public class AsciiWordTableTests
{
    [Fact]
    public void Finds_keys_ignoring_case_and_nothing_else()
    {
        string[] keys = ["said", "Says", "U.S.", "o'brien", "café", "", "a"];
        var table = new AsciiWordTable(keys);
        table.IndexOf("SAID", out bool ascii).Should().Be(0);
        ascii.Should().BeTrue();
        table.IndexOf("says", out _).Should().Be(1);
        table.IndexOf("u.s.", out _).Should().Be(2);
        table.IndexOf("O'Brien", out _).Should().Be(3);
        table.IndexOf("a", out _).Should().Be(6);
        table.IndexOf("", out _).Should().Be(5);
        table.IndexOf("sai", out _).Should().Be(-1);
        table.IndexOf("saidx", out _).Should().Be(-1);
        table.IndexOf("b", out _).Should().Be(-1);
        // A word with other characters is the caller's to look up.
        table.IndexOf("CAFÉ", out ascii).Should().Be(-1);
        ascii.Should().BeFalse();
    }

    [Fact]
    public void Characters_next_to_the_letters_are_not_folded()
    {
        // '@' and '[' sit just before 'A' and just after 'Z'; '`' and '{' around 'a' to 'z'.
        string[] keys = ["@a[", "`z{", "abcdefghijklm", "wxyz", "q"];
        var table = new AsciiWordTable(keys);
        var frozen = keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var w in new[] { "@A[", "`Z{", "`a[", "@z{", "ABCDEFGHIJKLM", "abcdefghijklM", "abcdefghijkl", "WXYZ", "wxy", "Q", "q\0", "`A[" })
            (table.IndexOf(w, out _) >= 0).Should().Be(frozen.Contains(w), w);
    }

    [Fact]
    public void Words_that_share_their_first_and_last_four_characters_are_told_apart()
    {
        // A word is read as its first and last four characters: "abcd" and "abcdabcd" read alike but for the length,
        // and words past eight characters differ only in the middle.
        string[] keys = ["abcd", "abcdabcd", "abcdXabcd", "abcdefghijklmnopqrstuvwxyz", "abc"];
        var table = new AsciiWordTable(keys);
        var frozen = keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var w in new[] { "ABCD", "abcdabcd", "abcdabcdabcd", "abcdYabcd", "ABCDXABCD", "abcdefghijklmnopqrstuvwxyz",
                     "abcdefghijklmNopqrstuvwxyz", "abcdefghijklm-opqrstuvwxyz", "abcdabc", "abc", "ab", "abcdXXabcd" })
            (table.IndexOf(w, out _) >= 0).Should().Be(frozen.Contains(w), w);
        // A character past ASCII anywhere, the middle too, leaves the word to the caller.
        table.IndexOf("abcdefghijklméopqrstuvwxyz", out bool ascii).Should().Be(-1);
        ascii.Should().BeFalse();
    }

    [Fact]
    public void A_key_with_letters_equal_to_ascii_ones_is_found_by_the_ascii_word()
    {
        // (ı upper-cases to I under OrdinalIgnoreCase, and so equals "i" and "I" there.)
        var key = "\u0131t";
        bool equal = string.Equals(key, "it", StringComparison.OrdinalIgnoreCase);
        var table = new AsciiWordTable([key]);
        (table.IndexOf("IT", out _) == 0).Should().Be(equal);
    }

    [Fact]
    public void Agrees_with_the_frozen_set_on_every_listed_word_and_variants()
    {
        var lexicon = LanguageLexicon.English;
        foreach (var name in LanguageLexicon.ListNames)
        {
            var words = lexicon.Words(name);
            var frozen = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            var set = new WordSet([.. words]);
            foreach (var w in words)
            {
                foreach (var v in new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), w + "s", w[..^1], "x" + w })
                    set.Contains(v).Should().Be(frozen.Contains(v), $"'{v}' in {name}");
            }
        }
    }
}
