using QuoteExtract.Attribution;
using QuoteExtract.Text;

namespace QuoteExtract.Model;

/// <summary>
/// Decides on the quotes the rules propose: the probability (0..1) that a candidate is a real
/// attribution with the right content. The rule stages keep candidates scored at or above
/// <see cref="AcceptThreshold"/> and use the score as the quote's confidence.
/// Implementations are shared across threads and must be stateless.
/// </summary>
public interface IAttributionScorer
{
    /// <summary>Scores at or above this are kept.</summary>
    double AcceptThreshold { get; }

    /// <summary>The probability that <paramref name="candidate"/> is a correct attribution in <paramref name="document"/>.</summary>
    double Score(Document document, QuoteAttribution candidate);

    /// <summary>
    /// The confidence a kept quote's score stands for (how often quotes with that score are right, speaker and cue
    /// included); the result records carry it. The score itself is what <see cref="AcceptThreshold"/> applies to.
    /// </summary>
    double Calibrate(double score) => score;

    /// <summary>
    /// Reads a model file written by the training tool (<c>quote-extract-training model</c>), for
    /// <see cref="QuoteExtractorBuilder.UseScorer"/>: a model trained on your own annotations.
    /// </summary>
    /// <exception cref="FormatException">The text is not a model file.</exception>
    static IAttributionScorer ReadModel(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return AttributionModel.Read(reader);
    }
}
