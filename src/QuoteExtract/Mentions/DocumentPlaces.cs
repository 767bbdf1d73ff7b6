using QuoteExtract.Text;

namespace QuoteExtract.Mentions;

/// <summary>
/// The sentence of a token and the paragraph of an offset, for a reader that asks in (nearly) text order: the last
/// answer or the one after it is checked first, and only a miss searches (<see cref="Document.SentenceOfToken"/>,
/// <see cref="Document.ParagraphAt"/>). Sentences and paragraphs do not overlap, so a sentence or paragraph that holds
/// the token or offset is the one the search finds.
/// </summary>
internal sealed class DocumentPlaces(Document doc)
{
    private int _sentence, _paragraph;

    /// <summary>As <see cref="Document.SentenceOfToken"/>.</summary>
    public int SentenceOf(int token)
    {
        var sentences = doc.Sentences;
        int s = _sentence;
        if ((uint)s < (uint)sentences.Length && token >= sentences[s].FirstToken)
        {
            if (token < sentences[s].EndToken) return s;
            if (s + 1 < sentences.Length && token >= sentences[s + 1].FirstToken && token < sentences[s + 1].EndToken) return _sentence = s + 1;
        }
        s = doc.SentenceOfToken(token);
        if (s >= 0) _sentence = s;
        return s;
    }

    /// <summary>As <see cref="Document.IsBoilerplate"/>.</summary>
    public bool IsBoilerplate(int offset)
    {
        int p = ParagraphAt(offset);
        return p >= 0 && p < doc.BoilerplateParagraphs.Length && doc.BoilerplateParagraphs[p];
    }

    /// <summary>As <see cref="Document.ParagraphAt"/>.</summary>
    public int ParagraphAt(int offset)
    {
        var paragraphs = doc.Paragraphs;
        int p = _paragraph;
        if ((uint)p < (uint)paragraphs.Length && offset >= paragraphs[p].Span.Start)
        {
            if (offset < paragraphs[p].Span.End) return p;
            if (p + 1 < paragraphs.Length && offset >= paragraphs[p + 1].Span.Start && offset < paragraphs[p + 1].Span.End) return _paragraph = p + 1;
        }
        p = doc.ParagraphAt(offset);
        if (p >= 0) _paragraph = p;
        return p;
    }
}
