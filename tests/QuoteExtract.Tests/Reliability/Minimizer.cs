namespace QuoteExtract.Tests.Reliability;

/// <summary>
/// Delta debugging (ddmin) over the units of a failing text — words (runs of letters and digits with the
/// space after them) and single other chars — removing ever smaller chunks while the text keeps failing the
/// same way, to report a minimal input a developer can still read. Complements CsCheck's shrinking,
/// which shrinks the generator's choices rather than the text itself.
/// </summary>
public static class Minimizer
{
    /// <summary>
    /// A 1-minimal sub-sequence of <paramref name="text"/> (removing any single chunk of the final granularity
    /// makes it pass) on which <paramref name="fails"/> still holds, within <paramref name="budget"/> checks.
    /// </summary>
    public static string Minimize(string text, Func<string, bool> fails, int budget = 20_000)
    {
        if (!fails(text)) return text;
        var units = Units(text);
        int checks = 0;
        int n = 2;
        while (units.Count >= 2 && checks < budget)
        {
            int chunk = (units.Count + n - 1) / n;
            bool reduced = false;
            for (int start = 0; start < units.Count && checks < budget; start += chunk)
            {
                var kept = units.Take(start).Concat(units.Skip(start + chunk)).ToList();
                var candidate = string.Concat(kept);
                checks++;
                if (candidate.Length > 0 && fails(candidate))
                {
                    units = kept;
                    n = Math.Max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (reduced) continue;
            if (chunk == 1) break;
            n = Math.Min(units.Count, n * 2);
        }
        return string.Concat(units);
    }

    private static List<string> Units(string text)
    {
        var units = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'')) i++;
                if (i < text.Length && text[i] == ' ') i++;
            }
            else i++;
            units.Add(text[start..i]);
        }
        return units;
    }

    /// <summary>Minimises <paramref name="text"/> keeping the kind of failure <paramref name="check"/> raises on it.</summary>
    /// <returns>The minimal text and the failure it raises, or null when <paramref name="check"/> passes on the text.</returns>
    public static (string Text, Exception Error)? MinimizeFailure(string text, Action<string> check, int budget = 20_000)
    {
        var kind = KindOfFailure(text, check);
        if (kind is null) return null;
        var min = Minimize(text, t => KindOfFailure(t, check) == kind, budget);
        try { check(min); }
        catch (Exception e) { return (min, e); }
        return null;
    }

    private static string? KindOfFailure(string text, Action<string> check)
    {
        try { check(text); return null; }
        catch (Exception e) { return InvariantViolation.KindOf(e); }
    }
}
