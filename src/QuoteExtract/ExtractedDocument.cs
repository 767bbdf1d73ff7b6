using System.Diagnostics.CodeAnalysis;

namespace QuoteExtract;

/// <summary>
/// One document's outcome in a batch (<see cref="QuoteExtractor.ExtractMany"/>): its id as given, and either its
/// result or the exception its extraction threw. A failing document does not end the batch; the caller learns which
/// one failed (<see cref="Id"/>) and why (<see cref="Error"/>, with its type and stack trace).
/// </summary>
/// <param name="Id">The document's id, passed through unchanged (never inspected: duplicates are fine).</param>
/// <param name="Result">What was extracted; null when the extraction failed.</param>
/// <param name="Error">Why the extraction failed (a null text gives an <see cref="ArgumentNullException"/>); null when it succeeded.</param>
public sealed record ExtractedDocument(string Id, ExtractionResult? Result, Exception? Error)
{
    /// <summary>Whether the extraction succeeded: <see cref="Result"/> is then set and <see cref="Error"/> null.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null && Result is not null;
}
