using System.Text;

namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// Quote-dense documents of a chosen UTF-8 size, the shapes issue #19 asks memory to stay bounded on: nothing but
/// quote marks, a speaker line repeated, short speech lines, an unclosed quote, an article repeated. Compiled into
/// the memory tests and the memory benchmark alike.
/// </summary>
internal static class QuoteDenseShapes
{
    /// <summary>The shape names, in the order they are reported.</summary>
    public static readonly string[] Names =
        ["straight marks", "curly marks", "alternating", "unclosed", "guillemets", "apostrophes", "speaker line", "short lines", "one open quote", "article"];

    /// <summary>
    /// The shape <paramref name="name"/> cut to <paramref name="utf8Bytes"/> bytes of UTF-8 (never splitting a character);
    /// the "article" shape repeats <paramref name="article"/> with blank lines between.
    /// </summary>
    public static string Make(string name, int utf8Bytes, string article)
    {
        var (head, unit) = name switch
        {
            "straight marks" => ("", "\""),
            "curly marks" => ("", "\u201C\u201D"),
            "alternating" => ("", "\"a\" \"b\" "),
            "unclosed" => ("", "\u201Cword "),
            "guillemets" => ("", "\u00ABa\u00BB "),
            "apostrophes" => ("", "'"),
            "speaker line" => ("", "Smith: \"We will win the vote.\" "),
            "short lines" => ("", "He said: \"x.\"\n"),
            "one open quote" => ("\"", "We will win the vote and then we will see what comes next, "),
            "article" => ("", article + "\n\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such shape."),
        };
        var sb = new StringBuilder(utf8Bytes);
        int bytes = 0;
        // Whole units while they fit, then as much of one more as fits.
        AppendPart(sb, head, ref bytes, utf8Bytes);
        int unitBytes = Encoding.UTF8.GetByteCount(unit);
        for (; bytes + unitBytes <= utf8Bytes; bytes += unitBytes) sb.Append(unit);
        AppendPart(sb, unit, ref bytes, utf8Bytes);
        return sb.ToString();
    }

    private static void AppendPart(StringBuilder sb, string part, ref int bytes, int limit)
    {
        foreach (var rune in part.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > limit) return;
            sb.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }
    }
}
