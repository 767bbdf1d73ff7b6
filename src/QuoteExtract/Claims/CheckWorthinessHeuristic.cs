using QuoteExtract.Text;

namespace QuoteExtract.Claims;

/// <summary>
/// A transparent check-worthiness estimate from the sentence's shape (numbers, quantities, comparisons,
/// named entities), used when no trained model is configured.
/// </summary>
internal static class CheckWorthinessHeuristic
{
    /// <summary>A score in 0..1.</summary>
    public static double Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = Tokenizer.Tokenize(sentence);
        double score = 0.1;
        int names = 0;
        foreach (var t in tokens)
        {
            var w = sentence.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Number) score += 0.3;
            else if (t.Kind == TokenKind.Symbol && w is "%" or "$") score += 0.2;
            else if (t.Kind == TokenKind.Word && char.IsUpper(w[0]) && t.Start > 0) names++;
            else if (t.Kind == TokenKind.Word && (w is "percent" or "million" or "billion" or "dozens" or "hundreds" or "thousands" or "more" or "than" or "most" or "record"))
                score += 0.15;
        }
        score += Math.Min(0.2, names * 0.05);
        if (tokens.Length < 6) score -= 0.1;
        return Math.Clamp(score, 0, 1);
    }
}
