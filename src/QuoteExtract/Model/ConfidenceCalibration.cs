using System.Globalization;

namespace QuoteExtract.Model;

/// <summary>
/// Maps the attribution model's score to a confidence that matches how often such quotes are right: a
/// non-decreasing piecewise-linear map through knots fitted by isotonic regression on held-out predictions.
/// The classifier's own probability answers a stricter question (its training label) about every candidate;
/// the quotes that survive the pipeline are right more often than that, so their score alone understates them.
/// </summary>
internal sealed class ConfidenceCalibration
{
    private readonly double[] _scores;
    private readonly double[] _confidences;

    /// <summary>A map through the knots (<paramref name="scores"/>[i], <paramref name="confidences"/>[i]).</summary>
    /// <exception cref="ArgumentException">No knots, lengths differ, scores not increasing, or confidences not non-decreasing within 0..1.</exception>
    public ConfidenceCalibration(IReadOnlyList<double> scores, IReadOnlyList<double> confidences)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(confidences);
        if (scores.Count == 0 || scores.Count != confidences.Count) throw new ArgumentException("A calibration needs as many confidences as scores, and at least one.");
        for (int i = 0; i < scores.Count; i++)
        {
            if (!double.IsFinite(scores[i]) || confidences[i] is < 0 or > 1 or double.NaN) throw new ArgumentException("Knots must be finite, confidences within 0..1.");
            if (i > 0 && (scores[i] <= scores[i - 1] || confidences[i] < confidences[i - 1]))
                throw new ArgumentException("Scores must increase and confidences must not decrease.");
        }
        _scores = [.. scores];
        _confidences = [.. confidences];
    }

    /// <summary>The knots' scores, increasing.</summary>
    public IReadOnlyList<double> Scores => Array.AsReadOnly(_scores);

    /// <summary>The knots' confidences, non-decreasing.</summary>
    public IReadOnlyList<double> Confidences => Array.AsReadOnly(_confidences);

    /// <summary>The confidence for <paramref name="score"/>: linear between knots, flat beyond the first and last.</summary>
    public double Apply(double score)
    {
        if (double.IsNaN(score)) return _confidences[0];
        int hi = Array.BinarySearch(_scores, score);
        if (hi >= 0) return _confidences[hi];
        hi = ~hi;
        if (hi == 0) return _confidences[0];
        if (hi == _scores.Length) return _confidences[^1];
        double t = (score - _scores[hi - 1]) / (_scores[hi] - _scores[hi - 1]);
        return _confidences[hi - 1] + t * (_confidences[hi] - _confidences[hi - 1]);
    }

    /// <summary>
    /// Fits the map to (score, right) observations by pool-adjacent-violators: the rightness of each pooled block,
    /// placed at the block's mean score. Blocks start at <paramref name="minimumBlock"/> observations (a remainder of
    /// fewer than half that joins the last block) so that no knot rests on a handful of quotes; a block's rate is
    /// smoothed by half an observation each way, so no confidence is exactly 0 or 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumBlock"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">No observation has a finite score.</exception>
    public static ConfidenceCalibration Fit(IEnumerable<(double Score, bool Right)> observations, int minimumBlock = 30)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumBlock, 1);
        var sorted = observations.Where(o => double.IsFinite(o.Score)).OrderBy(o => o.Score).ToList();
        if (sorted.Count == 0) throw new ArgumentException("No observations to fit.", nameof(observations));
        // Blocks as (sum of scores, sum of rights, count, lowest and highest score); merged while a block is not above
        // the one before it.
        var blocks = new List<(double Score, double Right, int N, double Low, double High)>();
        int at = 0;
        while (at < sorted.Count)
        {
            // Start blocks at minimumBlock observations (ties kept together), then pool violators.
            int end = Math.Min(sorted.Count, at + minimumBlock);
            while (end < sorted.Count && sorted[end].Score == sorted[end - 1].Score) end++;
            if (sorted.Count - end < minimumBlock / 2) end = sorted.Count;
            double s = 0, r = 0;
            for (int i = at; i < end; i++) { s += sorted[i].Score; r += sorted[i].Right ? 1 : 0; }
            blocks.Add((s, r, end - at, sorted[at].Score, sorted[end - 1].Score));
            at = end;
            while (blocks.Count > 1 && Rate(blocks[^1].Right, blocks[^1].N) <= Rate(blocks[^2].Right, blocks[^2].N))
            {
                var last = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                var b = blocks[^1];
                blocks[^1] = (b.Score + last.Score, b.Right + last.Right, b.N + last.N, b.Low, last.High);
            }
        }
        // (The mean is kept within the block's own scores: rounding could lift it past the next block's first score.
        // Ties never span two blocks, so the knots' scores increase strictly.)
        return new ConfidenceCalibration([.. blocks.Select(b => Math.Clamp(b.Score / b.N, b.Low, b.High))],
            [.. blocks.Select(b => Rate(b.Right, b.N))]);
    }

    // The block's rate, smoothed (pooling compares the smoothed rates, so the knots never fall).
    private static double Rate(double right, int n) => (right + 0.5) / (n + 1);

    /// <summary>The knots as one line of text: <c>score confidence score confidence …</c> (invariant culture, round-trip).</summary>
    public override string ToString() =>
        string.Join(' ', _scores.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{s:R} {_confidences[i]:R}")));

    /// <summary>Reads what <see cref="ToString"/> wrote.</summary>
    /// <exception cref="FormatException">Not pairs of numbers.</exception>
    public static ConfidenceCalibration Parse(string knots)
    {
        ArgumentNullException.ThrowIfNull(knots);
        var parts = knots.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length % 2 != 0) throw new FormatException("a calibration is pairs of numbers");
        var values = parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            return new ConfidenceCalibration([.. values.Where((_, i) => i % 2 == 0)], [.. values.Where((_, i) => i % 2 == 1)]);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }
}
