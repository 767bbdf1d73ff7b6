using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>The text stage: paragraphs, tokens, quote marks, sentences, boilerplate.</summary>
internal sealed class TextStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => PipelineStageNames.Text;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        document.ParagraphArray = ParagraphSplitter.Split(text);
        // The quote marks before the tokens: the pairing's scratch (a slot a mark) is garbage before the token layer is
        // made, not beside it (16 MiB of `"a" "b" `: 7 bytes a character of scratch, 6 of tokens).
        document.QuoteArray = QuoteMarkScanner.Scan(text, document.ParagraphArray, document.Options.QuoteMarks);
        int count = Tokenizer.TokenizeWithoutMarkup(text, document.Layers, out var tokens);
        document.SetTokens(tokens, count);
        int sentences = SentenceSplitter.Split(text, tokens, count, document.ParagraphArray, document.QuoteArray, document.Layers, out var sentenceArray);
        document.SetSentences(sentenceArray, sentences);
        document.BoilerplateArray = document.Options.SkipBoilerplate
            ? BoilerplateDetector.Detect(text, document.ParagraphArray, document.QuoteArray)
            : new bool[document.Paragraphs.Length];
    }
}
