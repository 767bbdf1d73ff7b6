using QuoteExtract.Text;

namespace QuoteExtract.Training.CheckWorthiness;

/// <summary>
/// The baseline beside our model: logistic regression on a sentence's words and characters alone — hashed, counted and
/// length-normalised lower-cased word unigrams and bigrams (numbers as one shape; "?", "$", "%" as words) and character
/// 2- to 5-grams of the sentence, punctuation included: the usual strong text-classification baseline. No lists, no
/// context, nothing about debates.
/// </summary>
internal static class NgramBaseline
{
    /// <summary>Buckets of the hashed n-grams.</summary>
    public const int Bits = 18;

    /// <summary>Length of the vector.</summary>
    public const int Length = 1 << Bits;

    /// <summary>The features of <paramref name="sentence"/>.</summary>
    public static SparseVector Features(string sentence)
    {
        var b = new SparseVector.Builder();
        var tokens = Tokenizer.Tokenize(sentence);
        var words = new List<string>();
        foreach (var t in tokens)
        {
            var chars = t.Chars(sentence);
            // Words, numbers (as one shape) and the signs that carry meaning here: "?", "$", "%".
            if (t.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initial or TokenKind.Clitic)
                words.Add(chars.ToString().ToLowerInvariant());
            else if (t.Kind == TokenKind.Number) words.Add("0");
            else if (chars is "?" or "$" or "%" or "€" or "£") words.Add(chars.ToString());
        }
        string previous = "<s>";
        foreach (var w in words)
        {
            Add(ref b, "w:" + w);
            Add(ref b, "b:" + previous + " " + w);
            previous = w;
        }
        Add(ref b, "b:" + previous + " </s>");
        // Character n-grams of the sentence itself, lower-cased, punctuation and all (spaces folded to one).
        var text = " " + string.Join(' ', sentence.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        for (int n = 2; n <= 5; n++)
            for (int i = 0; i + n <= text.Length; i++) Add(ref b, string.Concat("c", n.ToString(System.Globalization.CultureInfo.InvariantCulture), ":", text.AsSpan(i, n)));
        return b.Build(normalize: true);
    }

    private static void Add(ref SparseVector.Builder b, string gram)
    {
        uint h = 2166136261u;
        foreach (char c in gram) h = (h ^ c) * 16777619u;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        b.Add((int)(h & (Length - 1)), 1f);
    }
}
