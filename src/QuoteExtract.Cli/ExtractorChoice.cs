using System.CommandLine;

namespace QuoteExtract.Cli;

/// <summary>
/// The options of every command that choose the extractor: <c>--with-model</c>, <c>--model FILE</c>,
/// <c>--attributions T</c> (and <c>--rules-only</c>, the default, kept for scripts written when the model decided by default).
/// </summary>
internal sealed class ExtractorChoice
{
    private readonly Option<bool> _withModel = new("--with-model")
    {
        Description = "decide with the embedded attribution model (the rules alone decide by default; also for eval, to compare)",
        Recursive = true,
    };

    private readonly Option<bool> _rulesOnly = new("--rules-only") { Description = "the rules alone decide (the default)", Recursive = true, Hidden = true };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "decide with a model file written by the training tool", HelpName = "FILE", Recursive = true,
    };

    // eval scores the types its corpus annotates unless told otherwise (PolNeAR: all of them; GUM: speech, belief and knowledge).
    private readonly Option<AttributionTypes?> _attributions = new("--attributions")
    {
        Description = $"which attributions to return: speech (default), all, or a list of {AttributionTypeNames.All} (eval: the corpus's own types unless given)",
        HelpName = "T", Recursive = true,
        CustomParser = result => AttributionTypeNames.Parse(result.Tokens[0].Value) is { } types
            ? types
            : QuoteExtractRootCommand.Refuse<AttributionTypes?>(result, $"--attributions takes speech, all, or a list such as speech,belief (of {AttributionTypeNames.All})."),
    };

    public ExtractorChoice() => _attributions.CompletionSources.Add("speech", "all", "belief", "knowledge", "intention", "act");

    /// <summary>Puts the options on <paramref name="root"/>, for it and every subcommand.</summary>
    public void AddTo(RootCommand root)
    {
        root.Add(_withModel);
        root.Add(_rulesOnly);
        root.Add(_model);
        root.Add(_attributions);
    }

    /// <summary>The attribution types asked for, or null for the default (eval: the corpus's own).</summary>
    public AttributionTypes? Types(ParseResult parse) => parse.GetValue(_attributions);

    /// <summary>
    /// The extractor for a set of types as the options choose it (or <see cref="CommandContext.Extract"/>); null when
    /// the model file cannot be read, said on standard error.
    /// </summary>
    public Func<AttributionTypes, Func<string, ExtractionResult>>? Resolve(ParseResult parse, CommandContext context)
    {
        if (context.Extract is { } injected) return _ => injected;
        var withModel = parse.GetValue(_withModel);
        Model.IAttributionScorer? scorer = null;
        if (parse.GetValue(_model) is { } file)
        {
            try
            {
                using var reader = File.OpenText(file);
                scorer = Model.IAttributionScorer.ReadModel(reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                context.Stderr.WriteLine($"quote-extract: cannot read model {file}: {e.Message}");
                return null;
            }
        }
        return wanted =>
        {
            if (!withModel && scorer is null && wanted == ExtractorOptions.Default.AttributionTypes) return QuoteExtractor.Default.Extract;
            var builder = new QuoteExtractorBuilder().WithAttributionTypes(wanted);
            if (scorer is not null) builder.UseScorer(scorer);
            else if (withModel) builder.UseModel();
            return builder.Build().Extract;
        };
    }

}
