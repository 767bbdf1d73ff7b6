namespace QuoteExtract.Training.CheckWorthiness;

/// <summary>A sentence's features: indices ascending, no repeats, no zeros.</summary>
internal sealed record SparseVector(int[] Indices, float[] Values)
{
    /// <summary>w·x + bias.</summary>
    public double Dot(float[] weights, double bias)
    {
        double sum = bias;
        for (int k = 0; k < Indices.Length; k++) sum += (double)weights[Indices[k]] * Values[k];
        return sum;
    }

    /// <summary>Collects (index, value) pairs, summing repeats, and makes the vector.</summary>
    internal struct Builder() : QuoteExtract.Claims.ICheckWorthinessFeatureSink
    {
        public readonly SortedDictionary<int, float> Values = [];

        public readonly void Add(int index, float value) => Values[index] = Values.GetValueOrDefault(index) + value;

        public readonly SparseVector Build(bool normalize = false)
        {
            var pairs = Values.Where(p => p.Value != 0f).ToArray();
            var values = pairs.Select(p => p.Value).ToArray();
            if (normalize)
            {
                double norm = Math.Sqrt(values.Sum(v => (double)v * v));
                if (norm > 0) for (int i = 0; i < values.Length; i++) values[i] = (float)(values[i] / norm);
            }
            return new SparseVector([.. pairs.Select(p => p.Key)], values);
        }
    }
}
