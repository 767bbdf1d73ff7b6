using System.Globalization;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Reads PolNeAR's brat standoff lines: <c>T</c> lines give typed spans, <c>E</c> lines tie an attribution's
/// Content, Cue and Source together. Bad lines are skipped with a warning, never thrown on.
/// </summary>
internal static class BratAnnotationParser
{
    private sealed record SpanAnnotation(string Type, TextSpan[] Spans);

    public static IReadOnlyList<GoldAttribution> Parse(string file, string text, string annotation, ICollection<string> warnings)
    {
        var lines = annotation.Split('\n');
        // Two passes: an E line may name T lines that come after it.
        var spans = new Dictionary<string, SpanAnnotation>(StringComparer.Ordinal);
        var events = new List<(int Line, string Id, string Arguments)>();
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            var warning = line[0] switch
            {
                'T' => ReadSpanLine(fields, text, spans),
                'E' when fields.Length >= 2 => Defer(events, n + 1, fields),
                '#' or 'A' or 'R' or 'N' or '*' => null, // notes and relations: valid brat, not used here
                _ => "not a brat annotation line",
            };
            if (warning is not null) warnings.Add($"{file}:{n + 1}: {warning}");
        }

        var attributions = new List<GoldAttribution>(events.Count);
        foreach (var (line, id, arguments) in events)
        {
            var attribution = ReadEventLine(id, arguments, text, spans, out var warning);
            if (warning is not null) warnings.Add($"{file}:{line}: {warning}");
            if (attribution is not null) attributions.Add(attribution);
        }
        // Stable sort: ties keep file order.
        return [.. attributions.OrderBy(a => a.Start)];
    }

    private static string? Defer(List<(int, string, string)> events, int line, string[] fields)
    {
        events.Add((line, fields[0], fields[1]));
        return null;
    }

    private static string? ReadSpanLine(string[] fields, string text, Dictionary<string, SpanAnnotation> spans)
    {
        if (fields.Length < 2) return "span line without type and offsets";
        var typeEnd = fields[1].IndexOf(' ');
        if (typeEnd <= 0) return "span line without offsets";
        var type = fields[1][..typeEnd];
        var pieces = fields[1][(typeEnd + 1)..].Split(';');
        var parsed = new TextSpan[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            var bounds = pieces[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
                return $"bad offsets '{pieces[i]}'";
            if (start > end || end > text.Length) return $"offsets {start} {end} outside the text (length {text.Length})";
            parsed[i] = new TextSpan(start, end);
        }
        if (!spans.TryAdd(fields[0], new SpanAnnotation(type, parsed))) return $"duplicate id {fields[0]}";
        // A mismatch means the offsets count differently from this reading of the text (BOM, line ends).
        if (fields.Length >= 3 && !SameText(GoldAttribution.TextOf(text, parsed), string.Join('\t', fields[2..])))
            return $"{fields[0]}: annotated text differs from the text at its offsets";
        return null;
    }

    private static GoldAttribution? ReadEventLine(string id, string arguments, string text,
        Dictionary<string, SpanAnnotation> spans, out string? warning)
    {
        warning = null;
        List<TextSpan> content = [], cue = [], source = [];
        var missing = new List<string>();
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = argument.IndexOf(':');
            if (colon <= 0)
            {
                warning = $"{id}: bad argument '{argument}'";
                return null;
            }
            var target = argument[(colon + 1)..];
            if (!spans.TryGetValue(target, out var annotation))
            {
                missing.Add(target);
                continue;
            }
            // Roles may be numbered (Content2: a second content of the same attribution).
            switch (argument[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
            {
                case "Content": content.AddRange(annotation.Spans); break;
                case "Cue": cue.AddRange(annotation.Spans); break;
                case "Source": source.AddRange(annotation.Spans); break;
                default: break; // the Attribution anchor repeats the cue
            }
        }

        if (missing.Count > 0) warning = $"{id}: unknown span id(s) {string.Join(", ", missing)}";
        content.RemoveAll(span => span.IsEmpty);
        if (!content.Exists(span => HasNonWhiteSpace(text, span)))
        {
            warning = $"{id}: attribution without content, skipped";
            return null;
        }
        content.Sort(ByStart);
        cue.Sort(ByStart);
        source.Sort(ByStart);
        return new GoldAttribution(content, cue, source, GoldKind.Classify(text, content)) { Id = id };
    }

    // brat writes a line break inside a span as a space.
    private static bool SameText(string atOffsets, string annotated) =>
        atOffsets.Length == annotated.Length && atOffsets.Replace('\n', ' ').Replace('\r', ' ') == annotated;

    private static int ByStart(TextSpan a, TextSpan b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);

    private static bool HasNonWhiteSpace(string text, TextSpan span)
    {
        foreach (var c in span.Slice(text)) if (!char.IsWhiteSpace(c)) return true;
        return false;
    }
}
