namespace QuoteExtract.Cli.Writers;

/// <summary>
/// UTF-8 records written as bytes to the stream under a UTF-8 <see cref="StreamWriter"/> (no byte order mark), through
/// a buffer of its own: the records are UTF-8 already, and decoding them for the writer to encode them again cost the
/// writing thread as much as a tenth of its time. The writer's own text is flushed before bytes go out, and these before
/// text does (<see cref="Drain"/>), so the two never interleave out of order.
/// </summary>
internal sealed class Utf8Bytes
{
    private const int BufferBytes = 1 << 16;
    private readonly StreamWriter _writer;
    private readonly byte[] _buffer = new byte[BufferBytes];
    private int _length;

    private Utf8Bytes(StreamWriter writer) => _writer = writer;

    /// <summary>The byte path under <paramref name="output"/>, or null when it is no UTF-8 stream writer without a preamble.</summary>
    public static Utf8Bytes? Under(TextWriter output) =>
        output is StreamWriter { Encoding: { CodePage: 65001 } encoding } writer && encoding.Preamble.Length == 0 ? new Utf8Bytes(writer) : null;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferBytes - _length)
        {
            Drain();
            if (bytes.Length >= BufferBytes)
            {
                _writer.BaseStream.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Passes the buffered bytes to the stream (after whatever text the writer holds).</summary>
    public void Drain()
    {
        _writer.Flush();
        if (_length == 0) return;
        _writer.BaseStream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
