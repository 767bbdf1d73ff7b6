using QuoteExtract.Output;

namespace QuoteExtract.Cli.Writers;

/// <summary>
/// <c>--format html</c> without <c>--out</c>: the page of the one input document (<see cref="HtmlView.Render"/>) on the
/// output. A second document is a usage error (pages of several documents need <c>--out DIR</c>): the page is written
/// at the end, so nothing is written then. A document that failed writes no page; its error goes to standard error.
/// </summary>
internal sealed class HtmlPageWriter(TextWriter output) : DocumentWriter(output)
{
    private bool _seen, _several;
    private (string Document, string Text, ExtractionResult Result)? _page;

    /// <summary>The input held a second document.</summary>
    internal sealed class SeveralDocumentsException() : Exception(
        "--format html without --out writes the page of one document to standard output, and the input has several; give --out DIR.");

    public override void Write(string document, ExtractionResult? result, string? error) => Write(document, null, result, error);

    public override void Write(string document, string? text, ExtractionResult? result, string? error)
    {
        if (_seen)
        {
            _several = true;
            throw new SeveralDocumentsException();
        }
        _seen = true;
        if (text is not null && result is not null) _page = (document, text, result);
    }

    public override void End()
    {
        if (!_several && _page is { } page) Output.Write(HtmlView.Render(page.Document, page.Text, page.Result));
    }
}
