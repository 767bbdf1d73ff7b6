using System.Text;

namespace QuoteExtract.Cli;

/// <summary>One line of a JSON Lines input: its text (null at the end of the input); when it was longer than the
/// limit, its length instead (the text is then ""); when its bytes are not UTF-8, why.</summary>
internal readonly record struct InputLine(string? Text, long TooLong = -1, string? NotUtf8 = null);

/// <summary>
/// Reads the lines of a UTF-8 stream one at a time, each decoded on its own, so that invalid bytes are found in the
/// line that has them (a decoding reader replaces them with U+FFFD, which a text may also hold itself). A line longer
/// than the limit is read past, not held. A UTF-8 byte order mark at the start is dropped.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, long maxBytes) : IDisposable
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding s_lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly MemoryStream _line = new();
    private int _start, _end;
    private bool _atStart = true;

    /// <summary>The next line, without its end (<c>\n</c> or <c>\r\n</c>).</summary>
    public InputLine Read()
    {
        _line.SetLength(0);
        long length = 0;
        bool any = false, ended = false;
        while (!ended)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = stream.Read(_buffer);
                if (_end == 0) break;
            }
            any = true;
            var rest = _buffer.AsSpan(_start, _end - _start);
            int newline = rest.IndexOf((byte)'\n');
            var part = newline >= 0 ? rest[..newline] : rest;
            if (length + part.Length <= maxBytes + 1) _line.Write(part); // (+1: a '\r' before the '\n')
            length += part.Length;
            _start += part.Length + (newline >= 0 ? 1 : 0);
            ended = newline >= 0;
        }
        if (!any) return new InputLine(null);

        var bytes = _line.GetBuffer().AsSpan(0, (int)_line.Length);
        if (bytes.EndsWith("\r"u8)) { bytes = bytes[..^1]; length--; }
        if (_atStart && bytes.StartsWith("\uFEFF"u8)) { bytes = bytes[3..]; length -= 3; }
        _atStart = false;
        if (length > maxBytes) return new InputLine("", TooLong: length);
        try
        {
            return new InputLine(s_strict.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            // The text as far as it can be read (its id still names the record), and where it is broken.
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : 0;
            return new InputLine(s_lenient.GetString(bytes), NotUtf8: $"not valid UTF-8 (byte 0x{bad:X2} at offset {e.Index} of the line)");
        }
    }

    public void Dispose()
    {
        stream.Dispose();
        _line.Dispose();
    }
}
