using System.Globalization;

namespace QuoteExtract.Model;

/// <summary>
/// A boosted-tree binary classifier evaluated directly from its exported trees (trained with
/// ML.NET FastTree by tools/QuoteExtract.Training), with Platt calibration. Immutable, thread-safe,
/// allocation-free per call.
/// </summary>
internal sealed class TreeEnsemble
{
    private readonly double _bias, _slope, _offset;

    // All trees' split nodes in one array (children are absolute node indices, or ~k for leaf k of _leaves),
    // leaves pre-multiplied by their tree's weight, and each tree's root: a compact layout walked four trees at a time.
    private readonly Node[] _nodes;
    private readonly int[] _children; // node k's left child at 2k, right child at 2k + 1
    private readonly double[] _leaves;
    private readonly int[] _roots;
    private readonly int _maxFeature;

    private readonly record struct Node(int Feature, float Threshold);

    private sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf);

    private TreeEnsemble(Tree[] trees, double bias, double slope, double offset, string[] featureNames)
    {
        _bias = bias;
        _slope = slope;
        _offset = offset;
        FeatureNames = featureNames;

        var nodes = new List<Node>();
        var children = new List<int>();
        var leaves = new List<double>();
        _roots = new int[trees.Length];
        foreach (var (t, i) in trees.Select((t, i) => (t, i)))
        {
            int nodeBase = nodes.Count, leafBase = leaves.Count;
            int Child(int c) => c >= 0 ? nodeBase + c : ~(leafBase + ~c);
            for (int n = 0; n < t.Feature.Length; n++)
            {
                if (t.Feature[n] < 0) throw new FormatException("a split on a negative feature index");
                nodes.Add(new Node(t.Feature[n], t.Threshold[n]));
                children.Add(Child(t.Left[n]));
                children.Add(Child(t.Right[n]));
                _maxFeature = Math.Max(_maxFeature, t.Feature[n]);
            }
            foreach (var leaf in t.Leaf) leaves.Add(t.Weight * leaf);
            _roots[i] = t.Feature.Length == 0 ? ~leafBase : nodeBase; // a tree of one leaf has no split nodes
        }
        _nodes = [.. nodes];
        _children = [.. children];
        _leaves = [.. leaves];
    }

    /// <summary>The feature names, in vector order, the model was trained with.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The raw ensemble score (sum of the trees' leaf values).</summary>
    public double RawScore(ReadOnlySpan<float> features)
    {
        // A short vector reads missing features as 0: copy it into one long enough to need no checks.
        if (features.Length <= _maxFeature)
        {
            Span<float> padded = _maxFeature < 512 ? stackalloc float[_maxFeature + 1] : new float[_maxFeature + 1];
            padded.Clear();
            features.CopyTo(padded);
            return RawScore(padded);
        }
        var nodes = _nodes;
        var children = _children;
        var leaves = _leaves;
        var roots = _roots;
        double sum = _bias;
        int t = 0;
        // Four independent walks at once keep the processor busy while each waits on its loads, and the
        // child is picked by index rather than by a branch; the leaves are still added in tree order, so the
        // sum is the same as walking the trees one by one.
        for (; t + 4 <= roots.Length; t += 4)
        {
            int a = roots[t], b = roots[t + 1], c = roots[t + 2], d = roots[t + 3];
            while ((a & b & c & d) >= 0) // until all four reach a leaf (leaves are negative)
            {
                if (a >= 0) a = Step(nodes, children, features, a);
                if (b >= 0) b = Step(nodes, children, features, b);
                if (c >= 0) c = Step(nodes, children, features, c);
                if (d >= 0) d = Step(nodes, children, features, d);
            }
            sum += leaves[~a];
            sum += leaves[~b];
            sum += leaves[~c];
            sum += leaves[~d];
        }
        for (; t < roots.Length; t++)
        {
            int a = roots[t];
            while (a >= 0) a = Step(nodes, children, features, a);
            sum += leaves[~a];
        }
        return sum;
    }

    // Left when the feature is at most the threshold (NaN goes right, as in ML.NET).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Step(Node[] nodes, int[] children, ReadOnlySpan<float> features, int node)
    {
        var n = nodes[node];
        return children[2 * node + (features[n.Feature] <= n.Threshold ? 0 : 1)];
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
