using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace QuoteExtract.Output;

/// <summary>
/// Renders an extraction as one self-contained HTML page to look at: the article text with every quote
/// highlighted in its speaker's colour (cue underlined, speaker mentions in bold), a speaker panel and a
/// claims panel. The page has inline CSS and a little inline JavaScript only; it loads nothing (a
/// Content-Security-Policy forbids any network access and any script but its own). All document text is
/// HTML-escaped, so an article containing markup or scripts shows them as text. The output is
/// deterministic: the same input gives the same bytes.
/// </summary>
public static class HtmlView
{
    /// <summary>The colour of quotes that have no (known) speaker.</summary>
    public const string NeutralColor = "#8a8a8a";

    // Distinct hues that stay readable as a text colour and as a light background.
    private static readonly string[] s_palette =
    [
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
        "#e377c2", "#8c564b", "#a9a200", "#393b79", "#637939", "#843c39",
    ];

    /// <summary>
    /// The page for one document: <paramref name="text"/> is the text the result was extracted from (its
    /// spans are UTF-16 offsets into it); <paramref name="documentName"/> is shown as the page title.
    /// Spans outside the text are clamped to it, and a span edge that falls inside a surrogate pair is
    /// moved outward so that no character is split.
    /// </summary>
    public static string Render(string documentName, string text, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(documentName);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);

        var colors = SpeakerColors(result);
        var mentions = PlacedMentions(result);
        var html = new StringBuilder(text.Length * 3 + 16_384);
        var title = documentName.Length == 0 ? "document" : documentName;

        Head(html, title + " — QuoteExtract", documentName: true);
        html.Append("<header><h1>");
        Escape(html, title);
        html.Append("</h1><p class=\"counts\">")
            .Append(Count(result.Quotes.Count, "quote")).Append(" · ")
            .Append(Count(result.Speakers.Count, "speaker")).Append(" · ")
            .Append(Count(result.Claims.Count, "claim"))
            .Append("</p><p class=\"legend\"><mark class=\"q\" style=\"--c:").Append(s_palette[0])
            .Append("\">quote</mark> coloured by speaker · <b class=\"m\" style=\"--c:").Append(s_palette[0])
            .Append("\">speaker</b> · <span class=\"cue\" style=\"--c:").Append(s_palette[0])
            .Append("\">cue</span> · <mark class=\"q\" style=\"--c:").Append(NeutralColor)
            .Append("\">no speaker</mark> · hover or tab to a quote for details</p></header>\n");

        html.Append("<main><article id=\"text\">");
        Article(html, text, result, colors, mentions);
        html.Append("</article>\n<aside>");
        SpeakerPanel(html, result, colors, mentions);
        ClaimPanel(html, result, colors);
        html.Append("</aside></main>\n");
        Tail(html);
        return html.ToString();
    }

    /// <summary>
    /// An index page for a folder of pages: one row per document with its counts and a link to its page
    /// (<c>File</c>, relative to the index); a document with an <c>Error</c> is listed with the error
    /// (and linked only when <c>File</c> is not empty).
    /// </summary>
    public static string RenderIndex(IEnumerable<(string Document, string File, int Quotes, int Speakers, int Claims, string? Error)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = documents.ToList();
        var html = new StringBuilder(4096 + rows.Count * 256);
        Head(html, "QuoteExtract — documents", documentName: false);
        var failed = rows.Count(r => r.Error is not null);
        html.Append("<header><h1>Documents</h1><p class=\"counts\">")
            .Append(Count(rows.Count, "document"))
            .Append(" · ").Append(Count(rows.Sum(r => (long)r.Quotes), "quote"))
            .Append(" · ").Append(Count(rows.Sum(r => (long)r.Speakers), "speaker"))
            .Append(" · ").Append(Count(rows.Sum(r => (long)r.Claims), "claim"));
        if (failed > 0) html.Append(" · <span class=\"err\">").Append(failed.ToString(CultureInfo.InvariantCulture)).Append(" failed</span>");
        html.Append("</p></header>\n<main class=\"index\"><table><thead><tr><th>document</th><th>quotes</th><th>speakers</th><th>claims</th><th>status</th></tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append(row.Error is null ? "<tr>" : "<tr class=\"failed\">").Append("<td>");
            if (!string.IsNullOrEmpty(row.File))
            {
                html.Append("<a href=\"");
                Escape(html, Href(row.File));
                html.Append("\">");
                Escape(html, row.Document);
                html.Append("</a>");
            }
            else
            {
                Escape(html, row.Document);
            }
            html.Append("</td>");
            foreach (var n in (ReadOnlySpan<int>)[row.Quotes, row.Speakers, row.Claims])
                html.Append("<td class=\"n\">").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            html.Append("<td>");
            if (row.Error is null) html.Append("ok");
            else
            {
                html.Append("<span class=\"err\">error: ");
                Escape(html, row.Error);
                html.Append("</span>");
            }
            html.Append("</td></tr>\n");
        }
        if (rows.Count == 0) html.Append("<tr><td colspan=\"5\" class=\"none\">No documents.</td></tr>\n");
        html.Append("</tbody></table></main>\n");
        Tail(html);
        return html.ToString();
    }

    /// <summary>
    /// The colour (<c>#rrggbb</c>) of the speaker <paramref name="speakerId"/> on the page of
    /// <paramref name="result"/>: one per speaker, by its position in <see cref="ExtractionResult.Speakers"/>;
    /// <see cref="NeutralColor"/> for null or an id that is not a speaker of the result.
    /// </summary>
    public static string SpeakerColor(ExtractionResult result, string? speakerId)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (speakerId is null) return NeutralColor;
        for (var i = 0; i < result.Speakers.Count; i++)
            if (result.Speakers[i].Id == speakerId) return PaletteColor(i);
        return NeutralColor;
    }

    private static string PaletteColor(int index)
    {
        if (index < s_palette.Length) return s_palette[index];
        // Past the palette: hues a golden angle apart, at a saturation and lightness that stay readable.
        var hue = (index * 137.508) % 360.0;
        return Hsl(hue, 0.62, 0.42);
    }

    private static string Hsl(double h, double s, double l)
    {
        var c = (1 - Math.Abs(2 * l - 1)) * s;
        var x = c * (1 - Math.Abs(h / 60 % 2 - 1));
        var m = l - c / 2;
        var (r, g, b) = (int)(h / 60) switch
        {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        static int Byte(double v) => Math.Clamp((int)Math.Round(v * 255), 0, 255);
        return string.Create(CultureInfo.InvariantCulture, $"#{Byte(r + m):x2}{Byte(g + m):x2}{Byte(b + m):x2}");
    }

    private static Dictionary<string, string> SpeakerColors(ExtractionResult result)
    {
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Speakers.Count; i++) colors.TryAdd(result.Speakers[i].Id, PaletteColor(i));
        return colors;
    }

    private static string ColorOf(Dictionary<string, string> colors, string? speakerId) =>
        speakerId is not null && colors.TryGetValue(speakerId, out var color) ? color : NeutralColor;

    private static Speaker? FindSpeaker(ExtractionResult result, string? id)
    {
        if (id is null) return null;
        foreach (var speaker in result.Speakers) if (speaker.Id == id) return speaker;
        return null;
    }

    // ---------------------------------------------------------------- the article text

    private enum Layer { Quote = 0, Mention = 1, Cue = 2, Claim = 3 }

    /// <summary>One marked range of the text: the tag its first piece opens with (with the id links jump to), the tag of further pieces, the closing tag.</summary>
    private sealed record Mark(Layer Layer, int Start, int End, int Order, string OpenFirst, string OpenMore, string Close, bool Zero = false);

    /// <summary>
    /// The mentions marked in the text, with the element id each gets: every resolved mention of every speaker,
    /// then the quotes' local mentions; once per place (the first speaker that claims a place colours it).
    /// </summary>
    private static List<(string? SpeakerId, string Anchor, Excerpt Mention)> PlacedMentions(ExtractionResult result)
    {
        var placed = new List<(string?, string, Excerpt)>();
        var seen = new HashSet<(int, int)>();
        foreach (var speaker in result.Speakers)
        {
            var k = 0;
            foreach (var mention in speaker.Mentions)
                if (seen.Add((mention.Span.Start, mention.Span.End)))
                    placed.Add((speaker.Id, "m-" + speaker.Id + "-" + (++k).ToString(CultureInfo.InvariantCulture), mention));
        }
        foreach (var quote in result.Quotes)
            if (quote.SpeakerMention is { } mention && seen.Add((mention.Span.Start, mention.Span.End)))
                placed.Add((quote.SpeakerId, "m-" + quote.Id, mention));
        return placed;
    }

    private static void Article(StringBuilder html, string text, ExtractionResult result, Dictionary<string, string> colors,
        List<(string? SpeakerId, string Anchor, Excerpt Mention)> mentions)
    {
        var marks = new List<Mark>();
        var order = 0;

        foreach (var quote in result.Quotes)
        {
            var speaker = FindSpeaker(result, quote.SpeakerId);
            var color = ColorOf(colors, quote.SpeakerId);
            var tip = QuoteTip(quote, speaker);
            var common = new StringBuilder();
            common.Append(" data-quote-id=\"");
            Escape(common, quote.Id);
            common.Append("\" data-speaker-id=\"");
            Escape(common, quote.SpeakerId ?? "");
            common.Append("\" data-kind=\"").Append(quote.Kind.ToJsonName()).Append("\" style=\"--c:").Append(color).Append("\" data-tip=\"");
            Escape(common, tip);
            common.Append('"');
            var first = new StringBuilder("<mark class=\"q\" id=\"");
            Escape(first, "q-" + quote.Id);
            first.Append("\" tabindex=\"0\"").Append(common).Append('>');
            var more = "<mark class=\"q more\"" + common + ">";
            Add(marks, text, Layer.Quote, quote.Span, order++, first.ToString(), more, "</mark>");
        }

        foreach (var (speakerId, anchor, mention) in mentions) AddMention(marks, text, mention, speakerId, colors, anchor, order++);

        // Cues: one mark per place, naming every quote it reports.
        var cues = new List<(TextSpan Span, List<Quote> Quotes)>();
        foreach (var quote in result.Quotes)
        {
            if (quote.Cue is not { } cue) continue;
            var entry = cues.FindIndex(c => c.Span == cue.Span);
            if (entry < 0) cues.Add((cue.Span, [quote]));
            else cues[entry].Quotes.Add(quote);
        }
        foreach (var (span, quotes) in cues)
        {
            var open = new StringBuilder("<span class=\"cue\" data-cue-for=\"");
            Escape(open, string.Join(' ', quotes.Select(q => q.Id)));
            open.Append("\" style=\"--c:").Append(ColorOf(colors, quotes[0].SpeakerId)).Append("\">");
            Add(marks, text, Layer.Cue, span, order++, open.ToString(), open.ToString(), "</span>");
        }

        foreach (var claim in result.Claims)
        {
            var common = new StringBuilder(" data-claim-id=\"");
            Escape(common, claim.Id);
            common.Append("\">");
            var first = new StringBuilder("<span class=\"cl\" id=\"");
            Escape(first, "c-" + claim.Id);
            first.Append('"').Append(common);
            Add(marks, text, Layer.Claim, claim.Span, order++, first.ToString(), "<span class=\"cl more\"" + common, "</span>");
        }

        marks = SplitCrossings(marks);
        WriteMarked(html, text, marks);
    }

    private static void AddMention(List<Mark> marks, string text, Excerpt mention, string? speakerId, Dictionary<string, string> colors,
        string anchor, int order)
    {
        var common = new StringBuilder(" data-speaker-id=\"");
        Escape(common, speakerId ?? "");
        common.Append("\" style=\"--c:").Append(ColorOf(colors, speakerId)).Append("\">");
        var first = new StringBuilder("<b class=\"m\" id=\"");
        Escape(first, anchor);
        first.Append('"').Append(common);
        marks.Add(Clamp(text, Layer.Mention, mention.Span, order, first.ToString(), "<b class=\"m more\"" + common, "</b>"));
    }

    private static void Add(List<Mark> marks, string text, Layer layer, TextSpan span, int order, string openFirst, string openMore, string close) =>
        marks.Add(Clamp(text, layer, span, order, openFirst, openMore, close));

    /// <summary>The span clamped to the text, its edges moved outward off the middle of a surrogate pair.</summary>
    private static Mark Clamp(string text, Layer layer, TextSpan span, int order, string openFirst, string openMore, string close)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        if (InsidePair(text, start)) start--;
        if (InsidePair(text, end)) end++;
        return new Mark(layer, start, end, order, openFirst, openMore, close, Zero: end == start);
    }

    private static bool InsidePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]);

    /// <summary>
    /// Cuts every mark at the edges of the marks of higher layers that cross it (quotes before mentions before
    /// cues before claims), so that the quotes stay whole elements and the rest nests inside or around them.
    /// A piece after the first opens with <see cref="Mark.OpenMore"/> (no id, not focusable).
    /// </summary>
    private static List<Mark> SplitCrossings(List<Mark> marks)
    {
        var result = new List<Mark>(marks.Count);
        foreach (var mark in marks)
        {
            var cuts = new SortedSet<int>();
            foreach (var other in marks)
            {
                if (other.Layer >= mark.Layer) continue;
                var crosses = other.Start < mark.End && mark.Start < other.End
                    && !(other.Start <= mark.Start && mark.End <= other.End)
                    && !(mark.Start <= other.Start && other.End <= mark.End);
                if (!crosses) continue;
                if (other.Start > mark.Start && other.Start < mark.End) cuts.Add(other.Start);
                if (other.End > mark.Start && other.End < mark.End) cuts.Add(other.End);
            }
            if (cuts.Count == 0)
            {
                result.Add(mark);
                continue;
            }
            var from = mark.Start;
            var piece = 0;
            foreach (var cut in cuts.Append(mark.End))
            {
                result.Add(mark with { Start = from, End = cut, OpenFirst = piece++ == 0 ? mark.OpenFirst : mark.OpenMore });
                from = cut;
            }
        }
        return result;
    }

    /// <summary>
    /// Writes the text cut at every mark edge, with properly nested elements: at each edge the marks that end
    /// there are closed (any mark above them on the stack is closed and reopened as a further piece), then
    /// the marks that start there are opened, outermost (longest) first.
    /// </summary>
    private static void WriteMarked(StringBuilder html, string text, List<Mark> marks)
    {
        var starts = marks
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Layer).ThenBy(m => m.Order)
            .ToList();
        var edges = new SortedSet<int> { 0, text.Length };
        foreach (var m in marks) { edges.Add(m.Start); edges.Add(m.End); }

        var stack = new List<Mark>();
        var opened = new HashSet<Mark>(ReferenceEqualityComparer.Instance);
        var next = 0;
        var position = 0;
        foreach (var edge in edges)
        {
            Escape(html, text.AsSpan(position, edge - position));
            position = edge;

            // Close the marks that end here; marks above them are reopened after.
            var reopen = new List<Mark>();
            while (stack.Any(m => m.End == edge && !m.Zero))
            {
                var top = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                html.Append(top.Close);
                if (top.End != edge) reopen.Add(top);
            }

            var opening = new List<Mark>(reopen);
            while (next < starts.Count && starts[next].Start == edge) opening.Add(starts[next++]);
            foreach (var mark in opening.OrderByDescending(m => m.End).ThenBy(m => m.Layer).ThenBy(m => m.Order))
            {
                html.Append(opened.Add(mark) ? mark.OpenFirst : mark.OpenMore);
                if (mark.Zero) html.Append(mark.Close);
                else stack.Add(mark);
            }
        }
        for (var i = stack.Count - 1; i >= 0; i--) html.Append(stack[i].Close); // none left: every mark ends by the text's end
    }

    private static string QuoteTip(Quote quote, Speaker? speaker)
    {
        var tip = new StringBuilder();
        tip.Append(quote.Id).Append(" · ").Append(quote.Kind.ToJsonName()).Append(" quote · ").Append(quote.Type.ToJsonName()).Append('\n');
        tip.Append("speaker: ").Append(speaker?.Name ?? (quote.SpeakerId is null ? "none" : quote.SpeakerId));
        if (quote.SpeakerMention is { } mention && speaker is not null && !mention.Text.Equals(speaker.Name, StringComparison.Ordinal))
            tip.Append(" (“").Append(Cut(mention.Text, 40)).Append("”)");
        tip.Append("\ncue: ").Append(quote.Cue is { } cue ? Cut(cue.Text, 40) : "none");
        tip.Append("\nconfidence: ").Append(quote.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        if (quote.Continues is not null) tip.Append("\ncontinues ").Append(quote.Continues);
        return tip.ToString();
    }

    // ---------------------------------------------------------------- panels

    private static void SpeakerPanel(StringBuilder html, ExtractionResult result, Dictionary<string, string> colors,
        List<(string? SpeakerId, string Anchor, Excerpt Mention)> mentions)
    {
        html.Append("<section class=\"panel\" id=\"speakers\"><h2>Speakers</h2>");
        if (result.Speakers.Count == 0) html.Append("<p class=\"none\">No speakers found.</p>");
        html.Append("<ul class=\"speakers\">");
        foreach (var speaker in result.Speakers)
        {
            var quotes = result.Quotes.Where(q => q.SpeakerId == speaker.Id).ToList();
            var links = mentions.Where(m => m.SpeakerId == speaker.Id).Select(m => (m.Anchor, m.Mention.Text)).ToList();
            SpeakerItem(html, speaker.Id, speaker.Name, speaker.Kind.ToJsonName(), speaker.Titles, quotes, links, ColorOf(colors, speaker.Id));
        }
        var unattributed = result.Quotes.Where(q => q.SpeakerId is null || !colors.ContainsKey(q.SpeakerId)).ToList();
        if (unattributed.Count > 0) SpeakerItem(html, "", "No speaker", null, [], unattributed, [], NeutralColor);
        html.Append("</ul></section>\n");
    }

    private static void SpeakerItem(StringBuilder html, string id, string name, string? kind, IReadOnlyList<string> titles,
        List<Quote> quotes, List<(string Anchor, string Text)> mentions, string color)
    {
        html.Append("<li class=\"speaker\"");
        if (id.Length > 0)
        {
            html.Append(" id=\"");
            Escape(html, "s-" + id);
            html.Append('"');
        }
        html.Append(" data-speaker-id=\"");
        Escape(html, id);
        html.Append("\" style=\"--c:").Append(color).Append("\"><div class=\"who\"><span class=\"dot\"></span><strong>");
        Escape(html, name);
        html.Append("</strong>");
        if (kind is not null) html.Append(" <span class=\"kind\">").Append(kind).Append("</span>");
        html.Append(" <span class=\"nq\">").Append(Count(quotes.Count, "quote")).Append("</span></div>");
        if (titles.Count > 0)
        {
            html.Append("<div class=\"titles\">");
            Escape(html, string.Join(", ", titles));
            html.Append("</div>");
        }
        if (quotes.Count > 0)
        {
            html.Append("<ol class=\"links quotes\">");
            foreach (var quote in quotes)
            {
                html.Append("<li><a href=\"#");
                Escape(html, Uri.EscapeDataString("q-" + quote.Id));
                html.Append("\"><span class=\"id\">");
                Escape(html, quote.Id);
                html.Append("</span> ");
                Escape(html, Cut(quote.Text, 60));
                html.Append("</a></li>");
            }
            html.Append("</ol>");
        }
        if (mentions.Count > 0)
        {
            html.Append("<div class=\"links mentions\">mentions: ");
            foreach (var (anchor, mentionText) in mentions)
            {
                html.Append("<a href=\"#");
                Escape(html, Uri.EscapeDataString(anchor));
                html.Append("\">");
                Escape(html, Cut(mentionText, 30));
                html.Append("</a> ");
            }
            html.Append("</div>");
        }
        html.Append("</li>");
    }

    private static void ClaimPanel(StringBuilder html, ExtractionResult result, Dictionary<string, string> colors)
    {
        html.Append("<section class=\"panel\" id=\"claims\"><h2>Claims</h2>");
        if (result.Claims.Count == 0) html.Append("<p class=\"none\">No claims found.</p>");
        html.Append("<ol class=\"claims\">");
        foreach (var claim in result.Claims)
        {
            var claimant = FindSpeaker(result, claim.ClaimantId);
            var worth = double.IsFinite(claim.CheckWorthiness) ? Math.Clamp(claim.CheckWorthiness, 0, 1) : 0;
            var percent = (worth * 100).ToString("0", CultureInfo.InvariantCulture);
            html.Append("<li class=\"claim\" data-claim-id=\"");
            Escape(html, claim.Id);
            html.Append("\" style=\"--c:").Append(ColorOf(colors, claim.ClaimantId)).Append("\"><a class=\"text\" href=\"#");
            Escape(html, Uri.EscapeDataString("c-" + claim.Id));
            html.Append("\">");
            Escape(html, Cut(claim.Text, 160));
            html.Append("</a><div class=\"meta\"><span class=\"dot\"></span>");
            if (claim.ClaimantId is null) html.Append("<span class=\"article\">article</span>");
            else Escape(html, claimant?.Name ?? claim.ClaimantId);
            html.Append(" · <span class=\"stance ").Append(claim.Stance.ToJsonName()).Append("\">").Append(claim.Stance.ToJsonName()).Append("</span>");
            if (claim.QuoteId is not null)
            {
                html.Append(" · <a href=\"#");
                Escape(html, Uri.EscapeDataString("q-" + claim.QuoteId));
                html.Append("\">");
                Escape(html, claim.QuoteId);
                html.Append("</a>");
            }
            html.Append("</div><div class=\"worth\" title=\"check-worthiness ")
                .Append(worth.ToString("0.00", CultureInfo.InvariantCulture))
                .Append("\"><span class=\"bar\"><span style=\"width:").Append(percent).Append("%\"></span></span> check-worthiness ")
                .Append(worth.ToString("0.00", CultureInfo.InvariantCulture)).Append("</div></li>");
        }
        html.Append("</ol></section>\n");
    }

    // ---------------------------------------------------------------- page frame

    private const string Css = """
        :root{color-scheme:light;--ink:#1d1d1f;--muted:#6b6b70;--line:#e3e3e8;--bg:#fafaf7}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
        header{padding:18px 28px 12px;border-bottom:1px solid var(--line);background:#fff}
        h1{margin:0 0 4px;font-size:22px;font-weight:650;word-break:break-all}
        h2{margin:0 0 10px;font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
        .counts{margin:0;color:var(--muted)}
        .legend{margin:6px 0 0;font-size:13px;color:var(--muted)}
        main{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:24px;padding:20px 28px;align-items:start}
        article{white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.75 Charter,"Bitstream Charter","Sitka Text",Cambria,"DejaVu Serif",Georgia,serif;background:#fff;border:1px solid var(--line);border-radius:8px;padding:24px 30px;max-width:860px}
        aside{display:flex;flex-direction:column;gap:18px;position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
        .panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px}
        .none{color:var(--muted);margin:0}
        mark.q{position:relative;color:inherit;background:color-mix(in srgb,var(--c) 20%,#fff);border-bottom:2px solid var(--c);padding:1px 0;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        mark.q mark.q{background:color-mix(in srgb,var(--c) 38%,#fff);border-bottom-style:double;border-bottom-width:3px}
        mark.q:focus{outline:2px solid var(--c);outline-offset:1px}
        mark.q:hover:not(:has(mark.q:hover))::after,mark.q:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 6px);z-index:20;width:max-content;max-width:360px;white-space:pre-wrap;background:#222;color:#fff;font:12.5px/1.45 system-ui,sans-serif;padding:6px 9px;border-radius:5px;box-shadow:0 2px 8px rgba(0,0,0,.25);pointer-events:none}
        b.m{font-weight:700;color:color-mix(in srgb,var(--c) 78%,#000)}
        .cue{text-decoration:underline 2px;text-decoration-color:color-mix(in srgb,var(--c) 80%,#000);text-underline-offset:3px}
        .flash,:target{outline:3px solid #ffb000;outline-offset:2px;border-radius:3px}
        .cl.flash,.cl:target{background:#fff3c4}
        .legend mark.q,.legend b.m,.legend .cue{font-size:13px}
        .dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--c);margin-right:6px;vertical-align:baseline}
        ul.speakers,ol.claims{list-style:none;margin:0;padding:0}
        li.speaker{border-left:4px solid var(--c);padding:6px 0 6px 10px;margin-bottom:8px}
        .kind,.nq{font-size:12px;color:var(--muted)}
        .kind{border:1px solid var(--line);border-radius:9px;padding:0 6px}
        .titles{font-size:13px;color:var(--muted);font-style:italic}
        ol.links{margin:4px 0 0;padding:0;list-style:none;font-size:13px}
        ol.links li{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .links a,.claim a{color:inherit;text-decoration:none}
        .links a:hover,.links a:focus,.claim a:hover,.claim a:focus{text-decoration:underline}
        .id{display:inline-block;min-width:28px;font:11px/1.6 ui-monospace,"DejaVu Sans Mono",monospace;color:#fff;background:var(--c);border-radius:3px;padding:0 4px;text-align:center}
        .mentions{font-size:12.5px;color:var(--muted);margin-top:3px}
        .mentions a{color:color-mix(in srgb,var(--c) 78%,#000);font-weight:600;margin-right:4px}
        li.claim{padding:7px 0;border-bottom:1px solid var(--line);font-size:13.5px}
        li.claim:last-child{border-bottom:0}
        .meta{font-size:12px;color:var(--muted);margin-top:2px}
        .article{font-style:italic}
        .stance.denies{color:#b3261e;font-weight:600}.stance.questions{color:#8a5a00;font-weight:600}
        .worth{font-size:11.5px;color:var(--muted);margin-top:3px}
        .bar{display:inline-block;width:120px;height:7px;background:#ececf0;border-radius:4px;vertical-align:middle;overflow:hidden;margin-right:4px}
        .bar span{display:block;height:100%;background:linear-gradient(90deg,#f2c14e,#e4572e)}
        .index{display:block}
        table{border-collapse:collapse;background:#fff;border:1px solid var(--line);min-width:640px}
        th,td{padding:6px 12px;border-bottom:1px solid var(--line);text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        tr.failed td{background:#fff4f2}
        .err{color:#b3261e}
        a{color:#1a5fb4}
        @media (max-width:900px){main{grid-template-columns:1fr}aside{position:static;max-height:none}}
        """;

    // The page's only script. It marks the page (data-ran) to show that scripts run, records whether any
    // other script set window.__injected (it cannot: the text is escaped, and the policy allows this script
    // alone), and highlights every piece of a quote, mention or claim that a link jumps to.
    private const string Script = """
        (function () {
          var root = document.documentElement;
          root.setAttribute('data-ran', 'page');
          root.setAttribute('data-injected', typeof window.__injected);
          var lit = [];
          function pieces(target) {
            var attr = target.classList.contains('q') ? 'data-quote-id' : target.classList.contains('cl') ? 'data-claim-id' : null;
            if (!attr) return [target];
            var key = target.getAttribute(attr), cls = target.classList.contains('q') ? 'q' : 'cl', found = [];
            document.querySelectorAll('#text [' + attr + ']').forEach(function (e) {
              if (e.classList.contains(cls) && e.getAttribute(attr) === key) found.push(e);
            });
            return found;
          }
          function show(id) {
            lit.forEach(function (e) { e.classList.remove('flash'); });
            var target = document.getElementById(id);
            lit = target ? pieces(target) : [];
            lit.forEach(function (e) { e.classList.add('flash'); });
            if (target && target.classList.contains('q')) target.focus({ preventScroll: true });
          }
          function fromHash() {
            if (location.hash.length < 2) return;
            try { show(decodeURIComponent(location.hash.slice(1))); } catch (e) { }
          }
          document.addEventListener('click', function (e) {
            var a = e.target.closest ? e.target.closest('a[href^="#"]') : null;
            if (a) { try { show(decodeURIComponent(a.getAttribute('href').slice(1))); } catch (err) { } }
          });
          window.addEventListener('hashchange', fromHash);
          fromHash();
        })();
        """;

    private static readonly string s_scriptHash =
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

    private static void Head(StringBuilder html, string title, bool documentName)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '")
            .Append(s_scriptHash)
            .Append("'; base-uri 'none'; form-action 'none'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"QuoteExtract\">\n<title>");
        Escape(html, title);
        html.Append("</title>\n<style>\n").Append(Css).Append("\n</style></head>\n<body")
            .Append(documentName ? " class=\"document\"" : " class=\"index\"").Append(">\n");
    }

    private static void Tail(StringBuilder html) =>
        html.Append("<script>").Append(Script).Append("</script>\n</body></html>\n");

    // ---------------------------------------------------------------- text helpers

    private static string Count(long n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>A relative link to <paramref name="file"/>: each path segment percent-encoded.</summary>
    private static string Href(string file) =>
        string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>The text on one line, cut to <paramref name="width"/> characters with an ellipsis (never inside a surrogate pair).</summary>
    private static string Cut(string text, int width)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= width) return line;
        var cut = width - 1;
        if (char.IsHighSurrogate(line[cut - 1])) cut--;
        return line[..cut] + "…";
    }

    private static void Escape(StringBuilder html, string text) => Escape(html, text.AsSpan());

    /// <summary>Escapes text for element content and quoted attribute values alike.</summary>
    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // Control characters are not allowed in HTML: shown as the replacement character (one for one).
                < ' ' when c is not ('\n' or '\r' or '\t') => "\uFFFD",
                '\u007F' => "\uFFFD",
                _ => null,
            };
            if (entity is null) continue;
            html.Append(text[from..i]).Append(entity);
            from = i + 1;
        }
        html.Append(text[from..]);
    }
}
