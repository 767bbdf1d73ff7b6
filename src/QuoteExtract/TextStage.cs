using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>The text stage: paragraphs, tokens, quote marks, sentences, boilerplate.</summary>
internal sealed class TextStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => PipelineStageNames.Text;

    // Tags and spacing entities are read past like white space (the offsets of everything else are unchanged).
    private static Token[] WithoutMarkup(Token[] tokens)
    {
        int markup = 0;
        foreach (var t in tokens) if (t.Kind == TokenKind.Markup) markup++;
        if (markup == 0) return tokens;
        var kept = new Token[tokens.Length - markup];
        int n = 0;
        foreach (var t in tokens) if (t.Kind != TokenKind.Markup) kept[n++] = t;
        return kept;
    }

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        document.ParagraphArray = ParagraphSplitter.Split(text);
        document.TokenArray = WithoutMarkup(Tokenizer.Tokenize(text));
        document.QuoteArray = QuoteMarkScanner.Scan(text, document.ParagraphArray, document.Options.QuoteMarks);
        document.SentenceArray = SentenceSplitter.Split(text, document.TokenArray, document.ParagraphArray, document.QuoteArray);
        document.BoilerplateArray = document.Options.SkipBoilerplate
            ? BoilerplateDetector.Detect(text, document.ParagraphArray, document.QuoteArray)
            : new bool[document.Paragraphs.Length];
    }
}
