using System.Globalization;

namespace QuoteExtract.Evaluation;

/// <summary>
/// One gold attribution typed by hand (a fixture row of <c>document, attribution, annotation, cue, content, source, type</c>
/// with spans as <c>START-END</c> pairs joined by <c>;</c>): offsets into a corpus text and a type, no text of its own.
/// </summary>
/// <param name="Document">The text's name without <c>.txt</c>.</param>
/// <param name="Attribution">The annotation's id (<c>E12</c>).</param>
/// <param name="Cue">The cue's spans; empty when the annotation has none.</param>
/// <param name="Content">The content's spans.</param>
/// <param name="Source">The source's spans; empty when none.</param>
/// <param name="Type">The type given by hand.</param>
public sealed record HandTypedAttribution(
    string Document,
    string Attribution,
    IReadOnlyList<TextSpan> Cue,
    IReadOnlyList<TextSpan> Content,
    IReadOnlyList<TextSpan> Source,
    AttributionType Type)
{
    /// <summary>Reads a fixture: a header line (first field <c>document</c>), <c>#</c> comments, one row per attribution.</summary>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static IReadOnlyList<HandTypedAttribution> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<HandTypedAttribution>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("document\t", StringComparison.Ordinal)) continue;
            var p = line.Split('\t');
            if (p.Length < 7) throw new FormatException($"line {number}: expected document, attribution, annotation, cue, content, source, type");
            if (!p[6].All(char.IsAsciiLetter) || !Enum.TryParse<AttributionType>(p[6], ignoreCase: true, out var type))
                throw new FormatException($"line {number}: unknown type '{p[6]}'");
            var content = Spans(p[4], number);
            if (content.Count == 0) throw new FormatException($"line {number}: no content span");
            rows.Add(new HandTypedAttribution(p[0], p[1], Spans(p[3], number), content, Spans(p[5], number), type));
        }
        return rows;
    }

    private static List<TextSpan> Spans(string field, int line)
    {
        var spans = new List<TextSpan>();
        foreach (var pair in field.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = pair.Split('-');
            if (ends.Length != 2 || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
                throw new FormatException($"line {line}: '{pair}' is not a START-END span");
            spans.Add(new TextSpan(start, end));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}
