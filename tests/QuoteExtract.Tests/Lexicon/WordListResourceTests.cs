using QuoteExtract.Lexicon;

namespace QuoteExtract.Tests.Lexicon;

/// <summary>The hand word lists as data: every embedded file parses, and the English lexicon is what the files say.</summary>
public class WordListResourceTests
{
    private const string Prefix = "QuoteExtract.Lexicon.en.";

    private static string[] ReadResource(string resource)
    {
        using var stream = typeof(LanguageLexicon).Assembly.GetManifestResourceStream(resource);
        stream.Should().NotBeNull(resource);
        using var reader = new StreamReader(stream!);
        return WordListFile.Parse(reader, resource);
    }

    [Fact]
    public void Every_list_has_exactly_one_embedded_file_and_every_file_a_list()
    {
        var embedded = typeof(LanguageLexicon).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));
        var expected = Enum.GetValues<WordList>().Select(l => LanguageLexicon.ResourceName("en", l));
        embedded.Should().BeEquivalentTo(expected);
        LanguageLexicon.ListNames.Should().OnlyHaveUniqueItems().And.HaveCount(Enum.GetValues<WordList>().Length);
    }

    [Fact]
    public void Every_embedded_file_parses_without_duplicates_or_stray_white_space_and_says_what_it_is_for()
    {
        foreach (var list in Enum.GetValues<WordList>())
        {
            var resource = LanguageLexicon.ResourceName("en", list);
            var words = ReadResource(resource); // throws on a duplicate or white space around an entry
            words.Should().NotBeEmpty(resource);
            words.Should().OnlyContain(w => w.Length > 0 && w.Trim() == w, resource);
            words.Should().OnlyHaveUniqueItems(w => w.ToLowerInvariant(), resource);

            using var stream = typeof(LanguageLexicon).Assembly.GetManifestResourceStream(resource)!;
            var lines = new StreamReader(stream).ReadToEnd().Split('\n');
            lines[0].Should().StartWith("# ", $"{resource} opens with what the list is for");
            lines[1].Should().StartWith("# Example: ", $"{resource} gives an example sentence");
        }
    }

    [Fact]
    public void The_english_lexicon_holds_what_each_file_lists()
    {
        foreach (var list in Enum.GetValues<WordList>())
        {
            var fromFile = ReadResource(LanguageLexicon.ResourceName("en", list));
            LanguageLexicon.English.Words(LanguageLexicon.FileName(list)).Should().BeEquivalentTo(fromFile, list.ToString());
            LanguageLexicon.English[list].Words.Should().BeSameAs(LanguageLexicon.English.Words(LanguageLexicon.FileName(list)));
        }
        LanguageLexicon.English.Words("pronouns").Should().BeEquivalentTo(["he", "she", "they", "we", "i", "it", "you"]);
        LanguageLexicon.English[WordList.OrganizationHeads].Contains("MINISTRY").Should().BeTrue("lookups ignore case");
    }

    [Theory]
    [InlineData("# what\n# Example: x\nmayor\nMayor\n", "listed twice")]
    [InlineData("# what\nmayor \n", "white space")]
    [InlineData("# what\n\tmayor\n", "white space")]
    [InlineData("mayor\n  \n", "white space")]
    public void A_file_with_a_duplicate_or_stray_white_space_is_refused(string text, string reason)
    {
        var read = () => WordListFile.Parse(new StringReader(text), "test.txt");
        read.Should().Throw<FormatException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void A_file_reads_its_entries_in_order_past_comments_and_blank_lines()
    {
        WordListFile.Parse(new StringReader("# titles\n# Example: Mayor Lee said so.\n\nmayor\nsen.\nhas long\n"), "test.txt")
            .Should().Equal("mayor", "sen.", "has long");
    }
}
