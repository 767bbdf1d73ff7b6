namespace QuoteExtract.Evaluation;

/// <summary>A gold attribution paired with the prediction that found it.</summary>
/// <param name="Gold">The gold attribution.</param>
/// <param name="Prediction">The prediction matched to it.</param>
/// <param name="Coverage">Share of the gold content's non-whitespace characters inside the prediction's content, 0..1.</param>
/// <param name="SpeakerAgrees">Whether the predicted speaker mention overlaps a gold source span; null when the gold has no source.</param>
/// <param name="CueAgrees">Whether the predicted cue overlaps a gold cue span; null when the gold has no cue.</param>
public sealed record AttributionMatch(
    GoldAttribution Gold,
    PredictedAttribution Prediction,
    double Coverage,
    bool? SpeakerAgrees,
    bool? CueAgrees)
{
    /// <summary>Whether the whole attribution is right: speaker and cue agree wherever the gold names them.</summary>
    public bool IsWhole => SpeakerAgrees != false && CueAgrees != false;
}
