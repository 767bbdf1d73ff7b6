using System.Collections.Frozen;
using Lookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace QuoteExtract.Text;

/// <summary>Closed-class English words the sentence splitter uses as evidence, looked up without allocation.</summary>
internal static class SentenceCues
{
    // Function words that typically open a new clause. After a weak terminal (an ellipsis or an abbreviation
    // like U.S. or p.m.) only one of these makes a split: "U.S. Sen. …" and "p.m. Monday" go on, "p.m. He …" splits.
    private static readonly Lookup s_starters = Create(
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Then", "Now",
        "In", "On", "At", "For", "With", "After", "Before", "When", "While", "If", "As", "Although", "Though",
        "Because", "Since", "Meanwhile", "However", "Still", "Some", "Many", "Most", "All", "No", "Both", "Each",
        "Other", "Others", "Another", "What", "Why", "How", "Who", "Where", "Which", "Asked", "According", "Also",
        "Last", "Earlier", "Later", "Instead", "Nevertheless", "Yes", "Not", "Such", "Several", "One");

    // Reporting verbs that close an attribution after a quotation ("“Why?” Smith asked.").
    private static readonly Lookup s_reportingVerbs = Create(
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "replied", "replies", "wrote", "writes",
        "explained", "explains", "noted", "notes", "insisted", "insists", "argued", "argues", "warned", "warns",
        "stated", "states", "declared", "declares", "recalled", "recalls", "admitted", "admits", "acknowledged",
        "shouted", "yelled", "whispered", "responded", "responds", "countered", "counters", "quipped", "continued",
        "continues", "exclaimed", "demanded", "wondered", "cried", "remarked", "remarks", "observed", "concluded");

    /// <summary>Is <paramref name="word"/> a clause-opening function word?</summary>
    public static bool IsStarter(ReadOnlySpan<char> word) => s_starters.Contains(word);

    /// <summary>Is <paramref name="word"/> a reporting verb?</summary>
    public static bool IsReportingVerb(ReadOnlySpan<char> word) => s_reportingVerbs.Contains(word);

    private static Lookup Create(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
