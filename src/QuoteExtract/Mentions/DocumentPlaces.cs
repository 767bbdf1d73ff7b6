using QuoteExtract.Text;

namespace QuoteExtract.Mentions;

/// <summary>
/// The sentence of a token and the paragraph of an offset, for a reader that asks in (nearly) text order: the last
/// answer and the few after it are checked first, and only a miss searches (<see cref="Document.SentenceOfToken"/>,
/// <see cref="Document.ParagraphAt"/>). Sentences and paragraphs do not overlap, so a sentence or paragraph that holds
/// the token or offset is the one the search finds.
/// </summary>
internal sealed class DocumentPlaces(Document doc)
{
    private Document _doc = doc;
    private int _sentence, _paragraph;

    // How many sentences or paragraphs on from the last answer are looked at before a search.
    private const int Ahead = 8;

    /// <summary>Starts over on <paramref name="doc"/> (an instance kept for the next document: the speaker stage's).</summary>
    public void Reset(Document doc) => (_doc, _sentence, _paragraph) = (doc, 0, 0);

    /// <summary>As <see cref="Document.SentenceOfToken"/>.</summary>
    public int SentenceOf(int token)
    {
        var sentences = _doc.Sentences;
        int s = _sentence;
        if ((uint)s < (uint)sentences.Length && token >= sentences[s].FirstToken)
        {
            // (A reader of names or pronouns skips a sentence or two between questions.)
            for (int end = Math.Min(sentences.Length, s + Ahead); s < end && token >= sentences[s].FirstToken; s++)
                if (token < sentences[s].EndToken) return _sentence = s;
        }
        s = _doc.SentenceOfToken(token);
        if (s >= 0) _sentence = s;
        return s;
    }

    /// <summary>As <see cref="Document.IsBoilerplate"/>.</summary>
    public bool IsBoilerplate(int offset)
    {
        int p = ParagraphAt(offset);
        return p >= 0 && p < _doc.BoilerplateParagraphs.Length && _doc.BoilerplateParagraphs[p];
    }

    /// <summary>As <see cref="Document.ParagraphAt"/>.</summary>
    public int ParagraphAt(int offset)
    {
        var paragraphs = _doc.Paragraphs;
        int p = _paragraph;
        if ((uint)p < (uint)paragraphs.Length && offset >= paragraphs[p].Span.Start)
        {
            for (int end = Math.Min(paragraphs.Length, p + Ahead); p < end && offset >= paragraphs[p].Span.Start; p++)
                if (offset < paragraphs[p].Span.End) return _paragraph = p;
        }
        p = _doc.ParagraphAt(offset);
        if (p >= 0) _paragraph = p;
        return p;
    }
}
