using System.Buffers;
using System.Text;

namespace QuoteExtract.Cli.Writers;

/// <summary>
/// UTF-8 bytes passed on to a TextWriter as soon as a small buffer fills: a record of hundreds of megabytes (16 MiB of
/// <c>Smith: "We will win the vote."</c> makes one of 262 MB) costs this buffer, not its own size. For the writer thread
/// only; the workers' records, which must wait for their turn, are <see cref="Utf8Record"/>s.
/// </summary>
internal sealed class Utf8TextStream(TextWriter output) : IBufferWriter<byte>
{
    private const int BufferBytes = 1 << 16;
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private byte[] _bytes = new byte[BufferBytes];
    private char[]? _chars;
    private int _length;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _bytes.Length - _length);
        _length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsSpan(_length);
    }

    // Passes what is buffered on when the room left is less than asked; a hint larger than the buffer (one long string
    // value: the JSON writer asks for its largest escaped size) gets a buffer of its own for that once.
    private void Reserve(int sizeHint)
    {
        int need = Math.Max(sizeHint, 1);
        if (_bytes.Length - _length >= need) return;
        Pass(last: false);
        if (need > _bytes.Length) _bytes = new byte[need];
        else if (_bytes.Length > BufferBytes && need <= BufferBytes) _bytes = new byte[BufferBytes];
    }

    /// <summary>Passes every byte written so far on to the output (the bytes end on a whole character).</summary>
    public void Flush() => Pass(last: true);

    private void Pass(bool last)
    {
        Utf8Record.Decode(_decoder, _bytes.AsSpan(0, _length), _chars ??= new char[BufferBytes], output, last);
        _length = 0;
    }
}
