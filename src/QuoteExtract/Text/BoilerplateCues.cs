using QuoteExtract.Lexicon;
using System.Collections.Frozen;

namespace QuoteExtract.Text;

/// <summary>Cue phrases and word lists for <see cref="BoilerplateDetector"/>; general shapes, no outlet's words.</summary>
internal static class BoilerplateCues
{
    /// <summary>A cue phrase and its weight. <c>Lead</c> cues weigh full only at the paragraph start (or in a short paragraph), 1 elsewhere.</summary>
    internal readonly record struct Cue(string Phrase, int Weight, bool Lead = false);

    internal static readonly Cue[] Phrases =
    [
        // Appeals for support, publisher voice.
        new("support independent journalism", 4), new("independent journalism", 2), new("our journalism", 3),
        new("our reporting", 2), new("our mission", 2), new("please support", 3), new("support us", 3),
        new("support our", 2), new("your support", 2), new("small favor to ask", 4), new("small favour to ask", 4),
        new("we need your help", 3), new("make a donation", 3), new("donate", 2), new("donation", 1),
        new("become a member", 3), new("become a subscriber", 3), new("become a supporter", 3),
        new("thank you for reading", 3), new("thanks for reading", 3),
        // Subscriptions, newsletters, accounts, social.
        new("subscribe", 2), new("subscription", 1), new("newsletter", 2), new("our newsletter", 2),
        new("sign up", 2), new("in your inbox", 2), new("free trial", 2), new("unlimited access", 3),
        new("already a subscriber", 4), new("register", 1), new("log in", 1), new("follow us", 3),
        new("like us on", 3), new("join us", 2), new("download our app", 4), new("our app", 2),
        // Consent and legal notices.
        new("cookies", 3), new("cookie policy", 3), new("privacy policy", 3), new("terms of use", 2),
        new("terms of service", 2), new("accept all", 2), new("manage preferences", 3),
        new("all rights reserved", 4),
        // Credits.
        new("contributed reporting", 4), new("contributed to this report", 4), new("additional reporting", 4),
        new("reporting by", 3), new("editing by", 3), new("writing by", 3), new("compiled by", 2),
        new("photo:", 4), new("photos:", 4), new("photo by", 3), new("photograph:", 4), new("photo/", 4),
        new("photo credit", 4), new("image:", 3), new("image credit", 4), new("credit:", 3),
        new("getty images", 4), new("file photo", 3),
        // Navigation remnants.
        new("remind me later", 4), new("maybe later", 3), new("no thanks", 3), new("not ready to", 2),
        new("advertisement", 3, Lead: true), new("read more", 4, Lead: true), new("read the rest", 4, Lead: true),
        new("read the full", 3, Lead: true), new("related:", 4, Lead: true), new("related coverage", 4, Lead: true),
        new("see also", 3, Lead: true), new("more:", 3, Lead: true), new("click here", 4, Lead: true),
        new("share this", 4, Lead: true), new("share on", 3, Lead: true), new("continue reading", 4, Lead: true),
        new("recommended", 3, Lead: true), new("watch:", 3, Lead: true), new("listen:", 3, Lead: true),
        new("sponsored", 3, Lead: true), new("tags:", 4, Lead: true), new("filed under", 4, Lead: true),
        // Notes from the desk, not the article's reporting.
        new("editor's note", 4, Lead: true), new("editor’s note", 4, Lead: true), new("editors' note", 4, Lead: true),
    ];

    /// <summary>Cue indexes by their first word, so a paragraph is matched word by word in one pass.</summary>
    internal static readonly int[][] CuesByFirstWord = BuildCueGroups(out s_firstWords);

    private static readonly string[] s_firstWords;

    /// <summary>What <see cref="WordInfo"/> says of a word: it starts cues (group in the bits above <see cref="GroupShift"/>), it is a publisher, reader or reporting word.</summary>
    internal const int StartsCues = 1, PublisherWord = 2, ReaderWord = 4, ReportingWord = 8, GroupShift = 8;

    private static int[][] BuildCueGroups(out string[] firstWords)
    {
        var groups = Enumerable.Range(0, Phrases.Length)
            .GroupBy(k => FirstWord(Phrases[k].Phrase), StringComparer.OrdinalIgnoreCase).ToArray();
        firstWords = [.. groups.Select(g => g.Key)];
        return [.. groups.Select(g => g.ToArray())];
    }

    private static (WordPrefilter, AsciiLookup<int>) BuildWords()
    {
        var info = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int g = 0; g < s_firstWords.Length; g++) info[s_firstWords[g]] = StartsCues | g << GroupShift;
        foreach (var (set, flag) in new[] { (Publisher, PublisherWord), (Reader, ReaderWord), (ReportingVerbs, ReportingWord) })
            foreach (var w in set.Words) info[w] = info.GetValueOrDefault(w) | flag;
        return (new WordPrefilter(info.Keys), new AsciiLookup<int>(info.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)));
    }

    private static string FirstWord(string phrase)
    {
        int n = 0;
        while (n < phrase.Length && char.IsLetterOrDigit(phrase[n])) n++;
        return phrase[..n];
    }

    // The English lists: the detector reads paragraph text alone, with no document (docs/lexicon.md).
    /// <summary>First-person plural: the outlet speaking about itself.</summary>
    internal static readonly WordSet Publisher = LanguageLexicon.English[WordList.PublisherWords];

    /// <summary>Second person: the reader addressed.</summary>
    internal static readonly WordSet Reader = LanguageLexicon.English[WordList.ReaderWords];

    /// <summary>Verbs of calls to action, as the first word of a paragraph.</summary>
    internal static readonly WordSet CallVerbs = LanguageLexicon.English[WordList.CallVerbs];

    /// <summary>Words that follow an imperative call verb (support us, sign up, donate now).</summary>
    internal static readonly WordSet CallObjects = LanguageLexicon.English[WordList.CallObjects];

    /// <summary>Reporting verbs that attribute a quote to a speaker.</summary>
    internal static readonly WordSet ReportingVerbs = LanguageLexicon.English[WordList.BoilerplateReportingVerbs];

    /// <summary>Lowercase words allowed inside a title-case credit line (Office of the President / Agency).</summary>
    internal static readonly WordSet CreditConnectives = LanguageLexicon.English[WordList.CreditConnectives];

    // (After the sets it reads: static fields are made in the order written.)
    // Every word the detector asks about, with what it is: one lookup per word of a paragraph instead of four.
    private static readonly (WordPrefilter Prefilter, AsciiLookup<int> Lookup) s_words = BuildWords();

    /// <summary>What the word is to the detector (0 for most words): bits <see cref="StartsCues"/> and the rest.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int WordInfo(ReadOnlySpan<char> word) =>
        s_words.Prefilter.MayContain(word) && s_words.Lookup.TryGetValue(word, out int info) ? info : 0;
}
