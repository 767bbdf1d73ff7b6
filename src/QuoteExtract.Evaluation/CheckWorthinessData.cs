using System.Globalization;

namespace QuoteExtract.Evaluation;

/// <summary>One line of the CLEF CheckThat! transcript format: <c>line&lt;TAB&gt;speaker&lt;TAB&gt;text[&lt;TAB&gt;label]</c>.</summary>
/// <param name="LineNumber">The line's number in the transcript (the first field).</param>
/// <param name="Speaker">Who says it.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Label">1 = check-worthy, 0 = not, null when the file carries no labels.</param>
public sealed record CheckWorthinessLine(int LineNumber, string Speaker, string Text, int? Label)
{
    /// <summary>Parses a line; false when it does not have 3 or 4 tab-separated fields, an integer first field and (if present) a 0/1 label.</summary>
    public static bool TryParse(string line, out CheckWorthinessLine? parsed)
    {
        parsed = null;
        if (line is null) return false;
        var parts = line.TrimEnd('\r').Split('\t');
        if (parts.Length is < 3 or > 4) return false;
        if (!int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int number)) return false;
        int? label = null;
        if (parts.Length == 4)
        {
            if (parts[3].Trim() is "0") label = 0;
            else if (parts[3].Trim() is "1") label = 1;
            else return false;
        }
        parsed = new CheckWorthinessLine(number, parts[1], parts[2], label);
        return true;
    }
}

/// <summary>Ranking measures of the CLEF 2019 CheckThat! task 1: average precision, precision at k, R-precision.</summary>
public static class CheckWorthinessRanking
{
    /// <summary>
    /// The labels of a transcript's sentences in ranked order: by descending score, ties kept in input order
    /// (a stable sort), as the task's scorer ranks a submission.
    /// </summary>
    public static bool[] Rank(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count) throw new ArgumentException("scores and labels differ in length");
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray(); // OrderBy is stable
        return [.. order.Select(i => labels[i])];
    }

    /// <summary>Average precision: the mean, over the relevant items, of the precision at each one's rank (0 when none is relevant).</summary>
    public static double AveragePrecision(IReadOnlyList<bool> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < ranked.Count; i++)
            if (ranked[i]) sum += (double)++hits / (i + 1);
        return hits == 0 ? 0 : sum / hits;
    }

    /// <summary>Precision among the first <paramref name="k"/> (divided by k even when fewer are ranked).</summary>
    public static double PrecisionAt(IReadOnlyList<bool> ranked, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        int hits = 0;
        for (int i = 0; i < Math.Min(k, ranked.Count); i++)
            if (ranked[i]) hits++;
        return (double)hits / k;
    }

    /// <summary>Precision among the first R, R being the number of relevant items (0 when none is relevant).</summary>
    public static double RPrecision(IReadOnlyList<bool> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        int r = ranked.Count(x => x);
        return r == 0 ? 0 : PrecisionAt(ranked, r);
    }
}
