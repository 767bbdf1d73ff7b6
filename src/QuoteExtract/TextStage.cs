using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>The text stage: paragraphs, tokens, quote marks, sentences, boilerplate.</summary>
public sealed class TextStage : IPipelineStage
{
    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        document.Paragraphs = ParagraphSplitter.Split(text);
        document.Tokens = Tokenizer.Tokenize(text);
        document.Quotes = QuoteMarkScanner.Scan(text, document.Paragraphs, document.Options.QuoteMarks);
        document.Sentences = SentenceSplitter.Split(text, document.Tokens, document.Paragraphs, document.Quotes);
        document.BoilerplateParagraphs = document.Options.SkipBoilerplate
            ? BoilerplateDetector.Detect(text, document.Paragraphs, document.Quotes)
            : new bool[document.Paragraphs.Length];
    }
}
