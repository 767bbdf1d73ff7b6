namespace QuoteExtract;

/// <summary>
/// How <see cref="QuoteExtractor.ExtractMany"/> and <see cref="QuoteExtractor.ExtractManyAsync"/> run a batch. Immutable;
/// <c>new BatchOptions { MaxDegreeOfParallelism = 2 }</c>.
/// </summary>
public sealed record BatchOptions
{
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int? _boundedCapacity;

    /// <summary>The defaults: one worker per processor, a capacity of 16 documents per worker.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many documents are extracted at once, each on its own worker thread. Default: the number of processors.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// The most documents held at once: read from the input and not yet handed to the caller (being extracted, or
    /// done and waiting for an earlier one). It bounds memory whatever the input's length, and how far a fast document
    /// may run ahead of a slow one. Null (the default): 16 × <see cref="MaxDegreeOfParallelism"/>. A capacity below
    /// the parallelism leaves the workers beyond it idle.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? BoundedCapacity
    {
        get => _boundedCapacity;
        init
        {
            if (value is { } capacity) ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1, nameof(BoundedCapacity));
            _boundedCapacity = value;
        }
    }

    /// <summary>The capacity in effect.</summary>
    internal int Capacity => _boundedCapacity ?? 16 * _maxDegreeOfParallelism;
}
