using QuoteExtract.Attribution;
using QuoteExtract.Text;

namespace QuoteExtract.Model;

/// <summary>
/// The trained attribution model: a boosted-tree classifier over <see cref="AttributionFeatures"/>
/// that accepts or rejects each candidate the rules propose and gives its calibrated confidence.
/// </summary>
internal sealed class AttributionModel : IAttributionScorer
{
    /// <summary>The embedded resource holding the default model.</summary>
    public const string ResourceName = "QuoteExtract.Model.attribution-model.txt";

    private static readonly Lazy<(AttributionModel? Model, string? Error)> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly TreeEnsemble _ensemble;

    /// <summary>Wraps a trained ensemble; <paramref name="calibration"/> maps its scores to confidences (none: the score is the confidence).</summary>
    public AttributionModel(TreeEnsemble ensemble, double acceptThreshold, ConfidenceCalibration? calibration = null)
    {
        _ensemble = ensemble ?? throw new ArgumentNullException(nameof(ensemble));
        if (ensemble.FeatureNames.Count != AttributionFeatures.Count || !ensemble.FeatureNames.SequenceEqual(AttributionFeatures.Names))
            throw new ArgumentException("The model was trained with other features than this library computes.", nameof(ensemble));
        AcceptThreshold = acceptThreshold;
        Calibration = calibration;
    }

    /// <summary>The map from scores to confidences fitted with the model, or null.</summary>
    public ConfidenceCalibration? Calibration { get; }

    /// <inheritdoc />
    public double Calibrate(double score) => Calibration?.Apply(score) ?? score;

    /// <summary>The model embedded in the library, loaded once on first use; null when the library carries none (or one for other features).</summary>
    public static AttributionModel? Default => s_default.Value.Model;

    /// <summary>Why the embedded model did not load (missing, or trained for other features), or null when it did.</summary>
    internal static string? DefaultLoadError => s_default.Value.Error;

    /// <inheritdoc />
    public double AcceptThreshold { get; }

    /// <inheritdoc />
    public double Score(Document document, QuoteAttribution candidate)
    {
        Span<float> features = stackalloc float[AttributionFeatures.Count];
        AttributionFeatures.Compute(document, candidate, features);
        return _ensemble.Probability(features);
    }

    /// <summary>Reads a model file: a threshold line, an optional confidence-map line, then the ensemble.</summary>
    public static AttributionModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = reader.ReadLine() ?? throw new FormatException("empty model");
        var parts = first.Split('\t');
        if (parts.Length != 2 || parts[0] != "accept-threshold") throw new FormatException("no accept-threshold line");
        double threshold = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        // An optional confidence-map line; without it the ensemble's own first line follows (read back in front of it).
        var second = reader.ReadLine() ?? throw new FormatException("no tree ensemble");
        ConfidenceCalibration? calibration = null;
        var ensemble = reader;
        if (second.StartsWith(CalibrationKey + "\t", StringComparison.Ordinal))
            calibration = ConfidenceCalibration.Parse(second[(CalibrationKey.Length + 1)..]);
        else
            ensemble = new StringReader(second + "\n" + reader.ReadToEnd());
        return new AttributionModel(TreeEnsemble.Read(ensemble), threshold, calibration);
    }

    /// <summary>The key of the model file's optional confidence-map line (<c>confidence-map&lt;TAB&gt;knots</c>).</summary>
    public const string CalibrationKey = "confidence-map";

    private static (AttributionModel?, string?) LoadDefault()
    {
        using var stream = typeof(AttributionModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return (null, $"the resource {ResourceName} is not in the assembly");
        using var reader = new StreamReader(stream);
        // A model trained for other features (mid-retraining, when the features change) is no model: the rules still
        // run, and asking for the model (UseModel) fails with this reason. The test suite requires the embedded one to load.
        try { return (Read(reader), null); }
        catch (ArgumentException e) { return (null, e.Message); }
    }
}
