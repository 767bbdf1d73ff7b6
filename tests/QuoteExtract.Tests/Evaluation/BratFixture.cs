using System.Text;
using QuoteExtract.Tests.Cli;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// A tiny brat corpus in a temp folder, in PolNeAR's layout, with sentences written for these tests:
/// a.txt has an indirect, a discontinuous direct and a mixed attribution and two annotators' files
/// (the first in ordinal order is used); b.txt has an attribution without source and three malformed lines.
/// </summary>
internal sealed class BratFixture : IDisposable
{
    public const string TextA =
        "The mayor said the bridge would reopen in May. “We are on schedule,” Ana Ruiz told reporters, “and under budget.” " +
        "Critics called the plan “a fantasy” on Friday.";

    public const string TextB =
        "Officials expected turnout to rise, according to a memo. The storm closed 12 schools.\n";

    private readonly TempFolder _folder = new();

    public BratFixture()
    {
        _folder.Write("text/a.txt", TextA);
        _folder.Write("text/b.txt", TextB);

        var a = new Annotation(TextA);
        a.Event(a.Span("Source", "The mayor"), a.Span("Cue", "said"), a.Span("Content", "the bridge would reopen in May"));
        a.Event(a.Span("Source", "Ana Ruiz"), a.Span("Cue", "told"),
            a.Span("Content", "“We are on schedule,”", "“and under budget.”"));
        a.Event(a.Span("Source", "Critics"), a.Span("Cue", "called"), a.Span("Content", "the plan “a fantasy”"));
        a.Line("#1\tAnnotatorNotes T1\ta note about the mayor");
        _folder.Write("attributions/a_0b1c.ann", a.ToString());

        // A second annotator's file: later in ordinal order, so it must be ignored.
        var other = new Annotation(TextA);
        other.Event(other.Span("Source", "Critics"), other.Span("Cue", "called"), other.Span("Content", "the plan"));
        _folder.Write("attributions/a_9f9f.ann", other.ToString());

        var b = new Annotation(TextB);
        b.NoSourceEvent(b.Span("Cue", "according to"), b.Span("Content", "Officials expected turnout to rise"));
        b.Span("Discuss", "The storm closed 12 schools.");
        b.Line("T90\tContent 5 x\tbad offsets");
        b.Line("this line is not brat");
        b.Line("E90\tAttribution:T98 Content:T99");
        _folder.Write("attributions/b_0b1c.ann", b.ToString());
    }

    public string Path => _folder.Path;

    public void Dispose() => _folder.Dispose();

    /// <summary>Writes brat lines with offsets found by searching the text (each search starts after the previous hit).</summary>
    private sealed class Annotation(string text)
    {
        private readonly StringBuilder _lines = new();
        private int _t, _e;

        public string Span(string type, params string[] pieces)
        {
            var offsets = new List<string>();
            var from = 0;
            foreach (var piece in pieces)
            {
                var start = text.IndexOf(piece, from, StringComparison.Ordinal);
                if (start < 0) throw new ArgumentException($"'{piece}' is not in the text.");
                offsets.Add($"{start} {start + piece.Length}");
                from = start + piece.Length;
            }
            var id = "T" + ++_t;
            Line($"{id}\t{type} {string.Join(';', offsets)}\t{string.Join(' ', pieces)}");
            return id;
        }

        public void Event(string source, string cue, string content)
        {
            var anchor = Span("Attribution", CueText(cue));
            Line($"E{++_e}\tAttribution:{anchor} Content:{content} Cue:{cue} Source:{source}");
        }

        public void NoSourceEvent(string cue, string content)
        {
            var anchor = Span("Attribution-no-source", CueText(cue));
            Line($"E{++_e}\tAttribution-no-source:{anchor} Content:{content} Cue:{cue}");
        }

        public void Line(string line) => _lines.Append(line).Append('\n');

        private string CueText(string cueId) =>
            _lines.ToString().Split('\n').First(l => l.StartsWith(cueId + "\t", StringComparison.Ordinal)).Split('\t')[2];

        public override string ToString() => _lines.ToString();
    }
}
