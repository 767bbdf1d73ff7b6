using System.Text.Json.Serialization;

namespace QuoteExtract.Output;

/// <summary>
/// Source-generated System.Text.Json metadata for the result records (trimming- and AOT-safe):
/// <c>JsonSerializer.Serialize(result, QuoteExtractJsonContext.Default.ExtractionResult)</c> writes the documented
/// output format (docs/output-format.md) and <c>JsonSerializer.Deserialize</c> reads it back. Plain
/// <c>JsonSerializer.Serialize(result)</c> writes the same shape.
/// </summary>
[JsonSerializable(typeof(ResultDocument))]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(Speaker))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(IReadOnlyList<ResultDocument>))]
public sealed partial class QuoteExtractJsonContext : JsonSerializerContext;
