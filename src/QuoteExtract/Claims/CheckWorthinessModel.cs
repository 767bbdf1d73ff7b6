using System.Globalization;
using System.Text;

namespace QuoteExtract.Claims;

/// <summary>
/// Scores how check-worthy a sentence is (0..1): how likely a fact-checker would pick it, learned from the
/// CLEF 2019 CheckThat! debate and speech transcripts. A logistic-regression model over
/// <see cref="CheckWorthinessFeatures"/> (dense features and signed hashed n-grams), trained with ML.NET by
/// tools/QuoteExtract.Training and evaluated here directly from its weights. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The score ranks sentences well (that is what it was tuned for); as a probability it reflects the training
/// data's rate of check-worthy sentences (about 3%), so compare scores rather than reading them as absolute.
/// </remarks>
internal sealed class CheckWorthinessModel
{
    /// <summary>The embedded resource holding the default model.</summary>
    public const string ResourceName = "QuoteExtract.Claims.checkworthiness-model.txt";

    /// <summary>The first line of a model file.</summary>
    public const string FormatHeader = "quoteextract-checkworthiness 2";

    private static readonly Lazy<CheckWorthinessModel?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights; // dense then hashed, as in the feature vector
    private readonly double _bias, _slope, _offset;

    /// <summary>Makes a model from its parts.</summary>
    /// <param name="settings">How the features are hashed.</param>
    /// <param name="weights">One weight per feature, <see cref="CheckWorthinessFeatureSettings.VectorLength"/> of them (copied).</param>
    /// <param name="bias">The linear model's bias.</param>
    /// <param name="slope">Calibration: probability = 1 / (1 + exp(slope * (w·x + bias) + offset)).</param>
    /// <param name="offset">Calibration offset.</param>
    public CheckWorthinessModel(CheckWorthinessFeatureSettings settings, ReadOnlySpan<float> weights, double bias, double slope, double offset)
    {
        if (settings.HashBits is < 8 or > 20) throw new ArgumentOutOfRangeException(nameof(settings), "HashBits must be 8..20.");
        if (weights.Length != settings.VectorLength)
            throw new ArgumentException($"Expected {settings.VectorLength} weights, got {weights.Length}.", nameof(weights));
        Settings = settings;
        _weights = weights.ToArray();
        _bias = bias;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>The model embedded in the library, loaded once on first use; null when the library carries none.</summary>
    public static CheckWorthinessModel? Default => s_default.Value;

    /// <summary>How many score quantiles the training tool stores (0th to 100th percentile in steps of 0.1).</summary>
    public const int QuantileCount = 1001;

    private static readonly Lazy<double[]> s_quantiles = new(LoadQuantiles, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Where <paramref name="score"/> (from <see cref="Score(string)"/>) ranks among the sentences the model was trained on,
    /// 0..1: 0.9 means more worth checking than 90% of the sentences of the debates and speeches it learned from.
    /// </summary>
    public static double Percentile(double score)
    {
        var q = s_quantiles.Value;
        if (q.Length == 0) return score;
        // How many quantiles are at most the score (they ascend): halving steps that choose without a jump, where a
        // mispredicted branch a step cost more than the comparisons.
        int at = 0;
        for (int n = q.Length; n > 1; n -= n >> 1)
            at = q[at + (n >> 1)] <= score ? at + (n >> 1) : at;
        return (double)(at + (q[at] <= score ? 1 : 0)) / q.Length;
    }

    private static double[] LoadQuantiles()
    {
        using var stream = typeof(CheckWorthinessModel).Assembly.GetManifestResourceStream("QuoteExtract.Claims.checkworthiness-quantiles.txt");
        if (stream is null) return [];
        using var reader = new StreamReader(stream);
        var values = new List<double>(QuantileCount);
        while (reader.ReadLine() is { } line)
            if (double.TryParse(line, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)) values.Add(v);
        return [.. values];
    }

    /// <summary>How this model's features are hashed.</summary>
    public CheckWorthinessFeatureSettings Settings { get; }

    /// <summary>The check-worthiness of <paramref name="sentence"/> read alone (no sentence before it, a turn of one): 0 (not worth checking) .. 1.</summary>
    public double Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Calibrate(RawScore(sentence));
    }

    /// <summary>The check-worthiness of <paramref name="sentence"/> (copies it to a string to tokenize it).</summary>
    public double Score(ReadOnlySpan<char> sentence) => Score(sentence.ToString());

    /// <summary>The uncalibrated linear score (w·x + bias) of a sentence read alone; ranks as <see cref="Score(string)"/> does.</summary>
    public double RawScore(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var doc = CheckWorthinessFeatures.Sentence(sentence);
        return RawScore(doc, 0, doc.Tokens.Length, CheckWorthinessContext.Alone);
    }

    /// <summary>
    /// The uncalibrated score of the sentence made of tokens <paramref name="start"/> to <paramref name="end"/> (exclusive) of
    /// <paramref name="document"/>, standing in <paramref name="context"/>.
    /// </summary>
    internal double RawScore(Text.Document document, int start, int end, in CheckWorthinessContext context)
    {
        var dot = new DotProduct(_weights);
        CheckWorthinessFeatures.Compute(document, start, end, context, Settings, ref dot);
        return dot.Sum + _bias;
    }

    /// <summary>As <see cref="RawScore(Text.Document, int, int, in CheckWorthinessContext)"/>, calibrated to 0..1.</summary>
    internal double Score(Text.Document document, int start, int end, in CheckWorthinessContext context) =>
        Calibrate(RawScore(document, start, end, context));

    /// <summary>
    /// The check-worthiness (0..1) of every sentence of a transcript, each read in its context: the line before and the
    /// speaker's turn (a run of lines by one speaker).
    /// </summary>
    public double[] ScoreTranscript(IReadOnlyList<string> speakers, IReadOnlyList<string> sentences)
    {
        var (docs, contexts) = CheckWorthinessTranscript.Read(speakers, sentences);
        var scores = new double[docs.Length];
        for (int i = 0; i < docs.Length; i++) scores[i] = Score(docs[i], 0, docs[i].Tokens.Length, contexts[i]);
        return scores;
    }

    private double Calibrate(double raw) => 1.0 / (1.0 + Math.Exp(_slope * raw + _offset));

    private ref struct DotProduct(float[] weights) : ICheckWorthinessFeatureSink
    {
        private readonly float[] _weights = weights;
        public double Sum;
        public void Add(int index, float value) => Sum += (double)_weights[index] * value;
    }

    /// <summary>Writes the model in the text format <see cref="Read"/> takes (zero hashed weights are left out).</summary>
    public static void Write(TextWriter writer, CheckWorthinessFeatureSettings settings, ReadOnlySpan<float> weights,
        double bias, double slope, double offset)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (weights.Length != settings.VectorLength)
            throw new ArgumentException($"Expected {settings.VectorLength} weights, got {weights.Length}.", nameof(weights));
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(FormatHeader);
        writer.WriteLine(string.Create(inv, $"hash-bits\t{settings.HashBits}"));
        writer.WriteLine(string.Create(inv, $"bigrams\t{(settings.Bigrams ? 1 : 0)}"));
        writer.WriteLine(string.Create(inv, $"dense\t{(settings.Dense ? 1 : 0)}"));
        writer.WriteLine(string.Create(inv, $"context\t{(settings.Context ? 1 : 0)}"));
        writer.WriteLine(string.Create(inv, $"ngrams\t{(settings.Ngrams ? 1 : 0)}"));
        writer.WriteLine(string.Create(inv, $"char-ngrams\t{(settings.CharNgrams ? 1 : 0)}"));
        writer.WriteLine(string.Create(inv, $"calibration\t{bias:R}\t{slope:R}\t{offset:R}"));
        int dense = CheckWorthinessFeatures.DenseCount;
        for (int i = 0; i < dense; i++)
            writer.WriteLine(string.Create(inv, $"d\t{CheckWorthinessFeatures.DenseNames[i]}\t{weights[i]:R}"));
        for (int i = dense; i < weights.Length; i++)
            if (weights[i] != 0f) writer.WriteLine(string.Create(inv, $"h\t{i - dense}\t{weights[i]:R}"));
    }

    /// <summary>Reads a model file written by <see cref="Write"/>.</summary>
    /// <exception cref="FormatException">The file is not a check-worthiness model, or its dense features differ from this library's.</exception>
    public static CheckWorthinessModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var inv = CultureInfo.InvariantCulture;
        if (reader.ReadLine() != FormatHeader) throw new FormatException("not a check-worthiness model file");
        int hashBits = int.Parse(Value(reader, "hash-bits")[0], inv);
        bool bigrams = Value(reader, "bigrams")[0] == "1";
        bool useDense = Value(reader, "dense")[0] == "1";
        bool context = Value(reader, "context")[0] == "1";
        bool ngrams = Value(reader, "ngrams")[0] == "1";
        bool charNgrams = Value(reader, "char-ngrams")[0] == "1";
        var cal = Value(reader, "calibration");
        if (cal.Length != 3) throw new FormatException("calibration needs bias, slope and offset");
        var settings = new CheckWorthinessFeatureSettings(hashBits, bigrams, useDense, context, ngrams, charNgrams);
        if (hashBits is < 8 or > 20) throw new FormatException("hash-bits must be 8..20");
        var weights = new float[settings.VectorLength];
        int dense = CheckWorthinessFeatures.DenseCount, denseSeen = 0;
        // (Fields cut as spans: the embedded model's 16,000 lines are read at the first claim of every process.)
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.Length == 0) continue;
            var rest = line.AsSpan();
            int first = rest.IndexOf('\t');
            int second = first < 0 ? -1 : rest[(first + 1)..].IndexOf('\t');
            // Three fields exactly: a kind, a name or bucket, a weight.
            if (second < 0 || rest[(first + 1 + second + 1)..].Contains('\t')) throw new FormatException($"unexpected line: {Truncate(line)}");
            var kind = rest[..first];
            var key = rest.Slice(first + 1, second);
            var w = rest[(first + 1 + second + 1)..];
            if (kind is "d")
            {
                if (denseSeen >= dense || !key.SequenceEqual(CheckWorthinessFeatures.DenseNames[denseSeen]))
                    throw new FormatException($"the model was trained with other named features than this library computes (at '{key}')");
                weights[denseSeen++] = float.Parse(w, NumberStyles.Float, inv);
            }
            else if (kind is "h")
            {
                int b = int.Parse(key, NumberStyles.None, inv);
                if (b >= weights.Length - dense) throw new FormatException($"hash bucket {b} out of range");
                weights[dense + b] = float.Parse(w, NumberStyles.Float, inv);
            }
            else throw new FormatException($"unexpected line: {Truncate(line)}");
        }
        if (denseSeen != dense) throw new FormatException($"the model has {denseSeen} dense features, this library computes {dense}");
        return new CheckWorthinessModel(settings, weights,
            double.Parse(cal[0], NumberStyles.Float, inv), double.Parse(cal[1], NumberStyles.Float, inv), double.Parse(cal[2], NumberStyles.Float, inv));
    }

    private static string[] Value(TextReader reader, string key)
    {
        var line = reader.ReadLine() ?? throw new FormatException($"missing {key}");
        var parts = line.Split('\t');
        if (parts.Length < 2 || parts[0] != key) throw new FormatException($"expected {key}, got: {Truncate(line)}");
        return parts[1..];
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "…";

    private static CheckWorthinessModel? LoadDefault()
    {
        using var stream = typeof(CheckWorthinessModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }
}
