using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// Which tokens a reading has taken: one bit a token, not a bool's byte (16 MiB of "a" "b" has 12.6 million tokens).
/// </summary>
internal sealed class TakenTokens
{
    private ulong[] _bits;

    /// <summary>None of <paramref name="count"/> tokens taken.</summary>
    public TakenTokens(int count)
    {
        Length = count;
        _bits = ScratchArray.Rent<ulong>((count + 63) >> 6);
        Array.Clear(_bits, 0, (count + 63) >> 6);
    }

    /// <summary>The number of tokens.</summary>
    public int Length { get; private set; }

    /// <summary>Gives the bits back once the stage is done; no token is left afterwards.</summary>
    public void Release()
    {
        ScratchArray.Return(_bits);
        _bits = [];
        Length = 0;
    }

    /// <summary>Takes tokens <paramref name="from"/> to <paramref name="to"/> (exclusive; none when <paramref name="to"/> is not past <paramref name="from"/>).</summary>
    public void Take(int from, int to)
    {
        if (to <= from) return;
        if (from < 0 || to > Length) throw new IndexOutOfRangeException();
        int first = from >> 6, last = (to - 1) >> 6;
        ulong head = ulong.MaxValue << from, tail = ulong.MaxValue >> (63 - ((to - 1) & 63));
        if (first == last) { _bits[first] |= head & tail; return; }
        _bits[first] |= head;
        for (int w = first + 1; w < last; w++) _bits[w] = ulong.MaxValue;
        _bits[last] |= tail;
    }

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
