using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using QuoteExtract.Claims;
using QuoteExtract.Evaluation;
using QuoteExtract.Text;

namespace QuoteExtract.Training.CheckWorthiness;

/// <summary>
/// Trains the check-worthiness model on the CLEF 2019 CheckThat! task 1 transcripts and says honestly how well it ranks
/// a debate it has never seen: nested leave-one-transcript-out cross-validation. For each held-out transcript (outer
/// fold) the variant — features and regularisation — is chosen by cross-validation on the other transcripts only
/// (inner folds), trained on them, and scored on the held-out one; only those outer scores are reported, with their
/// spread. The n-gram baseline (<see cref="NgramBaseline"/>) goes through the same procedure beside it. The shipped
/// model is the variant the same selection picks on all transcripts, trained on all of them, exported as weights the
/// library evaluates directly (checked against ML.NET's own predictions). ML.NET L-BFGS logistic regression,
/// deterministic: fixed seed, one thread a training (outer folds may run in parallel).
/// </summary>
internal static class CheckWorthinessTrainer
{
    /// <summary>A configuration of our model: how features are made and how strongly the weights are regularised.</summary>
    internal sealed record Variant(string Name, CheckWorthinessFeatureSettings Settings, float L2);

    /// <summary>The variants the inner folds choose among.</summary>
    internal static readonly Variant[] Variants =
    [
        new("named + context, L2 1", new(8, false, true, Context: true, Ngrams: false), 1f),
        new("named + context, L2 4", new(8, false, true, Context: true, Ngrams: false), 4f),
        new("named only, L2 1", new(8, false, true, Context: false, Ngrams: false), 1f),
        new("named + context + unigrams 2^14, L2 20", new(14, false, true, Context: true), 20f),
        new("named + context + unigrams 2^14, L2 40", new(14, false, true, Context: true), 40f),
        new("named + context + unigrams 2^14, L2 80", new(14, false, true, Context: true), 80f),
        new("named + context + uni+bigrams 2^14, L2 20", new(14, true, true, Context: true), 20f),
        new("named + context + uni+bigrams 2^14, L2 40", new(14, true, true, Context: true), 40f),
        new("named + context + uni+bigrams 2^14, L2 80", new(14, true, true, Context: true), 80f),
        new("named + uni+bigrams 2^14, L2 40", new(14, true, true, Context: false), 40f),
        new("named + context + char 3-5-grams 2^16, L2 40", new(16, false, true, Context: true, Ngrams: false, CharNgrams: true), 40f),
        new("named + context + unigrams + char 3-5-grams 2^16, L2 40", new(16, false, true, Context: true, CharNgrams: true), 40f),
        new("named + context + unigrams + char 3-5-grams 2^16, L2 100", new(16, false, true, Context: true, CharNgrams: true), 100f),
    ];

    /// <summary>The baseline's regularisation, chosen the same way.</summary>
    internal static readonly float[] BaselineL2 = [0.0625f, 0.25f, 1f, 4f, 16f];

    internal sealed record Transcript(string Name, int[] LineNumbers, string[] Speakers, string[] Texts, bool[] Labels);

    // A candidate: a featurization of every sentence (vectors[transcript][sentence]) and a regularisation.
    private sealed record Candidate(string Name, int Length, SparseVector[][] Vectors, float L2);

    internal readonly record struct Ranking(double Ap, double RPrecision, double P5, double P10, double P20);

    private sealed record OuterFold(string Transcript, string Chosen, double InnerMap, Ranking Score);

    private sealed class Example
    {
        public bool Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }

    /// <summary>Runs the nested cross-validation (ours and the baseline), then trains and writes the shipped model.</summary>
    /// <param name="innerFolds">0: leave one transcript out inside too; k: k inner folds of whole transcripts.</param>
    /// <param name="threads">Outer folds run at once.</param>
    /// <param name="only">Only variants whose name contains this (a quicker look; not how the shipped model is chosen).</param>
    /// <param name="embeddings">A file of sentence embeddings (transcript, line, vector) to try as features besides ours: the
    /// nested cross-validation then runs with and without them, and says whether they help. The shipped model never uses them.</param>
    public static int Run(string trainDir, string outFile, int innerFolds, int threads, string? only, bool skipBaseline, string? embeddings = null)
    {
        var clock = Stopwatch.StartNew();
        var transcripts = ReadTranscripts(trainDir);
        int lines = transcripts.Sum(t => t.Texts.Length), positives = transcripts.Sum(t => t.Labels.Count(l => l));
        Console.WriteLine($"{transcripts.Count} transcripts, {lines} sentences, {positives} check-worthy ({trainDir})");
        var variants = only is null ? Variants : [.. Variants.Where(v => v.Name.Contains(only, StringComparison.OrdinalIgnoreCase))];
        if (variants.Length == 0) { Console.Error.WriteLine($"no variant matches '{only}'"); return 2; }

        // Every sentence read once: its document (tokens, word classes) and its context in the transcript.
        var prepared = transcripts.Select(Prepare).ToArray();
        var bySettings = new Dictionary<CheckWorthinessFeatureSettings, SparseVector[][]>();
        var ours = variants.Select(v =>
        {
            if (!bySettings.TryGetValue(v.Settings, out var vectors))
                bySettings[v.Settings] = vectors = [.. prepared.Select(p => Featurize(p, v.Settings))];
            return new Candidate(v.Name, v.Settings.VectorLength, vectors, v.L2);
        }).ToArray();
        Console.WriteLine($"features made in {clock.Elapsed.TotalSeconds:0.0} s");

        string inner = innerFolds == 0 ? "leave one transcript out" : $"{innerFolds} folds of whole transcripts";
        Console.WriteLine($"nested cross-validation: outer leave one transcript out ({transcripts.Count} folds), inner {inner} on the other transcripts");
        var oursFolds = Nested(transcripts, ours, innerFolds, threads);
        Report("ours", oursFolds, transcripts);
        if (embeddings is not null)
        {
            // The same candidates with the sentence's embedding appended, chosen among together with the plain ones.
            var vectors = ReadEmbeddings(embeddings, transcripts);
            var withEmbeddings = ours.Concat(ours.Select(c => c with
            {
                Name = c.Name + " + embedding",
                Length = c.Length + vectors[0][0].Length,
                Vectors = [.. c.Vectors.Select((t, ti) => t.Select((v, si) => Append(v, c.Length, vectors[ti][si])).ToArray())],
            })).ToArray();
            var embeddedFolds = Nested(transcripts, withEmbeddings, innerFolds, threads);
            Report("ours, embeddings allowed", embeddedFolds, transcripts);
            Console.WriteLine($"  outer AP, with embeddings allowed minus without: better in {embeddedFolds.Zip(oursFolds).Count(p => p.First.Score.Ap > p.Second.Score.Ap)}, " +
                $"worse in {embeddedFolds.Zip(oursFolds).Count(p => p.First.Score.Ap < p.Second.Score.Ap)} of {transcripts.Count}");
        }
        if (!skipBaseline)
        {
            var baselineVectors = transcripts.Select(t => t.Texts.Select(NgramBaseline.Features).ToArray()).ToArray();
            var baseline = BaselineL2.Select(l2 => new Candidate($"word+char n-grams, L2 {l2.ToString(CultureInfo.InvariantCulture)}", NgramBaseline.Length, baselineVectors, l2)).ToArray();
            var baselineFolds = Nested(transcripts, baseline, innerFolds, threads);
            Report("baseline", baselineFolds, transcripts);
            Console.WriteLine($"  outer AP, ours minus baseline, fold by fold: better in {oursFolds.Zip(baselineFolds).Count(p => p.First.Score.Ap > p.Second.Score.Ap)} of {transcripts.Count}");
        }

        // The shipped model: the same selection on all transcripts (its score is the selection's, optimistic: not reported
        // as the estimate), trained on all.
        Console.WriteLine($"selection on all {transcripts.Count} transcripts ({inner}), each variant's MAP (the view the selection has; not an estimate):");
        var (best, selectionMap) = Select(transcripts, ours, Enumerable.Range(0, transcripts.Count).ToArray(), innerFolds,
            (c, map) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Name,-48} {map:0.0000}")));
        var chosen = variants.Single(v => v.Name == best.Name);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"selection on all {transcripts.Count} transcripts: {chosen.Name} (its cross-validated MAP {selectionMap:0.0000}, optimistic: chosen on the same folds)"));
        var text = TrainAndExport(transcripts, prepared, best, chosen.Settings);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        File.WriteAllText(outFile, text);
        Console.WriteLine($"model -> {outFile} ({new FileInfo(outFile).Length / 1024} KiB)");

        // The library reports check-worthiness as a percentile among these sentences (0.9: more worth checking than 90% of
        // what politicians say in debates), so it keeps the scores' quantiles: numbers, no text. Each sentence's score is
        // the one a model trained without its transcript gives it (the shipped model has seen every training sentence, and
        // its own scores of them would crowd the top of the scale with sentences it learned).
        var scores = OutOfFoldScores(transcripts, best).Order().ToArray();
        var quantiles = Enumerable.Range(0, CheckWorthinessModel.QuantileCount)
            .Select(q => scores[(int)((long)q * (scores.Length - 1) / (CheckWorthinessModel.QuantileCount - 1))].ToString("R", CultureInfo.InvariantCulture));
        var quantileFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outFile))!, "checkworthiness-quantiles.txt");
        File.WriteAllText(quantileFile, string.Join('\n', quantiles) + "\n");
        Console.WriteLine($"score quantiles over {scores.Length} training sentences -> {quantileFile}");
        Console.WriteLine($"done in {clock.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    // The chosen candidate's calibrated score of every sentence, each by a model trained on the other transcripts.
    private static List<double> OutOfFoldScores(List<Transcript> transcripts, Candidate best)
    {
        var ml = new MLContext(seed: 1);
        var scores = new List<double>();
        for (int i = 0; i < transcripts.Count; i++)
        {
            int[] others = [.. Enumerable.Range(0, transcripts.Count).Where(j => j != i)];
            var (w, b, slope, offset) = Train(ml, best.Length, best.L2, Examples(transcripts, best.Vectors, others, best.Length), out _);
            foreach (var v in best.Vectors[i]) scores.Add(1.0 / (1.0 + Math.Exp(slope * v.Dot(w, b) + offset)));
        }
        return scores;
    }

    internal static List<Transcript> ReadTranscripts(string dir)
    {
        var list = new List<Transcript>();
        foreach (var file in Directory.GetFiles(dir, "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lines = new List<CheckWorthinessLine>();
            foreach (var line in File.ReadLines(file))
                if (CheckWorthinessLine.TryParse(line, out var parsed) && parsed!.Label is not null) lines.Add(parsed);
            list.Add(new Transcript(Path.GetFileNameWithoutExtension(file), [.. lines.Select(l => l.LineNumber)], [.. lines.Select(l => l.Speaker)], [.. lines.Select(l => l.Text)],
                [.. lines.Select(l => l.Label == 1)]));
        }
        return list;
    }

    // The embeddings file: TRANSCRIPT<TAB>LINE<TAB>v1 v2 ..., one line per sentence, in the transcripts' order (each line's
    // transcript and line number must be the sentence's own: a file made from other lines would misalign silently).
    private static float[][][] ReadEmbeddings(string file, List<Transcript> transcripts)
    {
        var byTranscript = File.ReadLines(file).Select(l => l.Split('\t')).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.ToArray());
        return [.. transcripts.Select(t =>
        {
            if (!byTranscript.TryGetValue(t.Name, out var rows) || rows.Length != t.Texts.Length
                || !rows.Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).SequenceEqual(t.LineNumbers))
                throw new InvalidDataException($"{file}: the embeddings of {t.Name} are not one a line, in order");
            return rows.Select(r => r[2].Split(' ').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        })];
    }

    private static SparseVector Append(SparseVector v, int offset, float[] dense) =>
        new([.. v.Indices, .. Enumerable.Range(offset, dense.Length)], [.. v.Values, .. dense]);

    internal sealed record Prepared(Document[] Documents, CheckWorthinessContext[] Contexts);

    internal static Prepared Prepare(Transcript t)
    {
        var (docs, contexts) = CheckWorthinessTranscript.Read(t.Speakers, t.Texts);
        return new Prepared(docs, contexts);
    }

    private static SparseVector[] Featurize(Prepared p, CheckWorthinessFeatureSettings settings) =>
        [.. p.Documents.Select((d, i) =>
        {
            var b = new SparseVector.Builder();
            CheckWorthinessFeatures.Compute(d, 0, d.Tokens.Length, p.Contexts[i], settings, ref b);
            return b.Build();
        })];

    // For each transcript held out: choose a candidate on the others, train it on them, rank the held-out transcript.
    private static OuterFold[] Nested(List<Transcript> transcripts, Candidate[] candidates, int innerFolds, int threads)
    {
        var folds = new OuterFold[transcripts.Count];
        Parallel.For(0, transcripts.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var others = Enumerable.Range(0, transcripts.Count).Where(j => j != i).ToArray();
            var (best, innerMap) = Select(transcripts, candidates, others, innerFolds);
            var (w, b) = Fit(new MLContext(seed: 1), transcripts, best, others);
            folds[i] = new OuterFold(transcripts[i].Name, best.Name, innerMap, Measure(best.Vectors[i], transcripts[i].Labels, w, b));
        });
        return folds;
    }

    // The candidate with the best cross-validated MAP over the given transcripts (ties: the first listed).
    private static (Candidate Best, double Map) Select(List<Transcript> transcripts, Candidate[] candidates, int[] pool, int innerFolds,
        Action<Candidate, double>? each = null)
    {
        var ml = new MLContext(seed: 1);
        int k = innerFolds == 0 ? pool.Length : Math.Min(innerFolds, pool.Length);
        Candidate? best = null;
        double bestMap = double.NegativeInfinity;
        foreach (var c in candidates)
        {
            double sum = 0;
            int held = 0;
            for (int f = 0; f < k; f++)
            {
                var test = pool.Where((_, n) => n % k == f).ToArray();
                var train = pool.Where((_, n) => n % k != f).ToArray();
                var (w, b) = Fit(ml, transcripts, c, train);
                foreach (int t in test) { sum += Measure(c.Vectors[t], transcripts[t].Labels, w, b).Ap; held++; }
            }
            double map = sum / held;
            each?.Invoke(c, map);
            if (map > bestMap) { bestMap = map; best = c; }
        }
        return (best!, bestMap);
    }

    internal static Ranking Measure(SparseVector[] sentences, bool[] labels, float[] w, double b)
    {
        var scores = sentences.Select(s => s.Dot(w, b)).ToArray();
        var ranked = CheckWorthinessRanking.Rank(scores, labels);
        return new Ranking(CheckWorthinessRanking.AveragePrecision(ranked), CheckWorthinessRanking.RPrecision(ranked),
            CheckWorthinessRanking.PrecisionAt(ranked, 5), CheckWorthinessRanking.PrecisionAt(ranked, 10), CheckWorthinessRanking.PrecisionAt(ranked, 20));
    }

    private static void Report(string what, OuterFold[] folds, List<Transcript> transcripts)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{what}: outer folds (each transcript ranked by a model chosen and trained without it)");
        Console.WriteLine($"  {"held out",-28} {"AP",6} {"P@10",6}  chosen (inner MAP)");
        foreach (var f in folds)
            Console.WriteLine(string.Create(inv, $"  {f.Transcript,-28} {f.Score.Ap,6:0.0000} {f.Score.P10,6:0.00}  {f.Chosen} ({f.InnerMap:0.0000})"));
        var ap = folds.Select(f => f.Score.Ap).ToArray();
        double mean = ap.Average(), sd = Math.Sqrt(ap.Sum(a => (a - mean) * (a - mean)) / (ap.Length - 1));
        Console.WriteLine(string.Create(inv,
            $"{what}: nested MAP {mean:0.0000} (sd {sd:0.0000} across {ap.Length} outer folds, min {ap.Min():0.0000}, max {ap.Max():0.0000}), " +
            $"R-P {folds.Average(f => f.Score.RPrecision):0.0000}, P@5 {folds.Average(f => f.Score.P5):0.0000}, " +
            $"P@10 {folds.Average(f => f.Score.P10):0.0000}, P@20 {folds.Average(f => f.Score.P20):0.0000}"));
        foreach (var g in folds.GroupBy(f => f.Chosen).OrderByDescending(g => g.Count()))
            Console.WriteLine($"  chosen in {g.Count()} of {folds.Length} outer folds: {g.Key}");
    }

    // Logistic regression on the sentences of the given transcripts: the weights and bias (raw scores rank as probabilities do).
    private static (float[] Weights, double Bias) Fit(MLContext ml, List<Transcript> transcripts, Candidate c, int[] which)
    {
        var (w, b, _, _) = Train(ml, c.Length, c.L2, Examples(transcripts, c.Vectors, which, c.Length), out _);
        return (w, b);
    }

    private static List<Example> Examples(List<Transcript> transcripts, SparseVector[][] vectors, int[] which, int length)
    {
        var list = new List<Example>();
        foreach (int t in which)
            for (int s = 0; s < vectors[t].Length; s++)
                list.Add(new Example { Label = transcripts[t].Labels[s], Features = new VBuffer<float>(length, vectors[t][s].Values.Length, vectors[t][s].Values, vectors[t][s].Indices) });
        return list;
    }

    private static (float[] Weights, double Bias, double Slope, double Offset) Train(MLContext ml, int length, float l2, List<Example> examples,
        out ITransformer transformer)
    {
        var schema = SchemaDefinition.Create(typeof(Example));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = l2,
            L1Regularization = 0f, // (ML.NET's default is 1, which zeroes most weights)
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        var fitted = trainer.Fit(data);
        transformer = fitted;
        var linear = fitted.Model.SubModel;
        var platt = (PlattCalibrator)fitted.Model.Calibrator;
        var weights = new float[length];
        int k = 0;
        foreach (var w in linear.Weights) weights[k++] = w;
        return (weights, linear.Bias, platt.Slope, platt.Offset);
    }

    // Trains the chosen variant on every transcript and exports it in the library's model format, checked against ML.NET.
    private static string TrainAndExport(List<Transcript> transcripts, Prepared[] prepared, Candidate best, CheckWorthinessFeatureSettings settings)
    {
        var ml = new MLContext(seed: 1);
        var all = Enumerable.Range(0, transcripts.Count).ToArray();
        var examples = Examples(transcripts, best.Vectors, all, best.Length);
        var (weights, bias, slope, offset) = Train(ml, best.Length, best.L2, examples, out var transformer);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        CheckWorthinessModel.Write(writer, settings, weights, bias, slope, offset);
        var exported = writer.ToString();

        // The exported weights, read by the library from each sentence's own tokens and context, must give what ML.NET gives.
        var ours = CheckWorthinessModel.Read(new StringReader(exported));
        var schema = SchemaDefinition.Create(typeof(Example));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, best.Length);
        var engine = ml.Model.CreatePredictionEngine<Example, Prediction>(transformer, inputSchemaDefinition: schema);
        double worst = 0;
        int n = 0;
        for (int t = 0; t < transcripts.Count && n < 3000; t++)
            for (int s = 0; s < prepared[t].Documents.Length && n < 3000; s++, n++)
            {
                var d = prepared[t].Documents[s];
                worst = Math.Max(worst, Math.Abs(engine.Predict(examples[n]).Probability - ours.Score(d, 0, d.Tokens.Length, prepared[t].Contexts[s])));
            }
        if (worst > 1e-4) throw new InvalidOperationException($"exported model disagrees with ML.NET by {worst}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained on {examples.Count} sentences; {weights.Count(w => w != 0)} non-zero weights; export matches ML.NET within {worst:E1} on {n} sentences"));
        return exported;
    }
}
