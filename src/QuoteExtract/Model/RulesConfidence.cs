namespace QuoteExtract.Model;

/// <summary>
/// The confidence map of the rules alone (<c>--rules-only</c>): each rule's fixed confidence mapped to how often the
/// rules' quotes with it were right on the training split, speaker and cue included. Fitted by the training tool
/// beside the attribution model; loaded once, on first use; the default of <see cref="ExtractorOptions.RulesConfidence"/>.
/// </summary>
internal static class RulesConfidence
{
    /// <summary>The embedded resource holding the map (one line of knots).</summary>
    public const string ResourceName = "QuoteExtract.Model.rules-confidence-map.txt";

    private static readonly Lazy<ConfidenceCalibration?> s_map = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded map, or null when the library carries none.</summary>
    public static ConfidenceCalibration? Map => s_map.Value;

    private static ConfidenceCalibration? Load()
    {
        using var stream = typeof(RulesConfidence).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return ConfidenceCalibration.Parse(reader.ReadToEnd().Trim());
    }
}
