namespace QuoteExtract.Output;

/// <summary>One document object of the output format, read back: its name, its error (if it failed) and its result.</summary>
/// <param name="Document">The document name.</param>
/// <param name="Error">Why the document could not be processed, or null.</param>
/// <param name="Result">What was extracted (empty when <paramref name="Error"/> is set).</param>
[System.Text.Json.Serialization.JsonConverter(typeof(ResultDocumentJsonConverter))]
public sealed record ResultDocument(string Document, string? Error, ExtractionResult Result);
