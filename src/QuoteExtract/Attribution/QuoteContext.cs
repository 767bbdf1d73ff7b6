using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>Where a quoted span stands among the tokens: its marks, paragraph, sentence and the room around it.</summary>
internal readonly struct QuoteContext
{
    /// <param name="doc">The document.</param>
    /// <param name="q">The quote.</param>
    /// <param name="previousEnd">End offset of the previous top-level quote (or -1).</param>
    /// <param name="nextStart">Start offset of the next top-level quote (or int.MaxValue).</param>
    public QuoteContext(Document doc, QuotedSpan q, int previousEnd, int nextStart) : this(doc, q, previousEnd, nextStart, doc.ParagraphAt(q.Open.Start))
    {
    }

    /// <param name="doc">The document.</param>
    /// <param name="q">The quote.</param>
    /// <param name="previousEnd">End offset of the previous top-level quote (or -1).</param>
    /// <param name="nextStart">Start offset of the next top-level quote (or int.MaxValue).</param>
    /// <param name="paragraph">The paragraph holding the opening mark (<see cref="Document.ParagraphAt"/>), known to the caller.</param>
    public QuoteContext(Document doc, QuotedSpan q, int previousEnd, int nextStart, int paragraph)
    {
        OpenToken = doc.TokenAtOrAfter(q.Open.Start);
        CloseToken = q.Closed ? doc.TokenAtOrAfter(q.Close.End - 1) : Math.Max(OpenToken, doc.TokenAtOrAfter(q.Content.End) - 1);
        Paragraph = paragraph;
        var para = Paragraph >= 0 ? doc.Paragraphs[Paragraph].Span : new TextSpan(0, doc.Text.Length);
        ParagraphStartToken = doc.TokenAtOrAfter(para.Start);
        int paraEnd = doc.TokenAtOrAfter(para.End);
        ParagraphEndToken = paraEnd;

        // Room after the quote ends at the next top-level quote of the paragraph; room before, at the previous one.
        ClauseLimitAfter = nextStart < para.End ? doc.TokenAtOrAfter(nextStart) : paraEnd;
        ClauseLimitBefore = previousEnd > para.Start ? Math.Max(ParagraphStartToken, doc.TokenAtOrAfter(previousEnd)) : ParagraphStartToken;

        int sentence = doc.SentenceOfToken(OpenToken);
        SentenceStartToken = Math.Max(sentence >= 0 ? doc.Sentences[sentence].FirstToken : ParagraphStartToken, ParagraphStartToken);
        StartsSentence = OpenToken == SentenceStartToken || OpenToken == ParagraphStartToken
            || (OpenToken > 0 && (doc.Tokens[OpenToken - 1].Kind == TokenKind.QuoteMark || IsTerminalBefore(doc, OpenToken)));
    }

    public int OpenToken { get; }
    public int CloseToken { get; }
    public int Paragraph { get; }
    public int ParagraphStartToken { get; }
    public int ParagraphEndToken { get; }
    public int ClauseLimitAfter { get; }
    public int ClauseLimitBefore { get; }
    public int SentenceStartToken { get; }
    public bool StartsSentence { get; }

    private static bool IsTerminalBefore(Document doc, int token)
    {
        var t = doc.Tokens[token - 1];
        return t.Kind == TokenKind.Punctuation && doc.Text[t.Start] is '.' or '!' or '?' or ':';
    }
}
