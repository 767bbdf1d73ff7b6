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
    /// <summary>A flat Parquet file, one row per quote (needs <c>--out</c>).</summary>
    Parquet,
    /// <summary>One HTML page per document and an <c>index.html</c>, in the folder given by <c>--out</c>.</summary>
    Html,
}

/// <summary>The parsed arguments of the extract command.</summary>
internal sealed record ExtractOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? OutPath, bool Help)
{
    /// <summary>How the inputs are read (<c>--input-format</c>).</summary>
    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    /// <summary>How many documents are extracted at once (<c>--parallel</c>).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Parses <paramref name="args"/>; on a usage error returns null and sets <paramref name="error"/>.</summary>
    public static ExtractOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var inputs = new List<string>();
        var format = OutputFormat.Jsonl;
        string? outPath = null;
        var help = false;
        var onlyInputs = false;
        var inputFormat = InputFormat.Auto;
        var parallelism = Environment.ProcessorCount;
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
                        error = $"unknown format '{formatName}' (expected jsonl, json, table, parquet or html).";
                        return null;
                    }
                    break;
                case "--input-format":
                    if (TakeValue(args, ref i, name, inlineValue, ref error) is not { } inputFormatName) return null;
                    switch (inputFormatName.ToLowerInvariant())
                    {
                        case "auto": inputFormat = InputFormat.Auto; break;
                        case "text" or "txt": inputFormat = InputFormat.Text; break;
                        case "jsonl" or "ndjson": inputFormat = InputFormat.Jsonl; break;
                        default:
                            error = $"unknown input format '{inputFormatName}' (expected auto, text or jsonl).";
                            return null;
                    }
                    break;
                case "-p" or "--parallel":
                    if (TakeValue(args, ref i, name, inlineValue, ref error) is not { } count) return null;
                    if (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out parallelism)
                        || parallelism < 1 || parallelism > 1024)
                    {
                        error = $"--parallel needs a number from 1 to 1024, not '{count}'.";
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
        if (format == OutputFormat.Parquet && outPath is null && !help)
        {
            error = "--format parquet needs --out FILE.";
            return null;
        }
        if (format == OutputFormat.Html && outPath is null && !help)
        {
            error = "--format html needs --out DIR.";
            return null;
        }
        return new ExtractOptions(inputs, format, outPath, help) { InputFormat = inputFormat, Parallelism = parallelism };
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
            "parquet" => OutputFormat.Parquet,
            "html" => OutputFormat.Html,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
