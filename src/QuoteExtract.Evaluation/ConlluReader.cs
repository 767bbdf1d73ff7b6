using System.Globalization;
using System.Text;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Reads CoNLL-U as GUM writes it into <see cref="ConlluDocument"/>s. The text is rebuilt from the tokens: a space
/// after each unless <c>SpaceAfter=No</c>, sentences of a paragraph joined the same way, a blank line before each
/// <c># newpar</c>. A multi-word token (<c>3-4 Dana’s</c>) is written once from its range line and its words get
/// their parts of it; empty nodes (<c>5.1</c>) have no surface and are skipped. The first word of each EDU carries
/// <c>Discourse=REL:SRC-&gt;TGT:DEPTH:SIGNALS</c> in MISC, secondary edges follow after <c>;</c> with one more field.
/// Each word's tag, lemma and head are kept, and the <c>Entity=</c> mentions are read by <see cref="GumMentionReader"/>.
/// Bad lines are skipped with a warning, never thrown on.
/// </summary>
internal static class ConlluReader
{
    /// <summary>The documents of <paramref name="content"/>; a <c># newdoc</c> line starts a new one.</summary>
    /// <param name="file">The file's name: documents without <c># newdoc id</c> are named after it, warnings start with it.</param>
    /// <param name="content">The CoNLL-U text.</param>
    /// <param name="warnings">Receives one message per skipped or suspicious line.</param>
    public static IReadOnlyList<ConlluDocument> Read(string file, string content, ICollection<string> warnings)
    {
        var documents = new List<ConlluDocument>();
        var stem = Path.GetFileNameWithoutExtension(file);
        var builder = new Builder(stem, file, warnings);
        var lines = content.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0)
            {
                builder.EndSentence();
                continue;
            }
            if (line[0] != '#')
            {
                builder.Token(line, n + 1);
                continue;
            }
            var (key, value) = Comment(line);
            switch (key)
            {
                case "newdoc" or "newdoc id":
                    builder.EndSentence();
                    if (!builder.IsEmpty)
                    {
                        documents.Add(builder.Build());
                        builder = new Builder($"{stem}#{documents.Count + 1}", file, warnings);
                    }
                    if (value.Length > 0) builder.Name = value;
                    break;
                case "newpar" or "newpar id":
                    builder.NewParagraph();
                    break;
                case "text":
                    builder.SentenceText(value, n + 1);
                    break;
                case "speaker":
                    builder.SpeakerTurn();
                    break;
                case "global.Entity":
                    builder.Entities.Fields(value);
                    break;
                default:
                    break; // sent_id, meta::…: not needed here
            }
        }
        builder.EndSentence();
        if (!builder.IsEmpty) documents.Add(builder.Build());
        return documents;
    }

    // "# newdoc id = GUM_bio_x" gives ("newdoc id", "GUM_bio_x"); "# newpar" gives ("newpar", "").
    private static (string Key, string Value) Comment(string line)
    {
        var body = line.AsSpan(1);
        var equals = body.IndexOf('=');
        return equals < 0
            ? (body.Trim().ToString(), "")
            : (body[..equals].Trim().ToString(), body[(equals + 1)..].Trim().ToString());
    }

    /// <summary>Collects one document line by line.</summary>
    private sealed class Builder(string name, string file, ICollection<string> warnings)
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _words = [];
        private readonly List<string> _tags = [], _lemmas = [];
        private readonly List<int> _governors = [];
        private readonly List<bool> _turnWords = [];
        private bool _inTurn;
        private GumMentionReader? _entities;
        // The word index of the current sentence's word 1, which heads count from.
        private int? _sentenceBase;
        private readonly List<int> _eduStarts = [];
        private readonly List<(DiscourseAttribution Relation, int Line)> _relations = [];
        private string _separator = "";
        private int _warnings;

        // The multi-word token being read: its word ids, where its surface stands, and how much of it the words used.
        private (int First, int Last, int Start, string Surface)? _multiword;
        private int _multiwordUsed;

        // The current sentence's "# text", checked against the rebuilt text when the sentence ends.
        private string? _sentenceText;
        private int _sentenceTextLine;
        private int _sentenceStart = -1;

        public string Name { get; set; } = name;

        public bool IsEmpty => _words.Count == 0;

        public GumMentionReader Entities => _entities ??= new GumMentionReader(Warn);

        public void NewParagraph()
        {
            if (_text.Length > 0) _separator = "\n\n";
        }

        /// <summary>The sentence being read is a turn of a transcript (<c># speaker = …</c>): its speaker is named in metadata only.</summary>
        public void SpeakerTurn() => _inTurn = true;

        public void SentenceText(string text, int line)
        {
            _sentenceText = text;
            _sentenceTextLine = line;
        }

        public void EndSentence()
        {
            if (_sentenceText is { } expected && _sentenceStart >= 0
                && _text.ToString(_sentenceStart, _text.Length - _sentenceStart) != expected)
                Warn(_sentenceTextLine, "the sentence rebuilt from its tokens differs from its # text");
            _sentenceText = null;
            _sentenceStart = -1;
            _sentenceBase = null;
            _multiword = null;
            _inTurn = false;
        }

        public void Token(string line, int number)
        {
            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                Warn(number, $"expected 10 tab-separated columns, found {fields.Length}");
                return;
            }
            var id = fields[0];
            if (id.Contains('.')) return; // an empty node: no surface form, not counted by the signals
            var dash = id.IndexOf('-');
            if (dash >= 0)
            {
                if (!TryId(id[..dash], out var first) || !TryId(id[(dash + 1)..], out var last) || last < first)
                {
                    Warn(number, $"bad multi-word token range '{id}'");
                    return;
                }
                var start = Append(fields[1], NoSpaceAfter(fields[9]));
                _multiword = (first, last, start, fields[1]);
                _multiwordUsed = 0;
                return;
            }
            if (!TryId(id, out var word))
            {
                Warn(number, $"bad token id '{id}'");
                return;
            }

            TextSpan span;
            if (_multiword is { } m && word >= m.First && word <= m.Last)
            {
                span = PartOf(m.Start, m.Surface, fields[1]);
                if (word == m.Last) _multiword = null;
            }
            else
            {
                _multiword = null;
                var start = Append(fields[1], NoSpaceAfter(fields[9]));
                span = new TextSpan(start, start + fields[1].Length);
            }
            _words.Add(span);
            if (_sentenceStart < 0) _sentenceStart = span.Start;
            _sentenceBase ??= _words.Count - word;
            _tags.Add(fields[3]);
            _lemmas.Add(fields[2]);
            _turnWords.Add(_inTurn);
            _governors.Add(TryId(fields[6], out var head) ? _sentenceBase.Value + head - 1 : -1);
            if (fields[9].Contains("Entity=", StringComparison.Ordinal)) Entities.Word(_words.Count - 1, fields[9], number);

            // One unit per word at most, even if a broken line repeats the key.
            if (fields[9].Split('|').FirstOrDefault(item => item.StartsWith("Discourse=", StringComparison.Ordinal)) is { } discourse)
            {
                _eduStarts.Add(_words.Count - 1);
                ReadRelations(discourse["Discourse=".Length..], number);
            }
        }

        // A word of a multi-word token gets its own part of the surface when the parts spell it ("Dana’s" = "Dana" + "’s");
        // otherwise (French "du" = "de" + "le") the whole surface.
        private TextSpan PartOf(int start, string surface, string form)
        {
            if (form.Length > 0 && _multiwordUsed + form.Length <= surface.Length
                && string.CompareOrdinal(surface, _multiwordUsed, form, 0, form.Length) == 0)
            {
                var part = new TextSpan(start + _multiwordUsed, start + _multiwordUsed + form.Length);
                _multiwordUsed += form.Length;
                return part;
            }
            _multiwordUsed = surface.Length;
            return new TextSpan(start, start + surface.Length);
        }

        // "attribution-positive:4->5:1:sem-atsrc-38-39-gold+lex-indwd-40-_"; after ';' secondary edges with one more
        // field: "attribution-positive:43->42:0:0:sem-atsrc-369-gold". Only attribution relations are kept.
        private void ReadRelations(string value, int number)
        {
            var edu = _eduStarts.Count;
            var relations = value.Split(';');
            for (var i = 0; i < relations.Length; i++)
            {
                var fields = relations[i].Split(':');
                if (!DiscourseAttribution.IsAttribution(fields[0])) continue;
                var secondary = i > 0;
                var arrow = fields.Length >= 2 ? fields[1].Split("->") : [];
                if (arrow.Length != 2 || !TryId(arrow[0], out var source) || !TryId(arrow[1], out var target))
                {
                    Warn(number, $"bad discourse relation '{relations[i]}'");
                    continue;
                }
                if (source != edu)
                {
                    Warn(number, $"relation '{fields[0]}:{fields[1]}' stands on unit {edu}, not on its source {source}");
                    continue;
                }
                var signals = string.Join(':', fields.Skip(secondary ? 4 : 3));
                var id = $"{fields[0]}:{source}->{target}" + (secondary ? " (secondary)" : "");
                _relations.Add((new DiscourseAttribution(fields[0], id, [source], [target], SignalTokens.SourceInSignals(signals))
                    { Secondary = secondary }, number));
            }
        }

        public ConlluDocument Build()
        {
            var relations = new List<DiscourseAttribution>(_relations.Count);
            foreach (var (relation, line) in _relations)
            {
                if (relation.Nucleus[0] <= _eduStarts.Count) relations.Add(relation);
                else Warn(line, $"{relation.Id}: the document has only {_eduStarts.Count} units, skipped");
            }
            var mentions = _entities?.Finish() ?? [];
            // A head beyond the document (a broken id) is no head.
            for (var i = 0; i < _governors.Count; i++)
                if (_governors[i] >= _words.Count) _governors[i] = -1;
            return new ConlluDocument(Name, _text.ToString(), _words, _eduStarts, relations)
            {
                WarningCount = _warnings, Tags = _tags, Lemmas = _lemmas, Governors = _governors, Mentions = mentions, TurnWords = _turnWords,
            };
        }

        private int Append(string form, bool noSpaceAfter)
        {
            _text.Append(_separator);
            var start = _text.Length;
            _text.Append(form);
            _separator = noSpaceAfter ? "" : " ";
            return start;
        }

        private void Warn(int line, string message)
        {
            warnings.Add($"{file}:{line}: {message}");
            _warnings++;
        }

        private static bool NoSpaceAfter(string misc) => misc.Split('|').Contains("SpaceAfter=No");

        private static bool TryId(string s, out int id) =>
            int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
