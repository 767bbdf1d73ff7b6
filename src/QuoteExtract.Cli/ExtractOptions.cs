namespace QuoteExtract.Cli;

/// <summary>How the output is laid out.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON document object per line.</summary>
    Jsonl,
    /// <summary>An indented JSON array of document objects.</summary>
    Json,
    /// <summary>A readable fixed-width table per document.</summary>
    Table,
}

/// <summary>The parsed arguments of the extract command.</summary>
internal sealed record ExtractOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? OutPath, bool Help)
{
    /// <summary>Parses <paramref name="args"/>; on a usage error returns null and sets <paramref name="error"/>.</summary>
    public static ExtractOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var inputs = new List<string>();
        var format = OutputFormat.Jsonl;
        string? outPath = null;
        var help = false;
        var onlyInputs = false;
        error = null;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyInputs || arg == "-" || !arg.StartsWith('-'))
            {
                inputs.Add(arg);
                continue;
            }

            // --name=value is accepted as well as --name value.
            var (name, inlineValue) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            switch (name)
            {
                case "--":
                    onlyInputs = true;
                    break;
                case "-h" or "--help" or "-?":
                    help = true;
                    break;
                case "-f" or "--format":
                    if (TakeValue(args, ref i, name, inlineValue, ref error) is not { } formatName) return null;
                    if (!TryParseFormat(formatName, out format))
                    {
                        error = $"unknown format '{formatName}' (expected jsonl, json or table).";
                        return null;
                    }
                    break;
                case "-o" or "--out":
                    if (TakeValue(args, ref i, name, inlineValue, ref error) is not { } path) return null;
                    outPath = path;
                    break;
                default:
                    error = $"unknown option '{arg}'.";
                    return null;
            }
        }

        if (inputs.Count == 0 && !help)
        {
            error = "no input given.";
            return null;
        }
        return new ExtractOptions(inputs, format, outPath, help);
    }

    private static string? TakeValue(IReadOnlyList<string> args, ref int i, string name, string? inlineValue, ref string? error)
    {
        if (inlineValue is { Length: > 0 }) return inlineValue;
        if (inlineValue is null && i + 1 < args.Count) return args[++i];
        error = $"option '{name}' needs a value.";
        return null;
    }

    private static bool TryParseFormat(string name, out OutputFormat format)
    {
        format = name.ToLowerInvariant() switch
        {
            "jsonl" or "ndjson" => OutputFormat.Jsonl,
            "json" => OutputFormat.Json,
            "table" => OutputFormat.Table,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
