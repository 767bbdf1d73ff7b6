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

    /// <summary>The largest document read, in bytes (<c>--max-document-size</c>): a larger one is an error record and the batch goes on.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>64 MB: far above any article, far below what would exhaust memory.</summary>
    public const long DefaultMaxDocumentBytes = 64L << 20;

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
        var maxBytes = DefaultMaxDocumentBytes;
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
                case "--max-document-size":
                    if (TakeValue(args, ref i, name, inlineValue, ref error) is not { } size) return null;
                    if (ParseSize(size) is not { } parsed)
                    {
                        error = $"--max-document-size needs a size such as 64M, 500K or 2G, not '{size}'.";
                        return null;
                    }
                    maxBytes = parsed;
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

        // ("- -" would read standard input twice: the second time nothing.)
        if (inputs.Count(input => input == "-") > 1)
        {
            error = "standard input ('-') can be given once.";
            return null;
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
        return new ExtractOptions(inputs, format, outPath, help) { InputFormat = inputFormat, Parallelism = parallelism, MaxDocumentBytes = maxBytes };
    }

    // "64M", "500K", "2G", "1000" (bytes): a positive size.
    private static long? ParseSize(string text)
    {
        long unit = 1;
        var digits = text.Trim();
        if (digits.Length > 1 && char.ToUpperInvariant(digits[^1]) is 'K' or 'M' or 'G')
        {
            unit = char.ToUpperInvariant(digits[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            digits = digits[..^1];
        }
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n > 0 && n <= long.MaxValue / unit ? n * unit : null;
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
