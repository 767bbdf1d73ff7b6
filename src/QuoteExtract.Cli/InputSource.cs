using System.Buffers;
using System.Text;
using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary>One input document: its name and either its text or why it could not be read; <paramref name="Bytes"/> is its size as read (for progress).</summary>
internal sealed record InputDocument(string Name, string? Text, string? Error, long Bytes = 0)
{
    /// <summary>
    /// A document not parsed yet (a JSON Lines record): the batch parses it on a worker thread, so reading
    /// the input stays a cheap line split whatever the parallelism.
    /// </summary>
    public Func<InputDocument>? Pending { get; init; }

    /// <summary>The document itself: parsed now when it was pending.</summary>
    public InputDocument Resolve() => Pending is { } parse ? parse() : this;
}

/// <summary>How inputs are read: by their kind (auto), as plain text, or as JSON Lines.</summary>
internal enum InputFormat
{
    /// <summary><c>*.jsonl</c> files are JSON Lines, other files text; standard input is JSON Lines when it starts with <c>{</c>.</summary>
    Auto,
    /// <summary>Every file (and standard input) is one text document.</summary>
    Text,
    /// <summary>Every file (and standard input) is JSON Lines; folders are read for <c>*.jsonl</c>.</summary>
    Jsonl,
}

/// <summary>
/// Turns the command-line inputs into documents, lazily and in order: a file is one document, a folder
/// its <c>*.txt</c> files recursively (ordinal order), a JSON Lines file one document per line
/// (<c>{"id": …, "text": …}</c>), <c>-</c> standard input (one text, or JSON Lines).
/// </summary>
internal static class InputSource
{
    /// <summary>The name of the document read from standard input.</summary>
    public const string StdinName = "stdin";

    // Invalid bytes become U+FFFD instead of failing the document; a BOM is detected and removed.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Enumerates the documents of <paramref name="inputs"/>; a text is read only when its document is reached.</summary>
    /// <remarks>A document over <paramref name="maxBytes"/> (a file, a JSON Lines line, standard input) is an error record, read no further.</remarks>
    public static IEnumerable<InputDocument> Enumerate(IEnumerable<string> inputs, TextReader stdin, InputFormat format = InputFormat.Auto,
        long maxBytes = ExtractOptions.DefaultMaxDocumentBytes)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
                foreach (var document in FromStdin(stdin, format, maxBytes)) yield return document;
            else if (Directory.Exists(input))
                foreach (var document in FromDirectory(input, format, maxBytes)) yield return document;
            else if (File.Exists(input))
                foreach (var document in FromFile(input, Path.GetFileName(input), format, maxBytes)) yield return document;
            else
                yield return new InputDocument(input, null, $"file not found: {input}");
        }
    }

    /// <summary>
    /// The total size in bytes of the inputs, for an ETA; null when it cannot be known (standard input).
    /// Only file sizes are looked at, no text is read.
    /// </summary>
    public static long? TotalBytes(IEnumerable<string> inputs, InputFormat format)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (input == "-") return null;
            try
            {
                if (Directory.Exists(input))
                    total += Walk(input, FolderPattern(format), []).Sum(file => new FileInfo(file).Length);
                else if (File.Exists(input))
                    total += new FileInfo(input).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // it will be an error record
        }
        return total;
    }

    private static string FolderPattern(InputFormat format) => format == InputFormat.Jsonl ? "*.jsonl" : "*.txt";

    private static bool IsJsonl(string path, InputFormat format) => format switch
    {
        InputFormat.Jsonl => true,
        InputFormat.Text => false,
        _ => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase),
    };

    private static IEnumerable<InputDocument> FromStdin(TextReader stdin, InputFormat format, long maxBytes)
    {
        if (format == InputFormat.Jsonl) return JsonLines(stdin, StdinName, maxBytes);
        if (format == InputFormat.Text) return [WholeText(stdin.ReadToEnd())];

        // Auto: JSON Lines when the first non-white-space character is '{'. What was read to find out is
        // put back in front, so a text document keeps its leading white space (and its offsets).
        var prefix = new StringBuilder();
        int c;
        while ((c = stdin.Read()) >= 0)
        {
            prefix.Append((char)c);
            if (!char.IsWhiteSpace((char)c)) break;
        }
        var reader = new PrefixedReader(prefix.ToString(), stdin);
        return c == '{' ? JsonLines(reader, StdinName, maxBytes) : [WholeText(reader.ReadToEnd())];

        InputDocument WholeText(string text) => text.Length > maxBytes
            ? new InputDocument(StdinName, null, $"standard input is larger than the largest document read ({Size(maxBytes)}; --max-document-size)")
            : new(StdinName, text, null, Encoding.UTF8.GetByteCount(text));
    }

    private static IEnumerable<InputDocument> FromDirectory(string directory, InputFormat format, long maxBytes)
    {
        // Names are collected and sorted first (only names: texts are read one at a time, later).
        var unreadable = new List<(string Folder, string Why)>();
        var files = Walk(directory, FolderPattern(format), unreadable)
            .Select(path => (Name: Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'), Path: path))
            .OrderBy(file => file.Name, StringComparer.Ordinal).ToList();
        var errors = unreadable.Select(u => new InputDocument(u.Folder, null, $"cannot read folder {u.Folder}: {u.Why}"));
        // (An empty folder is said, not silently nothing.)
        if (files.Count == 0 && unreadable.Count == 0) return [new InputDocument(directory, null, $"no {FolderPattern(format)} files in folder {directory}")];
        return errors.Concat(files.SelectMany(file => FromFile(file.Path, file.Name, format, maxBytes)));
    }

    // The files matching pattern under root, each real folder read once: a symbolic link back to a folder already read
    // (a loop) or to one read under another name is not followed again. Unreadable folders are reported, not skipped.
    private static List<string> Walk(string root, string pattern, List<(string Folder, string Why)> unreadable)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((root, RealFolder(root, Path.GetFullPath(root))));
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false, IgnoreInaccessible = false, MatchType = MatchType.Simple, MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = 0,
        };
        while (pending.Count > 0)
        {
            var (folder, real) = pending.Pop();
            if (!seen.Add(real)) continue;
            try
            {
                files.AddRange(Directory.EnumerateFiles(folder, pattern, options));
                // (In reverse name order on the stack: the first by name is read first, so of two names of one folder the
                // first keeps it, whatever order the file system lists them in.)
                foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).OrderByDescending(d => d, StringComparer.Ordinal))
                    pending.Push((sub, RealFolder(sub, Path.Combine(real, Path.GetFileName(sub)))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable.Add((folder, e.Message));
            }
        }
        return files;
    }

    // The folder's real path: a symbolic link's final target, else its path under its parent's real path.
    private static string RealFolder(string folder, string underParent)
    {
        try
        {
            return new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : underParent;
        }
        catch (IOException)
        {
            return "loop:" + Path.GetFullPath(folder); // (a link that never ends in a folder: read at most once)
        }
    }

    private static IEnumerable<InputDocument> FromFile(string path, string name, InputFormat format, long maxBytes)
    {
        if (IsJsonl(path, format)) return JsonlFile(path, name, maxBytes);
        try
        {
            if (new FileInfo(path).Length is var length && length > maxBytes)
                return [new InputDocument(name, null, $"{path} is {Size(length)}, larger than the largest document read ({Size(maxBytes)}; --max-document-size)")];
            return [Read(path) is var (text, error, bytes) && error is null
                ? new InputDocument(name, text, null, bytes)
                : new InputDocument(name, null, error)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputDocument(name, null, $"cannot read {path}: {e.Message}")];
        }
    }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Text files are UTF-8 (a BOM is dropped; UTF-16 with a BOM is read too). Anything else is that document's
    // error, not text with replacement characters whose offsets would point nowhere. A UTF-8 file is read twice in
    // small blocks, once to check and count its characters and once to decode them into the string, so its bytes are
    // never held whole beside the text (1× the file less at the peak).
    private static (string? Text, string? Error, long Bytes) Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        Span<byte> mark = stackalloc byte[3];
        int marked = file.ReadAtLeast(mark, 3, throwOnEndOfStream: false);
        if (marked >= 2 && (mark[0], mark[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            file.Position = 0;
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (utf16.GetString(bytes, 2, bytes.Length - 2), null, bytes.LongLength);
        }
        long start = marked == 3 && (mark[0], mark[1], mark[2]) is (0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (file.Length - start <= WholeReadBytes && ReadWhole(file, start) is { } whole) return (whole.Text, null, whole.Bytes);
        var block = ArrayPool<byte>.Shared.Rent(1 << 16);
        var scratch = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            // First pass: the characters counted, a NUL byte anywhere makes the file binary, and invalid UTF-8 is named.
            file.Position = start;
            var decoder = s_strictUtf8.GetDecoder();
            long count = 0, offset = start;
            while (true)
            {
                int read = file.Read(block);
                var bytes = block.AsSpan(0, read);
                if (bytes.IndexOf((byte)0) is var nul and >= 0) return (null, $"{path} is a binary file (a NUL byte at offset {offset + nul}), not text", 0);
                try
                {
                    while (true)
                    {
                        decoder.Convert(bytes, scratch, flush: read == 0, out int used, out int made, out bool completed);
                        count += made;
                        bytes = bytes[used..];
                        offset += used;
                        if (bytes.IsEmpty && (completed || read > 0)) break;
                    }
                }
                catch (DecoderFallbackException e)
                {
                    return (null, $"{path} is not valid UTF-8 (byte 0x{(e.BytesUnknown is { Length: > 0 } b ? b[0] : 0):X2} at offset {offset + e.Index})", 0);
                }
                if (read == 0) break;
            }
            if (count > int.MaxValue - 64) return (null, $"{path} holds more characters than one .NET string can ({count:N0})", 0);
            // Second pass: the characters decoded into the string itself.
            file.Position = start;
            decoder.Reset();
            bool changed = false;
            var text = string.Create((int)count, 0, (chars, _) =>
            {
                int made = 0;
                while (true)
                {
                    int read = file.Read(block);
                    var bytes = block.AsSpan(0, read);
                    while (true)
                    {
                        if (made == chars.Length && !bytes.IsEmpty) { changed = true; return; } // more than counted
                        decoder.Convert(bytes, chars[made..], flush: read == 0, out int used, out int n, out bool completed);
                        made += n;
                        bytes = bytes[used..];
                        if (bytes.IsEmpty && (completed || read > 0 || made == chars.Length)) break;
                    }
                    if (read == 0) break;
                }
                changed = made != chars.Length;
            });
            return changed ? (null, $"{path} changed while it was read", 0) : (text, null, offset);
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException)
        {
            return (null, $"{path} changed while it was read", 0);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    // A file up to this size (nearly every article) is read in one go and decoded from its bytes.
    private const int WholeReadBytes = 1 << 20;

    // The text of a small valid UTF-8 file from one read; null when it is not that (a NUL byte, invalid UTF-8, or more
    // bytes than its size said), for the block-wise reading, which names the problem.
    private static (string Text, long Bytes)? ReadWhole(FileStream file, long start)
    {
        int expected = (int)(file.Length - start);
        var bytes = ArrayPool<byte>.Shared.Rent(expected + 1);
        try
        {
            file.Position = start;
            int read = file.ReadAtLeast(bytes.AsSpan(0, expected + 1), expected + 1, throwOnEndOfStream: false);
            if (read > expected) return null;
            var content = bytes.AsSpan(0, read);
            if (content.IndexOf((byte)0) >= 0 || !System.Text.Unicode.Utf8.IsValid(content)) return null;
            return (s_strictUtf8.GetString(content), start + read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string Size(long bytes) => bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):0.#} GB" : bytes >= 1L << 20 ? $"{bytes / (double)(1L << 20):0.#} MB" : $"{bytes:N0} bytes";

    private static IEnumerable<InputDocument> JsonlFile(string path, string name, long maxBytes)
    {
        FileStream file;
        try
        {
            file = File.OpenRead(path);
            // UTF-16 with a byte order mark is read as text too; everything else is UTF-8, checked line by line.
            Span<byte> mark = stackalloc byte[2];
            var utf16 = file.Read(mark) == 2 && (mark[0], mark[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
            file.Position = 0;
            if (utf16) return TextLines(new StreamReader(file, s_utf8, detectEncodingFromByteOrderMarks: true), name, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputDocument(name, null, $"cannot read {path}: {e.Message}")];
        }
        return Utf8Lines(new Utf8LineReader(file, maxBytes), name, maxBytes);

        static IEnumerable<InputDocument> TextLines(StreamReader reader, string name, long maxBytes)
        {
            using (reader)
                foreach (var document in JsonLines(reader, name, maxBytes)) yield return document;
        }

        static IEnumerable<InputDocument> Utf8Lines(Utf8LineReader reader, string name, long maxBytes)
        {
            using (reader)
                foreach (var document in JsonLines(reader.Read, "bytes", name, maxBytes)) yield return document;
        }
    }

    /// <summary>
    /// One document per non-blank line of <paramref name="reader"/>, read line by line. A line that is not a
    /// JSON object with a string <c>text</c> is an error document, named by its <c>id</c> when that could be
    /// read, else <c>source:line</c>.
    /// </summary>
    internal static IEnumerable<InputDocument> JsonLines(TextReader reader, string source, long maxBytes = ExtractOptions.DefaultMaxDocumentBytes)
    {
        var buffer = new StringBuilder();
        return JsonLines(() => ReadLine(reader, maxBytes, buffer), "characters", source, maxBytes);
    }

    // The documents of the lines readLine gives; unit is what a too long line's length counts.
    private static IEnumerable<InputDocument> JsonLines(Func<InputLine> readLine, string unit, string source, long maxBytes)
    {
        var lineNumber = 0;
        while (true)
        {
            InputLine read;
            string? broken = null;
            try
            {
                read = readLine();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                read = new InputLine(null);
                broken = e.Message;
            }
            var line = read.Text;
            // The source broke off: what was read stays processed, and the rest is one error record.
            if (broken is not null)
                yield return new InputDocument($"{source}:{lineNumber + 1}", null, $"cannot read {source} after line {lineNumber}: {broken}");
            if (line is null) yield break;
            lineNumber++;
            // (Skipped, not held: "a 1 GB line" must not end the batch.)
            if (read.TooLong >= 0)
            {
                yield return new InputDocument($"{source}:{lineNumber}", null,
                    $"{source}:{lineNumber} has {read.TooLong:N0} {unit}, more than the largest document read ({Size(maxBytes)}; --max-document-size)");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue; // blank lines are no documents
            int number = lineNumber;
            // Bytes that are not UTF-8 make the line an error record (named by its id if that can be read), as they do a text file.
            Func<InputDocument> parse = read.NotUtf8 is { } notUtf8
                ? () => ParseLine(line, source, number) with { Text = null, Error = $"{source}:{number}: {notUtf8}" }
                : () => ParseLine(line, source, number);
            yield return new InputDocument($"{source}:{number}", null, null, line.Length + 1) { Pending = parse };
        }
    }

    // One line (without its end) of at most max characters; a longer one is read to its end but not kept. Its text is
    // null at the end of the input.
    private static InputLine ReadLine(TextReader reader, long max, StringBuilder buffer)
    {
        // (A file no longer than the limit can hold no line too long; a reader that is no stream is already in memory.)
        if (reader is StreamReader { BaseStream.CanSeek: true } file && file.BaseStream.Length <= max || reader is not (StreamReader or PrefixedReader))
        {
            var whole = reader.ReadLine();
            return whole is not null && whole.Length > max ? new InputLine("", TooLong: whole.Length) : new InputLine(whole);
        }
        buffer.Clear();
        long length = 0;
        int c;
        bool any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n') break;
            if (c == '\r') { if (reader.Peek() == '\n') reader.Read(); break; }
            if (++length <= max) buffer.Append((char)c);
        }
        if (!any) return new InputLine(null);
        return length > max ? new InputLine("", TooLong: length) : new InputLine(buffer.ToString());
    }

    /// <summary>Reads one JSON Lines record <c>{"id": …, "text": …}</c> (other properties are ignored).</summary>
    internal static InputDocument ParseLine(string line, string source, int lineNumber)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var where = $"{source}:{lineNumber}";
        string? id = null, text = null;
        try
        {
            var json = new Utf8JsonReader(bytes);
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
                return new InputDocument(where, null, $"{where}: not a JSON object", bytes.Length + 1);
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var isId = json.ValueTextEquals("id"u8);
                var isText = json.ValueTextEquals("text"u8);
                json.Read();
                if (isId && json.TokenType == JsonTokenType.String) id = StringOf(ref json);
                else if (isId && json.TokenType == JsonTokenType.Number) id = Encoding.UTF8.GetString(json.ValueSpan);
                else if (isText && json.TokenType == JsonTokenType.String) text = StringOf(ref json);
                else
                {
                    if (isText) text = null;
                    json.Skip();
                }
            }
            if (json.TokenType != JsonTokenType.EndObject)
                return new InputDocument(id ?? where, null, $"{where}: invalid JSON: the object is not complete", bytes.Length + 1);
            while (json.Read()) { } // trailing content after the object is an error (the reader throws)
        }
        catch (JsonException e)
        {
            var name = id ?? where;
            return new InputDocument(name, null, $"{where}: invalid JSON: {e.Message}", bytes.Length + 1);
        }
        return text is null
            ? new InputDocument(id ?? where, null, $"{where}: no \"text\" string", bytes.Length + 1)
            : new InputDocument(id ?? where, text, null, bytes.Length + 1);
    }

    // A JSON string's value. "\ud800" alone is valid JSON but no valid UTF-16 string, which GetString refuses: it is
    // read escape by escape then, a lone surrogate becoming U+FFFD (one character for one: offsets are kept).
    private static string StringOf(ref Utf8JsonReader json)
    {
        try
        {
            return json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = Encoding.UTF8.GetString(json.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(json.ValueSequence) : json.ValueSpan);
            var sb = new StringBuilder(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\' || i + 1 >= raw.Length) { sb.Append(raw[i]); continue; }
                char e = raw[++i];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u' when i + 4 < raw.Length:
                        sb.Append((char)Convert.ToInt32(raw.Substring(i + 1, 4), 16));
                        i += 4;
                        break;
                    default: sb.Append(e); break; // \" \\ \/
                }
            }
            // Lone surrogates become U+FFFD.
            var chars = sb.ToString().ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
                if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
            }
            return new string(chars);
        }
    }

    /// <summary>A reader that first gives back <c>prefix</c> (characters already read from <c>inner</c>), then the rest of <c>inner</c>.</summary>
    private sealed class PrefixedReader(string prefix, TextReader inner) : TextReader
    {
        private int _at;

        public override int Peek() => _at < prefix.Length ? prefix[_at] : inner.Peek();

        public override int Read() => _at < prefix.Length ? prefix[_at++] : inner.Read();

        public override string? ReadLine()
        {
            if (_at >= prefix.Length) return inner.ReadLine();
            var rest = prefix[_at..];
            var newline = rest.IndexOf('\n');
            if (newline >= 0)
            {
                _at += newline + 1;
                return rest[..newline].TrimEnd('\r');
            }
            _at = prefix.Length;
            var more = inner.ReadLine();
            return more is null ? rest : rest + more;
        }

        public override string ReadToEnd()
        {
            var rest = _at < prefix.Length ? prefix[_at..] : "";
            _at = prefix.Length;
            return rest + inner.ReadToEnd();
        }
    }
}
