using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace QuoteExtract.Text;

/// <summary>
/// The maximal runs of letters and digits (<see cref="char.IsLetterOrDigit(char)"/>) of a span, in order. The characters
/// are classified 64 at a time into a bit mask (16 at once with vector instructions where there are any), and runs are
/// read off the mask's edges: no branch per character.
/// </summary>
internal ref struct LetterDigitRuns(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;          // where the next block starts
    private int _block;         // where the current block starts
    private ulong _starts, _ends; // run edges in the current block not yet read
    private bool _carry;        // the previous block ended inside a run
    private int _start = -1;    // the start of the run being read, or -1

    /// <summary>The next run <c>[start, end)</c>; false when there are no more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Next(out int start, out int end)
    {
        while (true)
        {
            if (_start < 0)
            {
                if (_starts != 0)
                {
                    _start = _block + BitOperations.TrailingZeroCount(_starts);
                    _starts &= _starts - 1;
                    continue;
                }
            }
            else if (_ends != 0)
            {
                start = _start;
                end = _block + BitOperations.TrailingZeroCount(_ends);
                _ends &= _ends - 1;
                _start = -1;
                return true;
            }
            if (!NextBlock())
            {
                // A run that reaches the end of the text.
                start = _start;
                end = _text.Length;
                bool found = _start >= 0;
                _start = -1;
                return found;
            }
        }
    }

    private bool NextBlock()
    {
        if (_next >= _text.Length) return false;
        ulong m = Mask(_text, _next, Math.Min(64, _text.Length - _next));
        _block = _next;
        _next += 64;
        ulong before = m << 1 | (_carry ? 1UL : 0);
        _starts = m & ~before;
        _ends = ~m & before;
        _carry = (m >> 63) != 0;
        return true;
    }

    // Bit j set when text[at + j] is a letter or digit, for j < count (at most 64).
    private static ulong Mask(ReadOnlySpan<char> text, int at, int count)
    {
        ulong m = 0;
        int j = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort p = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; j + 16 <= count; j += 16)
            {
                var a = Vector128.LoadUnsafe(ref p, (nuint)(at + j));
                var b = Vector128.LoadUnsafe(ref p, (nuint)(at + j + 8));
                var x = Vector128.Narrow(a, b); // the low bytes (exact for ASCII)
                var ascii127 = Vector128.Create((ushort)127);
                uint other = Vector128.Narrow(Vector128.GreaterThan(a, ascii127), Vector128.GreaterThan(b, ascii127)).ExtractMostSignificantBits();
                var digit = Vector128.LessThan(x - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
                var letter = Vector128.LessThan((x | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26));
                uint bits = (digit | letter).ExtractMostSignificantBits() & ~other;
                // Characters past ASCII (curly quotes, dashes, accented letters) one by one.
                for (; other != 0; other &= other - 1)
                {
                    int k = BitOperations.TrailingZeroCount(other);
                    if (char.IsLetterOrDigit(text[at + j + k])) bits |= 1u << k;
                }
                m |= (ulong)bits << j;
            }
        }
        for (; j < count; j++)
        {
            char c = text[at + j];
            if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)) m |= 1UL << j;
        }
        return m;
    }
}
