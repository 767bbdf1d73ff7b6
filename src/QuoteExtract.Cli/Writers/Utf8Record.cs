using System.Buffers;
using System.Text;

namespace QuoteExtract.Cli.Writers;

/// <summary>
/// UTF-8 output held in chunks that are never copied as they grow: a record of hundreds of megabytes costs its size once,
/// not a doubling buffer and then a string of twice its size. Written out through a small char buffer.
/// </summary>
internal sealed class Utf8Record : IBufferWriter<byte>
{
    private const int FirstChunk = 1 << 12, LargestChunk = 1 << 20, CharBuffer = 1 << 13;
    private readonly List<(byte[] Chunk, int Length)> _full = [];
    private byte[] _chunk = new byte[FirstChunk];
    private int _length;

    /// <summary>How many bytes were written.</summary>
    public long Length { get; private set; }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _chunk.Length - _length);
        _length += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint); // (first: it may start a new chunk)
        return _chunk.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _chunk.AsSpan(_length);
    }

    // Starts a new chunk (twice the last, up to 1 MB, or the hint) when the current one has less room than asked.
    private void Reserve(int sizeHint)
    {
        int need = Math.Max(sizeHint, 1);
        if (_chunk.Length - _length >= need) return;
        if (_length > 0) _full.Add((_chunk, _length));
        _chunk = new byte[Math.Max(need, Math.Min(_chunk.Length * 2, LargestChunk))];
        _length = 0;
    }

    /// <summary>Empties the record, keeping only a small first chunk (a large document's chunks are not kept).</summary>
    public void Clear()
    {
        _full.Clear();
        if (_chunk.Length > FirstChunk) _chunk = new byte[FirstChunk];
        _length = 0;
        Length = 0;
    }

    /// <summary>Writes the bytes as text to <paramref name="output"/>, a few kilobytes at a time.</summary>
    public void WriteTo(TextWriter output)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = ArrayPool<char>.Shared.Rent(CharBuffer);
        try
        {
            foreach (var (chunk, length) in _full) Decode(decoder, chunk.AsSpan(0, length), chars, output);
            Decode(decoder, _chunk.AsSpan(0, _length), chars, output, last: true);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes the bytes as they are to <paramref name="output"/>.</summary>
    public void WriteTo(Utf8Bytes output)
    {
        foreach (var (chunk, length) in _full) output.Write(chunk.AsSpan(0, length));
        output.Write(_chunk.AsSpan(0, _length));
    }

    /// <summary>Decodes <paramref name="bytes"/> into <paramref name="output"/> through <paramref name="chars"/>; the decoder keeps a character split at the end.</summary>
    internal static void Decode(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, TextWriter output, bool last = false)
    {
        bool completed = false;
        while (!completed)
        {
            decoder.Convert(bytes, chars, last, out int used, out int made, out completed);
            output.Write(chars.AsSpan(0, made));
            bytes = bytes[used..];
        }
    }

    /// <summary>The bytes as text.</summary>
    public override string ToString()
    {
        using var text = new StringWriter();
        WriteTo(text);
        return text.ToString();
    }
}
