using QuoteExtract.Attribution;
using QuoteExtract.Text;

namespace QuoteExtract.Evaluation;

/// <summary>
/// How far the extractor's typer agrees with types given by hand: each hand-typed gold attribution is typed from its own
/// spans (cue, content, source) in its text, and the two types are counted in a confusion table. Where the typer finds no
/// attribution in the clause, the gold annotation says there is one: the type of its cue word counts, and a cue word the
/// lexicon does not type counts as <see cref="AttributionType.Act"/> (what is none of speech, belief, knowledge or intention
/// is an act in the scheme, docs/attribution-types.md).
/// </summary>
public static class TypeAgreement
{
    /// <summary>Counts, for each hand type (rows) and typer type (columns), the attributions; rows whose text is missing are skipped.</summary>
    /// <param name="rows">The hand-typed attributions.</param>
    /// <param name="textOf">The text of a document by name (without <c>.txt</c>), or null when it is not available.</param>
    public static TypeConfusion Score(IEnumerable<HandTypedAttribution> rows, Func<string, string?> textOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(textOf);
        var counts = new int[5, 5];
        var documents = new Dictionary<string, Document?>(StringComparer.Ordinal);
        var disagreements = new List<(HandTypedAttribution, AttributionType)>();
        int skipped = 0;
        foreach (var row in rows)
        {
            if (!documents.TryGetValue(row.Document, out var doc))
                documents[row.Document] = doc = textOf(row.Document) is { } text ? GoldTypes.Tokenized(text) : null;
            if (doc is null || row.Content[^1].End > doc.Text.Length) { skipped++; continue; }
            var type = TypeOf(doc, row);
            counts[(int)row.Type, (int)type]++;
            if (type != row.Type) disagreements.Add((row, type));
        }
        return new TypeConfusion(counts, skipped, disagreements);
    }

    /// <summary>The typer's type for a gold attribution given by its spans (no attribution counts as an act).</summary>
    internal static AttributionType TypeOf(Document doc, HandTypedAttribution row)
    {
        var content = new TextSpan(row.Content[0].Start, row.Content[^1].End);
        var kind = GoldKind.Classify(doc.Text, row.Content);
        // The annotation says it is an attribution: where the typer would not propose it in this clause ("felt a sense of
        // doom"), its cue word's type is what the typer would give it; a cue word the lexicon does not type is an act.
        // (A verb of saying with a plain object, "announced his resignation", is still a verb of saying to the annotator.)
        return AttributionTyper.Classify(doc, row.Cue, content, row.Source.Count > 0 ? row.Source[0] : null, kind, AttributionRuleId.None, out _)
            ?? AttributionTyper.CueType(doc, row.Cue) ?? AttributionType.Act;
    }
}

/// <summary>A confusion table of attribution types: hand types (rows) against the typer's (columns).</summary>
public sealed class TypeConfusion
{
    private readonly int[,] _counts;

    internal TypeConfusion(int[,] counts, int skipped, IReadOnlyList<(HandTypedAttribution Row, AttributionType Typer)> disagreements)
    {
        _counts = counts;
        Skipped = skipped;
        Disagreements = disagreements;
    }

    /// <summary>The attributions on which the typer and the hand disagree, with the typer's type, in the order read.</summary>
    public IReadOnlyList<(HandTypedAttribution Row, AttributionType Typer)> Disagreements { get; }

    /// <summary>Rows whose document text was not available.</summary>
    public int Skipped { get; }

    /// <summary>How many attributions typed <paramref name="hand"/> by hand the typer typed <paramref name="typer"/>.</summary>
    public int this[AttributionType hand, AttributionType typer] => _counts[(int)hand, (int)typer];

    /// <summary>All attributions counted.</summary>
    public int Total => Sum((_, _) => true);

    /// <summary>The share on which the two agree.</summary>
    public double Agreement => Total == 0 ? 0 : (double)Sum((h, t) => h == t) / Total;

    /// <summary>The share on which the two agree whether it is speech or not.</summary>
    public double SpeechAgreement => Total == 0 ? 0 : (double)Sum((h, t) => (h == AttributionType.Speech) == (t == AttributionType.Speech)) / Total;

    private int Sum(Func<AttributionType, AttributionType, bool> which)
    {
        int n = 0;
        for (int h = 0; h < 5; h++)
            for (int t = 0; t < 5; t++)
                if (which((AttributionType)h, (AttributionType)t)) n += _counts[h, t];
        return n;
    }
}
