using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// <see cref="Document.ParagraphAt"/> for offsets asked in text order (sentence by sentence): a walk forward over the
/// paragraphs instead of a binary search for each. An offset before the last one asked is searched as before.
/// </summary>
internal struct ParagraphCursor(Document doc)
{
    private int _p, _last;

    /// <summary>Index of the paragraph holding <paramref name="offset"/>, or -1.</summary>
    public int At(int offset)
    {
        if (offset < _last) return doc.ParagraphAt(offset);
        _last = offset;
        var paragraphs = doc.Paragraphs;
        while (_p < paragraphs.Length && paragraphs[_p].Span.End <= offset) _p++;
        return _p < paragraphs.Length && paragraphs[_p].Span.Start <= offset ? _p : -1;
    }

    /// <summary><see cref="Document.IsBoilerplate"/> for paragraph <paramref name="p"/> (from <see cref="At"/>).</summary>
    public readonly bool IsBoilerplate(int p) => p >= 0 && p < doc.BoilerplateParagraphs.Length && doc.BoilerplateParagraphs[p];
}
