using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Cli.Eval;

/// <summary>
/// <c>quote-extract eval GOLD_DIR [--json] [--errors FILE] [--limit N]</c>: runs the extractor on every text of a
/// gold corpus, brat (PolNeAR layout) or GUM (<c>conllu/</c>, <c>rst/</c>), scores the quotes against the
/// attributions and prints the report.
/// A document whose extraction throws counts as failed (all its gold missed); the run goes on and exits 1.
/// With <c>--agreement</c>, the texts two annotators covered are scored annotator against annotator, then the
/// extractor against the first annotator on the same texts. With <c>--speakers</c> (GUM), speaker name resolution is
/// scored on GUM's entity mentions instead (<see cref="SpeakerResolutionScorer"/>).
/// </summary>
internal static class EvalCommand
{
    /// <summary>
    /// The types a corpus annotates as attributions: PolNeAR every kind (stances, intentions and acts too), GUM's discourse
    /// attributions speech, beliefs and knowledge (docs/attribution-types.md).
    /// </summary>
    public const AttributionTypes GumTypes = AttributionTypes.Speech | AttributionTypes.Belief | AttributionTypes.Knowledge;

    /// <summary>The <c>eval</c> subcommand.</summary>
    public static Command Create(CommandContext context, ExtractorChoice extractors)
    {
        var gold = new Argument<string>("GOLD_DIR")
        {
            Description = "the gold corpus: brat (GOLD_DIR/text/, GOLD_DIR/attributions/) or GUM (GOLD_DIR/conllu/, or *.conllu files)",
        };
        var json = new Option<bool>("--json") { Description = "print the report as JSON instead of a table" };
        var errors = new Option<string?>("--errors")
        {
            HelpName = "FILE", Description = "write an error analysis to FILE: missed gold, unmatched predictions, wrong speakers, boundary errors",
        };
        var limit = new Option<int?>("--limit") { HelpName = "N", Description = "score only the first N documents (ordinal order)", CustomParser = ParseLimit };
        var agreement = new Option<bool>("--agreement")
        {
            Description = "on the texts two annotators covered (NAME_xxxx.ann and NAME_yyyy.ann), score the second against the first with " +
                          "the same scorer (how far humans agree), then the extractor against the first on the same texts (brat only)",
        };
        var handTypes = new Option<string?>("--hand-types")
        {
            HelpName = "FILE", Description = "(brat) compare the attribution typer with a fixture of hand-typed attributions",
        };
        var speakers = new Option<bool>("--speakers")
        {
            Description = "(GUM only) speaker name resolution instead of quotes: is every mention of a person or organization whose chain " +
                          "has a proper name resolved to the chain's fullest name? Rows by class, again for the speakers of returned " +
                          "quotes; --errors lists the wrong ones. The rules alone (--with-model, --model ignored); see docs/speaker-evaluation.md",
        };
        var command = new Command("eval", Usage.EvalDescription) { gold, json, errors, limit, agreement, handTypes, speakers };
        command.SetAction(parse =>
        {
            if (UsageError(parse.GetValue(json), parse.GetValue(errors), parse.GetValue(limit), parse.GetValue(agreement), parse.GetValue(handTypes),
                    parse.GetValue(speakers)) is { } error)
                return QuoteExtractRootCommand.Refuse(parse, error, context.Stderr);
            if (extractors.Resolve(parse, context) is not { } extractorFor) return ExitCodes.Usage;
            var options = new EvalOptions(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(errors), parse.GetValue(limit),
                parse.GetValue(agreement), parse.GetValue(handTypes), parse.GetValue(speakers));
            return Run(options, context.Stdout, context.Stderr, extractorFor, extractors.Types(parse));
        });
        return command;
    }

    // What is wrong with the arguments together, or null.
    private static string? UsageError(bool json, string? errors, int? limit, bool agreement, string? handTypes, bool speakers)
    {
        if (agreement && (json || errors is not null || limit is not null))
            return "--agreement prints its own two tables; it does not combine with --json, --errors or --limit.";
        if (handTypes is not null && (agreement || json || limit is not null))
            return "--hand-types prints its own table; it does not combine with --agreement, --json or --limit.";
        if (speakers && (agreement || handTypes is not null || json))
            return "--speakers prints its own table; it does not combine with --agreement, --hand-types or --json.";
        return null;
    }

    private static int? ParseLimit(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : QuoteExtractRootCommand.Refuse<int?>(result, $"option '--limit': '{value}' is not a whole number of documents.");
    }

    /// <param name="options">The parsed arguments.</param>
    /// <param name="stdout">The report.</param>
    /// <param name="stderr">Warnings and errors.</param>
    /// <param name="extractorFor">The extractor that returns a set of attribution types.</param>
    /// <param name="types">The types asked for (<c>--attributions</c>), or null for the corpus's own.</param>
    private static int Run(EvalOptions options, TextWriter stdout, TextWriter stderr,
        Func<AttributionTypes, Func<string, ExtractionResult>> extractorFor, AttributionTypes? types)
    {
        var directory = options.GoldDirectory;
        // A brat folder wins when a folder is both: that was the only layout before GUM.
        var isBrat = Directory.Exists(directory) && BratCorpus.IsCorpusFolder(directory);
        if (!isBrat && !GumCorpus.IsCorpusFolder(directory))
        {
            stderr.WriteLine(Directory.Exists(directory)
                ? $"quote-extract eval: {directory} is not a gold corpus folder (brat: {BratCorpus.TextFolder}/ and {BratCorpus.AnnotationFolder}/; " +
                  $"GUM: {GumCorpus.ConlluFolder}/ or *.conllu files)."
                : $"quote-extract eval: gold folder not found: {directory}");
            return ExitCodes.Usage;
        }

        var scored = types ?? (isBrat ? AttributionTypes.All : GumTypes);
        if (options.Speakers)
        {
            if (!isBrat) return Speakers(directory, scored, options, stdout, stderr);
            stderr.WriteLine($"quote-extract eval: --speakers reads GUM's entity mentions; {directory} is brat.");
            return ExitCodes.Usage;
        }
        var extract = extractorFor(scored);
        if (options.Agreement)
        {
            if (isBrat) return Agreement(directory, scored, stdout, stderr, extract);
            stderr.WriteLine($"quote-extract eval: --agreement needs a brat corpus with several annotators' files; {directory} is GUM.");
            return ExitCodes.Usage;
        }
        if (options.HandTypes is { } fixture)
        {
            if (isBrat) return HandTypes(directory, fixture, options.ErrorsPath, stdout, stderr);
            stderr.WriteLine($"quote-extract eval: --hand-types reads the texts of a brat corpus; {directory} is GUM.");
            return ExitCodes.Usage;
        }

        var total = Stopwatch.StartNew();
        (IReadOnlyList<GoldDocument> Documents, IReadOnlyList<string> Warnings) corpus;
        try
        {
            corpus = Read(directory, isBrat, options.Limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"quote-extract eval: cannot read {directory}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        ReportWarnings(corpus.Warnings, stderr);

        // A corpus that annotates more types than are returned is scored on the gold of those types (direct quotes always).
        var golds = isBrat && scored != AttributionTypes.All ? [.. corpus.Documents.Select(d => GoldTypes.Restrict(d, scored))] : corpus.Documents;
        var run = Evaluate(directory, golds, corpus.Warnings, extract, stderr, total) with { Types = scored, Restricted = golds != corpus.Documents };
        if (options.Json) EvalJsonWriter.Write(run, stdout);
        else EvalTableWriter.Write(run, stdout);

        var status = run.Report.FailedDocuments > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        if (options.ErrorsPath is { } path && !WriteErrors(path, run, stderr)) status = ExitCodes.SomeFailed;
        if (run.Report.FailedDocuments > 0) stderr.WriteLine($"quote-extract eval: {run.Report.FailedDocuments} document(s) failed.");
        return status;
    }

    // Speaker name resolution on GUM's mentions. The scorer needs the analyzed document, not only the result, so it builds
    // its own extractor: the rules alone (--with-model and --model do not apply; the resolver does not depend on them).
    private static int Speakers(string directory, AttributionTypes types, EvalOptions options, TextWriter stdout, TextWriter stderr)
    {
        var total = Stopwatch.StartNew();
        SpeakerResolutionReport report;
        try
        {
            report = SpeakerResolutionScorer.Score(directory, new QuoteExtractorBuilder().WithAttributionTypes(types).Build(), options.Limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"quote-extract eval: cannot read {directory}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        ReportWarnings(report.Warnings, stderr, withErrorsFile: false);
        foreach (var failure in report.Failures) stderr.WriteLine($"quote-extract eval: extraction failed for {failure}");
        SpeakerTableWriter.Write(report, directory, types, total.Elapsed, stdout);

        var status = report.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        if (options.ErrorsPath is { } path)
        {
            try
            {
                using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                SpeakerTableWriter.WriteErrors(report, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"quote-extract eval: cannot write {path}: {e.Message}");
                status = ExitCodes.SomeFailed;
            }
        }
        if (report.Failures.Count > 0) stderr.WriteLine($"quote-extract eval: {report.Failures.Count} document(s) failed.");
        return status;
    }

    private static (IReadOnlyList<GoldDocument>, IReadOnlyList<string>) Read(string directory, bool isBrat, int? limit)
    {
        if (isBrat)
        {
            var brat = BratCorpus.Read(directory, limit);
            return (brat.Documents, brat.Warnings);
        }
        var gum = GumCorpus.Read(directory, limit);
        return (gum.Documents, gum.Warnings);
    }

    // The texts two annotators covered: the second against the first and the first against the second (the human
    // ceiling under this scorer), then the extractor against the first on the same texts.
    private static int Agreement(string directory, AttributionTypes types, TextWriter stdout, TextWriter stderr, Func<string, ExtractionResult> extract)
    {
        var total = Stopwatch.StartNew();
        var warnings = new List<string>();
        IReadOnlyList<AnnotatorPair> pairs;
        try
        {
            pairs = BratCorpus.ReadAnnotatorPairs(directory, warnings);
            // Both annotators' gold restricted the same way as the extractor's, so the three tables compare like with like.
            if (types != AttributionTypes.All)
                pairs = [.. pairs.Select(p => new AnnotatorPair(GoldTypes.Restrict(p.First, types), GoldTypes.Restrict(p.Second, types)))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"quote-extract eval: cannot read {directory}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        ReportWarnings(warnings, stderr, withErrorsFile: false);
        if (pairs.Count == 0)
        {
            stderr.WriteLine($"quote-extract eval: no text of {directory} has two annotators' files; nothing to compare.");
            return ExitCodes.Usage;
        }
        // Both ways: coverage counts the gold's characters, so which annotator is the gold changes the scores a little.
        EvalTableWriter.Write(new EvalRun(directory, AnnotatorAgreement.Score(pairs), TimeSpan.Zero, total.Elapsed, 0, warnings,
            $"second annotator against the first, on the {pairs.Count} texts annotated twice"), stdout);
        EvalTableWriter.Write(new EvalRun(directory, AnnotatorAgreement.Score(pairs.Select(p => new AnnotatorPair(p.Second, p.First))),
            TimeSpan.Zero, total.Elapsed, 0, warnings, $"first annotator against the second, on the same {pairs.Count} texts"), stdout);
        var run = Evaluate(directory, [.. pairs.Select(p => p.First)], warnings, extract, stderr, total) with { Label = $"the extractor against the first annotator, on the same {pairs.Count} texts" };
        EvalTableWriter.Write(run, stdout);
        if (run.Report.FailedDocuments > 0) stderr.WriteLine($"quote-extract eval: {run.Report.FailedDocuments} document(s) failed.");
        return run.Report.FailedDocuments > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    // The typer against types given by hand: each hand-typed gold attribution typed from its spans, a confusion table.
    private static int HandTypes(string directory, string fixture, string? errorsPath, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<HandTypedAttribution> rows;
        try
        {
            using var reader = File.OpenText(fixture);
            rows = HandTypedAttribution.Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"quote-extract eval: cannot read {fixture}: {e.Message}");
            return ExitCodes.Usage;
        }
        var confusion = TypeAgreement.Score(rows, name =>
        {
            var path = Path.Combine(directory, BratCorpus.TextFolder, name + ".txt");
            return File.Exists(path) ? File.ReadAllText(path, new UTF8Encoding(false)) : null;
        });
        TypeTableWriter.Write(confusion, fixture, stdout);
        if (errorsPath is not null)
        {
            try
            {
                using var file = new StreamWriter(errorsPath, append: false, new UTF8Encoding(false));
                TypeTableWriter.WriteDisagreements(confusion, name => File.ReadAllText(Path.Combine(directory, BratCorpus.TextFolder, name + ".txt")), file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"quote-extract eval: cannot write {errorsPath}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
        }
        if (confusion.Skipped > 0) stderr.WriteLine($"quote-extract eval: {confusion.Skipped} row(s) skipped: their text is not in {directory}.");
        return confusion.Skipped > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static EvalRun Evaluate(string directory, IReadOnlyList<GoldDocument> golds, IReadOnlyList<string> warnings,
        Func<string, ExtractionResult> extract, TextWriter stderr, Stopwatch total)
    {
        var scorer = QuoteScorer.Default;
        var extraction = new Stopwatch();
        long bytes = 0;
        var documents = new List<DocumentEvaluation>(golds.Count);
        foreach (var gold in golds)
        {
            bytes += Encoding.UTF8.GetByteCount(gold.Text);
            ExtractionResult? result = null;
            string? error = null;
            extraction.Start();
            try
            {
                result = extract(gold.Text);
            }
            catch (Exception e) // one bad document must not stop the evaluation
            {
                error = $"{e.GetType().Name}: {e.Message}";
                stderr.WriteLine($"quote-extract eval: extraction failed for {gold.Name}: {error}");
            }
            extraction.Stop();
            documents.Add(scorer.ScoreDocument(gold, result, error));
        }
        var report = scorer.Summarize(documents);
        var goldTypes = new Dictionary<GoldAttribution, AttributionType?>(ReferenceEqualityComparer.Instance);
        foreach (var gold in golds)
            foreach (var (attribution, type) in GoldTypes.InContext(gold)) goldTypes[attribution] = type;
        return new EvalRun(directory, report, extraction.Elapsed, total.Elapsed, bytes, warnings) { ByType = TypeRecall.Of(report, goldTypes) };
    }

    private static void ReportWarnings(IReadOnlyList<string> warnings, TextWriter stderr, bool withErrorsFile = true)
    {
        const int Shown = 5;
        if (warnings.Count == 0) return;
        stderr.WriteLine($"quote-extract eval: {warnings.Count} annotation warning(s) (malformed or unusable lines skipped):");
        foreach (var warning in warnings.Take(Shown)) stderr.WriteLine("  " + warning);
        if (warnings.Count > Shown) stderr.WriteLine($"  … {warnings.Count - Shown} more" + (withErrorsFile ? " (all are listed in the --errors file)" : ""));
    }

    private static bool WriteErrors(string path, EvalRun run, TextWriter stderr)
    {
        try
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            ErrorAnalysisWriter.Write(run, file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"quote-extract eval: cannot write {path}: {e.Message}");
            return false;
        }
    }
}
