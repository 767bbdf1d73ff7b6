using System.Text.Json;
using System.Text.RegularExpressions;
using Parquet;
using QuoteExtract.Cli.Writers;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Output;

/// <summary>
/// docs/output-format.md is the output contract: the JSON the library and the CLI write is checked against its tables
/// (every field listed appears with the listed JSON type, none that is not listed, the listed enum values) on real
/// extractions, and so are the document's own example and the Parquet columns.
/// </summary>
public sealed partial class OutputFormatDocumentTests
{
    private static readonly Lazy<OutputFormatDocument> s_doc = new(() =>
        OutputFormatDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "output-format.md"))));

    private static OutputFormatDocument Doc => s_doc.Value;

    // A realistic extraction: the seed article, and a short made-up report whose speakers are a group named by its
    // members and whose last sentence is a claim of the article's own voice.
    private const string GroupReport =
        "Ann Lee and Tom Baker said the council had misled residents about the bridge. " +
        "\"The numbers were never real,\" Lee told reporters on Monday. " +
        "The bridge cost 42 million dollars, twice the estimate.";

    private static readonly Lazy<(string Name, ExtractionResult Result)[]> s_extractions = new(() =>
    [
        ("000_329f24a8b1ceea21.txt", QuoteExtractor.Default.Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_329f24a8b1ceea21.txt")))),
        ("group.txt", QuoteExtractor.Default.Extract(GroupReport)),
        ("all-types.txt", new QuoteExtractorBuilder().WithAttributionTypes(AttributionTypes.All).Build()
            .Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_329f24a8b1ceea21.txt")))),
    ]);

    // The enum each documented value list describes, with the names the writer gives its values.
    private static readonly Dictionary<string, string[]> s_enumNames = new()
    {
        ["Quote.kind"] = [.. Enum.GetValues<QuoteKind>().Select(v => v.ToJsonName())],
        ["Quote.type"] = [.. Enum.GetValues<AttributionType>().Select(v => v.ToJsonName())],
        ["Speaker.kind"] = [.. Enum.GetValues<SpeakerKind>().Select(v => v.ToJsonName())],
        ["Claim.stance"] = [.. Enum.GetValues<ClaimStance>().Select(v => v.ToJsonName())],
    };

    [Fact]
    public void The_document_describes_each_object_in_a_table()
    {
        Doc.Objects.Keys.Should().BeEquivalentTo(["Document", "Quote", "Speaker", "Claim", "Excerpt"]);
        Doc.Objects["Document"].Select(f => f.Name).Should().Equal("document", "error", "quotes", "speakers", "claims");
        Doc.Objects.Values.SelectMany(fields => fields).Should().OnlyContain(f => f.Meaning.Length > 0, "every field says what it means");
    }

    [Fact]
    public void The_librarys_json_has_exactly_the_documented_fields_and_types()
    {
        var seen = new Coverage();
        foreach (var (name, result) in s_extractions.Value)
            Check(ResultJson.ToJson(name, result), "Document", "$", seen);
        Check(ResultJson.ErrorToJson("unreadable.txt", "invalid UTF-8 at byte 12"), "Document", "$", seen);
        seen.ShouldCoverEveryField(Doc);
    }

    [Fact]
    public void The_clis_json_lines_and_json_array_have_exactly_the_documented_fields_and_types()
    {
        var seen = new Coverage();
        var jsonl = new JsonLinesWriter(TextWriter.Null);
        var array = new StringWriter();
        var json = new JsonArrayWriter(array);
        json.Begin();
        foreach (var (name, result) in s_extractions.Value)
        {
            Check(jsonl.Format(name, result, null).ToString(), "Document", "$", seen);
            json.Write(name, result, null);
        }
        Check(jsonl.Format("unreadable.txt", null, "invalid UTF-8 at byte 12").ToString(), "Document", "$", seen);
        json.Write("unreadable.txt", null, "invalid UTF-8 at byte 12");
        json.End();
        seen.ShouldCoverEveryField(Doc);

        using var parsed = JsonDocument.Parse(array.ToString());
        parsed.RootElement.GetArrayLength().Should().Be(s_extractions.Value.Length + 1);
        foreach (var element in parsed.RootElement.EnumerateArray()) Check(element, "Document", "$[]", new Coverage());
    }

    [Fact]
    public void The_documents_example_follows_its_tables()
    {
        Doc.Example.Should().NotBeNull("the document shows an example object");
        Check(Doc.Example!.Value, "Document", "example", new Coverage());
    }

    [Fact]
    public void The_documented_enum_values_are_the_writers()
    {
        Doc.Values.Keys.Should().BeEquivalentTo(s_enumNames.Keys, "each enum field lists its values, and only those");
        foreach (var (field, names) in s_enumNames)
        {
            Doc.Values[field].Should().BeEquivalentTo(names, $"{field} lists every value the writer writes");
            var (obj, name) = (field[..field.IndexOf('.')], field[(field.IndexOf('.') + 1)..]);
            Doc.Objects[obj].Select(f => f.Name).Should().Contain(name, $"{field} is a documented field");
        }
    }

    [Fact]
    public async Task The_parquet_columns_are_the_documented_ones()
    {
        using var stream = new MemoryStream();
        var writer = new ParquetRowsWriter(stream);
        writer.Begin();
        foreach (var (name, result) in s_extractions.Value) writer.Write(name, result, null);
        writer.Write("unreadable.txt", null, "invalid UTF-8 at byte 12");
        writer.End();

        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        fields.Select(f => f.Name).Should().Equal(Doc.ParquetColumns.Select(c => c.Name), "the columns, in order");
        foreach (var (field, column) in fields.Zip(Doc.ParquetColumns))
        {
            var types = column.Types;
            field.IsNullable.Should().Be(types.Contains("null"), $"column {field.Name} is documented as '{column.Type}'");
            // (Parquet.Net reads strings back as ReadOnlyMemory<char>.)
            Type[] clrTypes = types.Single(t => t != "null") switch
            {
                "string" => [typeof(string), typeof(ReadOnlyMemory<char>)],
                "int32" => [typeof(int)],
                "double" => [typeof(double)],
                var other => throw new InvalidOperationException($"column {field.Name}: unknown Parquet type '{other}' in the document"),
            };
            clrTypes.Should().Contain(field.ClrType, $"column {field.Name} is documented as '{column.Type}'");
        }
    }

    private static void Check(string json, string objectName, string path, Coverage seen)
    {
        using var parsed = JsonDocument.Parse(json);
        Check(parsed.RootElement, objectName, path, seen);
    }

    // Checks one object against its table, and its nested objects against theirs; records what was seen.
    private static void Check(JsonElement element, string objectName, string path, Coverage seen)
    {
        element.ValueKind.Should().Be(JsonValueKind.Object, $"{path} is a {objectName} object");
        var fields = Doc.Objects[objectName];
        element.EnumerateObject().Select(p => p.Name).Should().Equal(fields.Select(f => f.Name),
            $"{path} ({objectName}) has exactly the documented fields, in the documented order");
        foreach (var field in fields)
        {
            var value = element.GetProperty(field.Name);
            var where = $"{path}.{field.Name}";
            field.Types.Should().Contain(t => Matches(value, t, where, seen), $"{where} = {value.GetRawText()} is a {field.Type}");
            seen.Saw(objectName, field.Name, value);
            if (Doc.Values.TryGetValue($"{objectName}.{field.Name}", out var values) && value.ValueKind == JsonValueKind.String)
                values.Should().Contain(value.GetString()!, $"{where} is one of the documented values");
        }
    }

    private static bool Matches(JsonElement value, string type, string path, Coverage seen)
    {
        switch (type)
        {
            case "null": return value.ValueKind == JsonValueKind.Null;
            case "string": return value.ValueKind == JsonValueKind.String;
            case "number": return value.ValueKind == JsonValueKind.Number;
            case "integer": return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _);
        }
        if (type.StartsWith("array of ", StringComparison.Ordinal))
        {
            if (value.ValueKind != JsonValueKind.Array) return false;
            var itemType = type["array of ".Length..];
            var i = 0;
            foreach (var item in value.EnumerateArray())
                Matches(item, itemType, $"{path}[{i++}]", seen).Should().BeTrue($"{path}[{i - 1}] is a {itemType}");
            return true;
        }
        Doc.Objects.Should().ContainKey(type, $"'{type}' is a JSON type or an object the document describes");
        if (value.ValueKind != JsonValueKind.Object) return false;
        Check(value, type, path, seen);
        return true;
    }

    /// <summary>Which fields were seen with a value: neither null nor an empty array.</summary>
    private sealed class Coverage
    {
        private readonly HashSet<string> _filled = [];

        public void Saw(string objectName, string field, JsonElement value)
        {
            if (value.ValueKind is not JsonValueKind.Null && !(value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
                _filled.Add($"{objectName}.{field}");
        }

        public void ShouldCoverEveryField(OutputFormatDocument doc) =>
            doc.Objects.SelectMany(o => o.Value.Select(f => $"{o.Key}.{f.Name}")).Where(f => !_filled.Contains(f))
                .Should().BeEmpty("the extractions show every documented field with a value, not only null or empty");
    }
}

/// <summary>The tables of docs/output-format.md: the objects' fields, the enum values, the Parquet columns, and the example.</summary>
internal sealed partial class OutputFormatDocument
{
    /// <summary>One row of a table: a field (or column), its type as written, what it means.</summary>
    public sealed record Field(string Name, string Type, string Meaning)
    {
        /// <summary>The alternatives of the type: "string or null" is ["string", "null"].</summary>
        public IReadOnlyList<string> Types => [.. Type.Split(" or ", StringSplitOptions.TrimEntries)];
    }

    /// <summary>The fields of each object, by the object's heading (Document, Quote, …), in table order.</summary>
    public Dictionary<string, List<Field>> Objects { get; } = [];

    /// <summary>The documented values of each enum field, by <c>Object.field</c>.</summary>
    public Dictionary<string, List<string>> Values { get; } = [];

    /// <summary>The Parquet columns, in order.</summary>
    public List<Field> ParquetColumns { get; } = [];

    /// <summary>The example's JSON, or null when there is none.</summary>
    public JsonElement? Example { get; private set; }

    [GeneratedRegex(@"^#{2,}\s+(.+?)\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"^```json\s*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    public static OutputFormatDocument Parse(string markdown)
    {
        var doc = new OutputFormatDocument();
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        string? heading = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Heading().Match(lines[i]) is { Success: true } h) { heading = h.Groups[1].Value; continue; }
            if (!lines[i].TrimStart().StartsWith('|') || heading is null) continue;

            // A table: its header, the separator row, then rows until the first line that is not a table row.
            var header = Cells(lines[i]).Select(c => c.ToLowerInvariant()).ToArray();
            var rows = new List<string[]>();
            for (i += 2; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++) rows.Add(Cells(lines[i]));
            i--;
            rows.Should().OnlyContain(r => r.Length == header.Length, $"every row of the table under '{heading}' has {header.Length} cells");
            if (header.SequenceEqual(["field", "type", "meaning"]))
            {
                doc.Objects.Should().NotContainKey(heading, "each object has one table");
                doc.Objects[heading] = [.. rows.Select(r => new Field(Name(r[0]), r[1], r[2]))];
            }
            else if (header.SequenceEqual(["column", "type", "meaning"]))
                doc.ParquetColumns.AddRange(rows.Select(r => new Field(Name(r[0]), r[1], r[2])));
            else if (header.SequenceEqual(["field", "values"]))
                foreach (var r in rows) doc.Values[Name(r[0])] = [.. Code().Matches(r[1]).Select(m => m.Groups[1].Value)];
        }
        if (JsonBlock().Match(markdown) is { Success: true } example)
            doc.Example = JsonDocument.Parse(example.Groups[1].Value).RootElement.Clone();
        return doc;
    }

    // The cells of a table row, trimmed; a pipe escaped as \| stays in its cell.
    private static string[] Cells(string row)
    {
        var cells = Regex.Split(row.Trim().Trim('|'), @"(?<!\\)\|");
        return [.. cells.Select(c => c.Replace(@"\|", "|").Trim())];
    }

    private static string Name(string cell) => cell.Trim().Trim('`');
}
