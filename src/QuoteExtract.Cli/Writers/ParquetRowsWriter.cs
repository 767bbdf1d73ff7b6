using Parquet;
using Parquet.Schema;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>
/// A flat Parquet file: one row per quote (document, error, quote_id, kind, type, text, start, end, speaker_id,
/// speaker_name, speaker_kind, speaker_mention, cue, confidence, continues). A failed document is one row
/// with its error and null quote columns; a document without quotes is one row with null quote columns, so
/// every document appears. Rows are written in row groups of <see cref="RowGroupSize"/>, so memory stays bounded.
/// </summary>
internal sealed class ParquetRowsWriter : DocumentWriter
{
    /// <summary>Rows per row group (a group is written once it has at least this many rows).</summary>
    public const int RowGroupSize = 10_000;

    /// <summary>The columns of the file.</summary>
    internal static class Columns
    {
        public static readonly DataField<string> Document = new("document", nullable: false);
        public static readonly DataField<string> Error = new("error", nullable: true);
        public static readonly DataField<string> QuoteId = new("quote_id", nullable: true);
        public static readonly DataField<string> Kind = new("kind", nullable: true);
        public static readonly DataField<string> Type = new("type", nullable: true);
        public static readonly DataField<string> Text = new("text", nullable: true);
        public static readonly DataField<int?> Start = new("start");
        public static readonly DataField<int?> End = new("end");
        public static readonly DataField<string> SpeakerId = new("speaker_id", nullable: true);
        public static readonly DataField<string> SpeakerName = new("speaker_name", nullable: true);
        public static readonly DataField<string> SpeakerKind = new("speaker_kind", nullable: true);
        public static readonly DataField<string> SpeakerMention = new("speaker_mention", nullable: true);
        public static readonly DataField<string> Cue = new("cue", nullable: true);
        public static readonly DataField<double?> Confidence = new("confidence");
        public static readonly DataField<string> Continues = new("continues", nullable: true);

        /// <summary>The file's schema, in column order.</summary>
        public static readonly ParquetSchema Schema = new(Document, Error, QuoteId, Kind, Type, Text, Start, End,
            SpeakerId, SpeakerName, SpeakerKind, SpeakerMention, Cue, Confidence, Continues);
    }

    private readonly Stream _stream;
    private readonly int _rowGroupSize;
    private ParquetWriter? _writer;
    private readonly List<string> _document = [];
    private readonly List<string?> _error = [], _quoteId = [], _kind = [], _type = [], _text = [], _speakerId = [], _speakerName = [],
        _speakerKind = [], _speakerMention = [], _cue = [], _continues = [];
    private readonly List<int?> _start = [], _end = [];
    private readonly List<double?> _confidence = [];

    /// <summary>Writes to <paramref name="stream"/> (writable and seekable; it is not closed).</summary>
    public ParquetRowsWriter(Stream stream, int rowGroupSize = RowGroupSize) : base(TextWriter.Null)
    {
        _stream = stream;
        _rowGroupSize = rowGroupSize;
    }

    /// <inheritdoc/>
    public override void Begin() =>
        _writer = ParquetWriter.CreateAsync(Columns.Schema, _stream).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override void Write(string document, ExtractionResult? result, string? error)
    {
        if (result is null || result.Quotes.Count == 0)
        {
            AddRow(document, error, null, null);
        }
        else
        {
            foreach (var quote in result.Quotes) AddRow(document, error, result, quote);
        }
        if (_document.Count >= _rowGroupSize) WriteRowGroup();
    }

    /// <inheritdoc/>
    public override void End()
    {
        if (_writer is null) return;
        if (_document.Count > 0) WriteRowGroup();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult(); // writes the footer
        _writer = null;
        _stream.Flush();
    }

    private void AddRow(string document, string? error, ExtractionResult? result, Quote? quote)
    {
        var speaker = quote is null ? null : result!.SpeakerOf(quote);
        _document.Add(document);
        _error.Add(error);
        _quoteId.Add(quote?.Id);
        _kind.Add(quote?.Kind.ToJsonName());
        _type.Add(quote?.Type.ToJsonName());
        _text.Add(quote?.Text);
        _start.Add(quote?.Span.Start);
        _end.Add(quote?.Span.End);
        _speakerId.Add(quote?.SpeakerId);
        _speakerName.Add(speaker?.Name);
        _speakerKind.Add(speaker?.Kind.ToJsonName());
        _speakerMention.Add(quote?.SpeakerMention?.Text);
        _cue.Add(quote?.Cue?.Text);
        _confidence.Add(quote is not null && double.IsFinite(quote.Confidence)
            ? Math.Round(quote.Confidence, 3, MidpointRounding.AwayFromZero) : null);
        _continues.Add(quote?.Continues);
    }

    private void WriteRowGroup()
    {
        var writer = _writer ?? throw new InvalidOperationException("Begin was not called.");
        using (var group = writer.CreateRowGroup())
        {
            Wait(group.WriteAsync(Columns.Document, _document));
            Wait(group.WriteAsync(Columns.Error, _error));
            Wait(group.WriteAsync(Columns.QuoteId, _quoteId));
            Wait(group.WriteAsync(Columns.Kind, _kind));
            Wait(group.WriteAsync(Columns.Type, _type));
            Wait(group.WriteAsync(Columns.Text, _text));
            Wait(group.WriteAsync<int>(Columns.Start, _start.ToArray()));
            Wait(group.WriteAsync<int>(Columns.End, _end.ToArray()));
            Wait(group.WriteAsync(Columns.SpeakerId, _speakerId));
            Wait(group.WriteAsync(Columns.SpeakerName, _speakerName));
            Wait(group.WriteAsync(Columns.SpeakerKind, _speakerKind));
            Wait(group.WriteAsync(Columns.SpeakerMention, _speakerMention));
            Wait(group.WriteAsync(Columns.Cue, _cue));
            Wait(group.WriteAsync<double>(Columns.Confidence, _confidence.ToArray()));
            Wait(group.WriteAsync(Columns.Continues, _continues));
            group.CompleteValidate();
        }
        foreach (var column in new System.Collections.IList[] { _document, _error, _quoteId, _kind, _type, _text, _start, _end,
            _speakerId, _speakerName, _speakerKind, _speakerMention, _cue, _confidence, _continues })
            column.Clear();
        _stream.Flush();
    }

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
