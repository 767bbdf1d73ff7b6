namespace QuoteExtract.Attribution;

/// <summary>
/// Which tokens a reading has taken: one bit a token, not a bool's byte (16 MiB of "a" "b" has 12.6 million tokens).
/// </summary>
internal sealed class TakenTokens(int count)
{
    private readonly ulong[] _bits = new ulong[(count + 63) >> 6];

    /// <summary>The number of tokens.</summary>
    public int Length { get; } = count;

    /// <summary>Whether token <paramref name="i"/> is taken; setting it takes or frees it.</summary>
    public bool this[int i]
    {
        get => (uint)i < (uint)Length ? (_bits[i >> 6] & 1UL << i) != 0 : throw new IndexOutOfRangeException();
        set
        {
            if ((uint)i >= (uint)Length) throw new IndexOutOfRangeException();
            if (value) _bits[i >> 6] |= 1UL << i; else _bits[i >> 6] &= ~(1UL << i);
        }
    }
}
