namespace QuoteExtract;

/// <summary>
/// The result's ids (<c>q1</c>, <c>s1</c>, <c>c1</c>, …): the first few hundred of each made once, so an article's
/// result does not make a new short string per quote, speaker and claim.
/// </summary>
internal static class ResultIds
{
    private const int Made = 512;
    private static readonly string[] s_quotes = Make('q'), s_speakers = Make('s'), s_claims = Make('c');

    /// <summary>The id of the <paramref name="n"/>th quote (from 1).</summary>
    public static string Quote(int n) => Of(s_quotes, 'q', n);

    /// <summary>The id of the <paramref name="n"/>th speaker (from 1).</summary>
    public static string Speaker(int n) => Of(s_speakers, 's', n);

    /// <summary>The id of the <paramref name="n"/>th claim (from 1).</summary>
    public static string Claim(int n) => Of(s_claims, 'c', n);

    private static string Of(string[] made, char prefix, int n) =>
        n >= 1 && n <= made.Length ? made[n - 1] : prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Make(char prefix)
    {
        var ids = new string[Made];
        for (int n = 1; n <= Made; n++) ids[n - 1] = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ids;
    }
}
