using System.Globalization;

namespace QuoteExtract.Model;

/// <summary>
/// A boosted-tree binary classifier evaluated directly from its exported trees (trained with
/// ML.NET FastTree by tools/QuoteExtract.Training), with Platt calibration. Immutable, thread-safe,
/// allocation-free per call.
/// </summary>
public sealed class TreeEnsemble
{
    private readonly Tree[] _trees;
    private readonly double _bias, _slope, _offset;

    private sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf);

    private TreeEnsemble(Tree[] trees, double bias, double slope, double offset, string[] featureNames)
    {
        _trees = trees;
        _bias = bias;
        _slope = slope;
        _offset = offset;
        FeatureNames = featureNames;
    }

    /// <summary>The feature names, in vector order, the model was trained with.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The raw ensemble score (sum of the trees' leaf values).</summary>
    public double RawScore(ReadOnlySpan<float> features)
    {
        double sum = _bias;
        foreach (var t in _trees)
        {
            int node = t.Feature.Length == 0 ? ~0 : 0; // a tree of one leaf has no split nodes
            while (node >= 0)
            {
                int f = t.Feature[node];
                float v = f < features.Length ? features[f] : 0f;
                node = v <= t.Threshold[node] ? t.Left[node] : t.Right[node];
            }
            sum += t.Weight * t.Leaf[~node];
        }
        return sum;
    }

    /// <summary>The calibrated probability of the positive class.</summary>
    public double Probability(ReadOnlySpan<float> features) => 1.0 / (1.0 + Math.Exp(_slope * RawScore(features) + _offset));

    /// <summary>Writes the ensemble in the text format <see cref="Read"/> takes.</summary>
    public static void Write(TextWriter w, IReadOnlyList<string> featureNames, double bias, double slope, double offset,
        IEnumerable<(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf)> trees)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine("quoteextract-tree-ensemble 1");
        w.WriteLine("features\t" + string.Join('\t', featureNames));
        w.WriteLine(string.Create(inv, $"calibration\t{bias:R}\t{slope:R}\t{offset:R}"));
        foreach (var t in trees)
        {
            w.WriteLine(string.Create(inv, $"tree\t{t.Weight:R}\t{t.Feature.Length}\t{t.Leaf.Length}"));
            w.WriteLine(string.Join(' ', t.Feature));
            w.WriteLine(string.Join(' ', t.Threshold.Select(x => x.ToString("R", inv))));
            w.WriteLine(string.Join(' ', t.Left));
            w.WriteLine(string.Join(' ', t.Right));
            w.WriteLine(string.Join(' ', t.Leaf.Select(x => x.ToString("R", inv))));
        }
    }

    /// <summary>Reads an ensemble written by <see cref="Write"/>.</summary>
    /// <exception cref="FormatException">The text is not an ensemble.</exception>
    public static TreeEnsemble Read(TextReader r)
    {
        var inv = CultureInfo.InvariantCulture;
        if (r.ReadLine() != "quoteextract-tree-ensemble 1") throw new FormatException("not a QuoteExtract tree ensemble");
        var names = (r.ReadLine() ?? throw new FormatException("no feature line")).Split('\t')[1..];
        var cal = (r.ReadLine() ?? throw new FormatException("no calibration line")).Split('\t');
        double bias = double.Parse(cal[1], inv), slope = double.Parse(cal[2], inv), offset = double.Parse(cal[3], inv);
        var trees = new List<Tree>();
        while (r.ReadLine() is { } header)
        {
            if (header.Length == 0) continue;
            var h = header.Split('\t');
            if (h[0] != "tree") throw new FormatException("expected a tree");
            int[] Ints() => (r.ReadLine() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, inv)).ToArray();
            var feature = Ints();
            var threshold = (r.ReadLine() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => float.Parse(x, inv)).ToArray();
            var left = Ints();
            var right = Ints();
            var leaf = (r.ReadLine() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, inv)).ToArray();
            trees.Add(new Tree(double.Parse(h[1], inv), feature, threshold, left, right, leaf));
        }
        return new TreeEnsemble([.. trees], bias, slope, offset, names);
    }
}
