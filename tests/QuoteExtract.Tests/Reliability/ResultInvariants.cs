using System.Text;
using QuoteExtract.Output;

namespace QuoteExtract.Tests.Reliability;

/// <summary>Thrown when an extraction result breaks one of the output invariants.</summary>
/// <param name="kind">Which invariant broke (span, overlap, reference, id, score, determinism): a failure is
/// minimised while it keeps its kind.</param>
/// <param name="message">What broke, with the records and spans involved.</param>
public sealed class InvariantViolation(string kind, string message) : Exception(message)
{
    /// <summary>Which invariant broke.</summary>
    public string Kind { get; } = kind;

    /// <summary>The kind of any failure: the invariant for a violation, the exception type for a crash.</summary>
    public static string KindOf(Exception e) => e is InvariantViolation v ? v.Kind : "crash:" + e.GetType().FullName;
}

/// <summary>Which invariant groups <see cref="ResultInvariants.Check"/> enforces.</summary>
[Flags]
public enum Invariants
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>Every quote, claim, mention and cue span lies inside the text and its Text equals text.Substring(span).</summary>
    Spans = 1,
    /// <summary>Two quotes' spans are disjoint or one contains the other.</summary>
    QuoteNesting = 2,
    /// <summary>speakerId, claimantId, quoteId and continues refer to records in the result; ids are unique.</summary>
    References = 4,
    /// <summary>confidence and checkWorthiness are finite and in 0..1.</summary>
    Scores = 8,
    /// <summary>Every invariant.</summary>
    All = Spans | QuoteNesting | References | Scores,
}

/// <summary>
/// The invariants every <see cref="ExtractionResult"/> must satisfy for any input text, whatever its
/// quality (docs/output-format.md). Checks throw <see cref="InvariantViolation"/> with a precise message;
/// they do not use assertion libraries so that thousands of generated cases stay cheap.
/// </summary>
public static class ResultInvariants
{
    /// <summary>Checks <paramref name="result"/> against <paramref name="text"/>.</summary>
    public static void Check(string text, ExtractionResult result, Invariants which = Invariants.All)
    {
        if (result is null) throw new InvariantViolation("null", "result is null");
        if (result.Quotes is null || result.Speakers is null || result.Claims is null)
            throw new InvariantViolation("null", "a result list is null");
        if ((which & Invariants.Spans) != 0) CheckSpans(text, result);
        if ((which & Invariants.QuoteNesting) != 0) CheckQuoteNesting(result);
        if ((which & Invariants.References) != 0) CheckReferences(result);
        if ((which & Invariants.Scores) != 0) CheckScores(result);
    }

    private static void CheckSpan(string text, TextSpan span, string value, string what)
    {
        if (span.Start < 0 || span.End < span.Start || span.End > text.Length)
            throw new InvariantViolation("span", $"{what}: span {span} is outside the text (length {text.Length})");
        if (value is null) throw new InvariantViolation("span", $"{what}: text is null");
        if (value.Length != span.Length || string.CompareOrdinal(text, span.Start, value, 0, span.Length) != 0)
            throw new InvariantViolation("span",
                $"{what}: text {Escape(value, 80)} differs from text.Substring{span} = {Escape(text.Substring(span.Start, span.Length), 80)}");
    }

    private static void CheckSpans(string text, ExtractionResult r)
    {
        foreach (var q in r.Quotes)
        {
            CheckSpan(text, q.Span, q.Text, $"quote {q.Id}");
            if (q.SpeakerMention is { } m) CheckSpan(text, m.Span, m.Text, $"quote {q.Id} speakerMention");
            if (q.Cue is { } c) CheckSpan(text, c.Span, c.Text, $"quote {q.Id} cue");
        }
        foreach (var s in r.Speakers)
        {
            if (s.Mentions is null) throw new InvariantViolation("span", $"speaker {s.Id}: mentions is null");
            foreach (var m in s.Mentions) CheckSpan(text, m.Span, m.Text, $"speaker {s.Id} mention");
        }
        foreach (var c in r.Claims) CheckSpan(text, c.Span, c.Text, $"claim {c.Id}");
    }

    private static void CheckQuoteNesting(ExtractionResult r)
    {
        // Laminar check in O(n log n): in order of start (longer first on ties), each span must end within the
        // innermost span still open at its start, or start after it ends.
        var order = Enumerable.Range(0, r.Quotes.Count)
            .OrderBy(i => r.Quotes[i].Span.Start).ThenByDescending(i => r.Quotes[i].Span.End).ToArray();
        var open = new Stack<int>();
        foreach (var i in order)
        {
            var b = r.Quotes[i].Span;
            while (open.Count > 0 && r.Quotes[open.Peek()].Span.End <= b.Start) open.Pop();
            if (open.Count > 0 && b.End > r.Quotes[open.Peek()].Span.End)
            {
                Quote qa = r.Quotes[open.Peek()], qb = r.Quotes[i];
                throw new InvariantViolation("overlap",
                    $"quotes {qa.Id} {qa.Span} and {qb.Id} {qb.Span} overlap without nesting: {Escape(qa.Text, 60)} / {Escape(qb.Text, 60)}");
            }
            open.Push(i);
        }
    }

    private static void CheckReferences(ExtractionResult r)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Unique(string id, string what)
        {
            if (string.IsNullOrEmpty(id)) throw new InvariantViolation("reference", $"{what} has an empty id");
            if (!ids.Add(id)) throw new InvariantViolation("reference", $"id {id} is used twice ({what})");
        }
        foreach (var q in r.Quotes) Unique(q.Id, "quote");
        foreach (var s in r.Speakers) Unique(s.Id, "speaker");
        foreach (var c in r.Claims) Unique(c.Id, "claim");

        var quoteIds = r.Quotes.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var speakerIds = r.Speakers.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var q in r.Quotes)
        {
            if (q.SpeakerId is not null && !speakerIds.Contains(q.SpeakerId))
                throw new InvariantViolation("reference", $"quote {q.Id}: speakerId {q.SpeakerId} is not a speaker of the result");
            if (q.Continues is not null && !quoteIds.Contains(q.Continues))
                throw new InvariantViolation("reference", $"quote {q.Id}: continues {q.Continues} is not a quote of the result");
            if (q.Continues == q.Id)
                throw new InvariantViolation("reference", $"quote {q.Id} continues itself");
        }
        foreach (var c in r.Claims)
        {
            if (c.ClaimantId is not null && !speakerIds.Contains(c.ClaimantId))
                throw new InvariantViolation("reference", $"claim {c.Id}: claimantId {c.ClaimantId} is not a speaker of the result");
            if (c.QuoteId is not null && !quoteIds.Contains(c.QuoteId))
                throw new InvariantViolation("reference", $"claim {c.Id}: quoteId {c.QuoteId} is not a quote of the result");
        }
    }

    private static void CheckScores(ExtractionResult r)
    {
        foreach (var q in r.Quotes)
            if (!double.IsFinite(q.Confidence) || q.Confidence < 0 || q.Confidence > 1)
                throw new InvariantViolation("score", $"quote {q.Id}: confidence {q.Confidence} is not a finite number in 0..1");
        foreach (var c in r.Claims)
            if (!double.IsFinite(c.CheckWorthiness) || c.CheckWorthiness < 0 || c.CheckWorthiness > 1)
                throw new InvariantViolation("score", $"claim {c.Id}: checkWorthiness {c.CheckWorthiness} is not a finite number in 0..1");
    }

    /// <summary>
    /// Extracts <paramref name="text"/> twice with <paramref name="extractor"/>, checks the invariants on the
    /// first result and that both runs give the same canonical output. Returns the first result.
    /// </summary>
    public static ExtractionResult CheckExtraction(QuoteExtractor extractor, string text, Invariants which = Invariants.All)
    {
        var first = extractor.Extract(text);
        Check(text, first, which);
        var a = Canonical(first);
        var b = Canonical(extractor.Extract(text));
        if (!string.Equals(a, b, StringComparison.Ordinal))
            throw new InvariantViolation("determinism", $"two runs differ:\n  first:  {a}\n  second: {b}");
        return first;
    }

    /// <summary>The canonical serialization two results are compared by: the output-format JSON.</summary>
    public static string Canonical(ExtractionResult result) => ResultJson.ToJson("doc", result);

    /// <summary>
    /// <paramref name="s"/> as a C# string literal body: every char outside printable ASCII as \uXXXX, so lone
    /// surrogates, controls and line separators survive in a failure message. Cut at <paramref name="max"/> chars.
    /// </summary>
    public static string Escape(string s, int max = 4000)
    {
        var sb = new StringBuilder("\"");
        int n = Math.Min(s.Length, max);
        for (int i = 0; i < n; i++)
        {
            char ch = s[i];
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch >= 0x20 && ch < 0x7F) sb.Append(ch);
                    else sb.Append("\\u").Append(((int)ch).ToString("X4"));
                    break;
            }
        }
        sb.Append('"');
        if (s.Length > max) sb.Append($" … ({s.Length} chars in all)");
        return sb.ToString();
    }
}
