namespace QuoteExtract.Text;

/// <summary>
/// The text being processed and everything the stages have found in it so far. Each stage reads
/// what earlier stages wrote and adds its own layer; nothing is ever a copy of the text, only spans into it.
/// A document belongs to one extraction call: it is not shared between threads.
/// </summary>
public sealed class Document
{
    /// <summary>Wraps <paramref name="text"/> for processing.</summary>
    public Document(string text, ExtractorOptions options)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The original text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The options the extractor was built with.</summary>
    public ExtractorOptions Options { get; }

    /// <summary>Paragraphs, in text order (text stage).</summary>
    public Paragraph[] Paragraphs { get; set; } = [];

    /// <summary>Tokens, in text order (text stage).</summary>
    public Token[] Tokens { get; set; } = [];

    /// <summary>Quoted stretches, ordered by opening mark (text stage).</summary>
    public QuotedSpan[] Quotes { get; set; } = [];

    /// <summary>Sentences, in text order; none crosses a paragraph break (text stage).</summary>
    public Sentence[] Sentences { get; set; } = [];

    /// <summary>For each paragraph, whether it is publisher boilerplate (donation appeals, credits, "Read more").</summary>
    public bool[] BoilerplateParagraphs { get; set; } = [];

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Chars(Text);
}
