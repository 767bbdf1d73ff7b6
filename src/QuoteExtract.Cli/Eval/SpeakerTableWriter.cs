using System.Globalization;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Cli.Eval;

/// <summary>Prints a speaker-resolution report: counts, one row per mention class, the same rows for the speakers of returned quotes.</summary>
internal static class SpeakerTableWriter
{
    public static void Write(SpeakerResolutionReport report, string directory, AttributionTypes types, TimeSpan total, TextWriter output)
    {
        output.WriteLine($"quote-extract eval --speakers: {directory}");
        output.WriteLine($"  documents          {report.Documents}" + (report.Failures.Count > 0 ? $" ({report.Failures.Count} failed)" : ""));
        output.WriteLine($"  scored chains      {report.Chains} (person and organization chains with a proper name)");
        output.WriteLine($"  types returned     {Types(types)} (the rules alone)");
        output.WriteLine("  right: our entity for the mention (the one owning a mention over its head words) bears the chain's fullest name");
        output.WriteLine();
        Table(output, "every mention of the scored chains", report.Mentions, report.WithoutTurnPronouns);
        Table(output, "the speaker mentions of returned quotes", report.SpeakerMentions, report.SpeakerWithoutTurnPronouns);
        output.WriteLine("  (no turn I/you: without first- and second-person pronouns in a transcript's turns, whose speaker GUM names in metadata only)");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  time  {report.ExtractionTime.TotalSeconds:0.00} s extracting, {total.TotalSeconds:0.00} s in all"));
        if (report.Warnings.Count > 0) output.WriteLine($"  {report.Warnings.Count} annotation warning(s), see standard error");
        output.Flush();
    }

    /// <summary>One tab-separated line per wrong mention: document, span, class, speaker or not, the mention, the fullest name, ours ("-": unresolved).</summary>
    public static void WriteErrors(SpeakerResolutionReport report, TextWriter output)
    {
        output.WriteLine("document\tstart\tend\tclass\tspeaker\tmention\tfullest name\tours");
        foreach (var o in report.Outcomes.Where(o => !o.Right))
            output.WriteLine(string.Join('\t', o.Document, o.Span.Start.ToString(CultureInfo.InvariantCulture), o.Span.End.ToString(CultureInfo.InvariantCulture),
                Name(o.Class), o.IsSpeaker ? "yes" : "no", Flat(o.Text), Flat(o.FullestName), o.Resolved is { } ours ? Flat(ours) : "-"));
    }

    private static void Table(TextWriter output, string title, IReadOnlyList<SpeakerResolutionRow> rows, IReadOnlyList<SpeakerResolutionRow> withoutTurns)
    {
        output.WriteLine($"  {title}:");
        output.WriteLine($"  {"class",-24} {"mentions",9} {"resolved",9} {"right",9} {"rate",7}");
        output.WriteLine($"  {new string('-', 24)} {new string('-', 9)} {new string('-', 9)} {new string('-', 9)} {new string('-', 7)}");
        foreach (var row in rows)
            Row(output, row.Class is { } c ? Name(c) : "all", row);
        foreach (var row in withoutTurns)
            Row(output, (row.Class is { } c ? Name(c) : "all") + ", no turn I/you", row);
        output.WriteLine();
    }

    private static void Row(TextWriter output, string label, SpeakerResolutionRow row) =>
        output.WriteLine($"  {label,-24} {row.Count,9} {row.Resolved,9} {row.Right,9} {EvalTableWriter.Percent(row.Rate),7}");

    /// <summary>partial name, role phrase, …</summary>
    public static string Name(MentionClass c) => c switch
    {
        MentionClass.PartialName => "partial name",
        MentionClass.FullName => "full name",
        MentionClass.RolePhrase => "role phrase",
        MentionClass.OtherNominal => "other nominal",
        _ => c.ToString().ToLowerInvariant(),
    };

    private static string Flat(string s) => s.ReplaceLineEndings(" ").Replace('\t', ' ');

    private static string Types(AttributionTypes types) =>
        types == AttributionTypes.All ? "all" : string.Join(",", Enum.GetValues<AttributionType>()
            .Where(t => (types & (AttributionTypes)(1 << (int)t)) != 0).Select(t => t.ToString().ToLowerInvariant()));
}
