namespace QuoteExtract.Evaluation;

/// <summary>
/// One document read from CoNLL-U: the raw text rebuilt from its tokens, where each word stands in it, where each
/// elementary discourse unit (EDU) begins, and the attribution relations of its <c>Discourse=</c> annotations; besides,
/// each word's tag, lemma and head, and the entity mentions of its <c>Entity=</c> annotations.
/// </summary>
/// <param name="Name">The document id (<c># newdoc id</c>), or the file name without extension.</param>
/// <param name="Text">The rebuilt text.</param>
/// <param name="Words">Where each word stands, word index 0 being token 1 of the signals; the words of a multi-word token share its surface form.</param>
/// <param name="EduStarts">The 0-based word index where each EDU begins, EDU 1 first, increasing.</param>
/// <param name="Attributions">The attribution relations as CoNLL-U gives them: satellite and nucleus one EDU each (its head unit).</param>
internal sealed record ConlluDocument(
    string Name,
    string Text,
    IReadOnlyList<TextSpan> Words,
    IReadOnlyList<int> EduStarts,
    IReadOnlyList<DiscourseAttribution> Attributions)
{
    /// <summary>Lines of this document skipped as malformed or suspicious.</summary>
    public int WarningCount { get; init; }

    /// <summary>The universal part of speech of each word (<c>PROPN</c>, <c>PRON</c>, …), parallel to <see cref="Words"/>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The lemma of each word, parallel to <see cref="Words"/>.</summary>
    public IReadOnlyList<string> Lemmas { get; init; } = [];

    /// <summary>The word index of each word's syntactic head, or -1 for a sentence's root (or no head given).</summary>
    public IReadOnlyList<int> Governors { get; init; } = [];

    /// <summary>The mentions of the <c>Entity=</c> annotations, ordered by first word, then longest first.</summary>
    public IReadOnlyList<GumMention> Mentions { get; init; } = [];

    /// <summary>For each word, whether its sentence is a transcript's turn (<c># speaker = …</c>): who speaks is in metadata, not in the text.</summary>
    public IReadOnlyList<bool> TurnWords { get; init; } = [];

    /// <summary>The number of EDUs.</summary>
    public int EduCount => EduStarts.Count;

    /// <summary>The words of EDU <paramref name="edu"/> (1-based) as 0-based word indices <c>[First, End)</c>: up to where the next EDU begins.</summary>
    public (int First, int End) EduWords(int edu) =>
        (EduStarts[edu - 1], edu < EduStarts.Count ? EduStarts[edu] : Words.Count);

    /// <summary>Where EDU <paramref name="edu"/> (1-based) stands: from its first word to the end of its last.</summary>
    public TextSpan EduSpan(int edu)
    {
        var (first, end) = EduWords(edu);
        return new TextSpan(Words[first].Start, Words[end - 1].End);
    }
}
