namespace QuoteExtract.Claims;

/// <summary>
/// A transcript as the check-worthiness model reads it, the same for training and for scoring: each line a document of
/// its own, in the context of the line before and its speaker's turn (a run of lines by one speaker).
/// </summary>
internal static class CheckWorthinessTranscript
{
    /// <summary>The lines' documents and contexts.</summary>
    /// <exception cref="ArgumentNullException">A list or a sentence is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static (Text.Document[] Documents, CheckWorthinessContext[] Contexts) Read(IReadOnlyList<string> speakers, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        ArgumentNullException.ThrowIfNull(sentences);
        if (speakers.Count != sentences.Count) throw new ArgumentException("one speaker a sentence", nameof(speakers));
        var docs = new Text.Document[sentences.Count];
        var summaries = new SentenceSummary[sentences.Count];
        for (int i = 0; i < docs.Length; i++)
        {
            docs[i] = CheckWorthinessFeatures.Sentence(sentences[i] ?? throw new ArgumentException("a sentence is null", nameof(sentences)));
            summaries[i] = CheckWorthinessFeatures.Summarize(docs[i], 0, docs[i].Tokens.Length);
        }
        return (docs, CheckWorthinessContext.OfTranscript(speakers, summaries));
    }
}
