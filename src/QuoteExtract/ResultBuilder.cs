using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>Turns the layers of a processed document into the immutable result records.</summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(Document document) => ExtractionResult.Empty;
}
