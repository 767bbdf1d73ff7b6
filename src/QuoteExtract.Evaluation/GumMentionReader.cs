using System.Globalization;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Collects the mentions of GUM's <c>Entity=</c> MISC annotations word by word. A value is a sequence of openings
/// <c>(GRP-etype-infstat-salience-centering-minspan-link[-identity]</c>, each closed by <c>GRP)</c> on its last word, or
/// at once by <c>)</c> when it is a single word (<c>(5-object-new-sssss-cf3-1-coref)</c>). Mentions nest, and a chain's
/// mentions may nest in each other, so a closing ends the latest open mention of its chain. The fields are named by
/// the <c># global.Entity</c> header; minspan positions count the mention's words from 1. Bad items are skipped with
/// a warning.
/// </summary>
internal sealed class GumMentionReader(Action<int, string> warn)
{
    /// <summary>GUM's field order, used until a <c># global.Entity</c> header says otherwise.</summary>
    public const string DefaultFields = "GRP-etype-infstat-salience-centering-minspan-link-identity";

    private readonly Dictionary<string, Stack<(string[] Fields, int First, int Line)>> _open = new(StringComparer.Ordinal);
    private readonly List<GumMention> _mentions = [];
    private int _etype = 1, _minspan = 5, _link = 6, _identity = 7;

    /// <summary>Reads the field order from a <c># global.Entity</c> header value.</summary>
    public void Fields(string header)
    {
        var names = header.Split('-');
        _etype = Array.IndexOf(names, "etype");
        _minspan = Array.IndexOf(names, "minspan");
        _link = Array.IndexOf(names, "link");
        _identity = Array.IndexOf(names, "identity");
    }

    /// <summary>Reads the <c>Entity=</c> item of word <paramref name="word"/>'s MISC column, if it has one.</summary>
    public void Word(int word, string misc, int line)
    {
        foreach (var item in misc.Split('|'))
            if (item.StartsWith("Entity=", StringComparison.Ordinal)) Value(item["Entity=".Length..], word, line);
    }

    private void Value(string value, int word, int line)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                var j = i + 1;
                while (j < value.Length && value[j] is not ('(' or ')')) j++;
                var fields = value[(i + 1)..j].Split('-');
                var single = j < value.Length && value[j] == ')';
                if (fields[0].Length == 0) warn(line, $"entity mention without a chain id in '{value}'");
                else
                {
                    Open(fields[0]).Push((fields, word, line));
                    if (single) Close(fields[0], word, line);
                }
                i = single ? j + 1 : j;
            }
            else
            {
                var j = value.IndexOf(')', i);
                if (j < 0)
                {
                    warn(line, $"unreadable entity annotation '{value[i..]}'");
                    return;
                }
                Close(value[i..j], word, line);
                i = j + 1;
            }
        }
    }

    private Stack<(string[] Fields, int First, int Line)> Open(string chain)
    {
        if (!_open.TryGetValue(chain, out var stack)) _open[chain] = stack = new();
        return stack;
    }

    private void Close(string chain, int word, int line)
    {
        if (!_open.TryGetValue(chain, out var stack) || stack.Count == 0)
        {
            warn(line, $"entity mention {chain} closes but none is open");
            return;
        }
        var (fields, first, opened) = stack.Pop();
        string? Field(int index) => index >= 0 && index < fields.Length && fields[index].Length > 0 ? fields[index] : null;
        _mentions.Add(new GumMention(chain, Field(_etype) ?? "", first, word + 1, MinSpan(Field(_minspan), first, word + 1, opened),
            Field(_link) ?? "", Field(_identity)));
    }

    // "1,3" = the mention's first and third words; without a usable minspan the whole mention.
    private int[] MinSpan(string? value, int first, int end, int line)
    {
        var words = new SortedSet<int>();
        foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1 && k <= end - first)
                words.Add(first + k - 1);
            else warn(line, $"minspan position '{part}' is outside its mention of {end - first} word(s)");
        }
        return words.Count > 0 ? [.. words] : [.. Enumerable.Range(first, end - first)];
    }

    /// <summary>The mentions read, ordered by first word, then longest first; a mention left open is dropped with a warning.</summary>
    public IReadOnlyList<GumMention> Finish()
    {
        foreach (var (chain, stack) in _open)
            foreach (var (_, _, line) in stack) warn(line, $"entity mention {chain} never closes");
        _open.Clear();
        // Stable: mentions of the same words keep the order they closed in.
        return [.. _mentions.OrderBy(m => m.First).ThenByDescending(m => m.End)];
    }
}
