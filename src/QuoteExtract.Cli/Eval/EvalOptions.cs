using System.Globalization;

namespace QuoteExtract.Cli.Eval;

/// <summary>The parsed arguments of <c>quote-extract eval GOLD_DIR [--json] [--errors FILE] [--limit N] [--agreement] [--speakers]</c>.</summary>
/// <param name="GoldDirectory">The gold corpus folder: brat (with text/ and attributions/) or GUM (with conllu/, or *.conllu files).</param>
/// <param name="Json">Print the report as JSON instead of a table.</param>
/// <param name="ErrorsPath">Where to write the error-analysis file, or null.</param>
/// <param name="Limit">Score only the first N documents, or null for all.</param>
/// <param name="Help">Show the help.</param>
/// <param name="Agreement">Score the second annotator against the first, and the extractor on the same texts.</param>
/// <param name="HandTypes">A fixture of hand-typed attributions to compare the typer with, or null.</param>
/// <param name="Speakers">Score speaker name resolution on GUM's entity mentions instead of the quotes.</param>
internal sealed record EvalOptions(string? GoldDirectory, bool Json, string? ErrorsPath, int? Limit, bool Help, bool Agreement = false, string? HandTypes = null,
    bool Speakers = false)
{
    // One line per option.
    private static readonly OptionTable<EvalOptions> s_table = new()
    {
        { "--json", o => o with { Json = true } },
        { "--errors", (o, file) => o with { ErrorsPath = file } },
        { "--limit", (o, n) => o with { Limit = NonNegative(n) } },
        { "--agreement", o => o with { Agreement = true } },
        { "--hand-types", (o, file) => o with { HandTypes = file } },
        { "--speakers", o => o with { Speakers = true } },
        { "-h", o => o with { Help = true } },
        { "--help", o => o with { Help = true } },
    };

    /// <summary>Parses <paramref name="args"/>; on a usage error returns null and sets <paramref name="error"/>.</summary>
    public static EvalOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var extra = new List<string>();
        var options = s_table.Parse(args, new EvalOptions(null, false, null, null, false), (o, arg) =>
        {
            if (o.GoldDirectory is null) return o with { GoldDirectory = arg };
            extra.Add(arg);
            return o;
        }, out error);
        if (options is null || options.Help) return options;

        if (extra.Count > 0) error = $"eval takes one gold folder; unexpected '{extra[0]}'.";
        else if (options.GoldDirectory is null) error = "eval needs a gold folder (GOLD_DIR).";
        else if (options.Agreement && (options.Json || options.ErrorsPath is not null || options.Limit is not null))
            error = "--agreement prints its own two tables; it does not combine with --json, --errors or --limit.";
        else if (options.HandTypes is not null && (options.Agreement || options.Json || options.Limit is not null))
            error = "--hand-types prints its own table; it does not combine with --agreement, --json or --limit.";
        else if (options.Speakers && (options.Agreement || options.HandTypes is not null || options.Json))
            error = "--speakers prints its own table; it does not combine with --agreement, --hand-types or --json.";
        return error is null ? options : null;
    }

    private static int NonNegative(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"'{value}' is not a whole number of documents.");
}
