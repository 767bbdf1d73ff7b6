using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What a cue reading (<see cref="ICueReading"/>) reads: the document, the sentence, the cue, where the sentence's
/// content ends, the tokens taken so far; and what it leaves for the stage and the readings after it: the read position
/// (the cue's token; a reading that took words moves it to the last one it took) and whether the content-first reading
/// proposed a candidate that could not be kept.
/// </summary>
internal struct CueReadingContext(ReportedSpeechRun run, Sentence sentence, CueMatch cue, int end, int position)
{
    /// <summary>The stage's run on the document: the tokens taken so far, the earlier stage's speakers, the gate.</summary>
    public readonly ReportedSpeechRun Run = run;

    /// <summary>The document.</summary>
    public readonly Document Document = run.Document;

    /// <summary>The sentence of the cue.</summary>
    public readonly Sentence Sentence = sentence;

    /// <summary>The cue.</summary>
    public readonly CueMatch Cue = cue;

    /// <summary>The end (exclusive token index) of the sentence's content: <see cref="Rules.RuleHelpers.ContentEnd"/>.</summary>
    public readonly int End = end;

    /// <summary>The token the stage goes on reading after (the loop's index): the cue's first token unless a reading moves it.</summary>
    public int Position = position;

    /// <summary>Whether the content-first reading proposed a candidate that could not be kept (its content is taken).</summary>
    public bool ContentFirstRefused;

    /// <summary>
    /// The control flow of a reading that claims the cue whenever it reads a candidate, kept or not: false for none (the
    /// next reading tries); else the candidate goes through the gate and, when kept, the read position passes its content.
    /// </summary>
    public bool ClaimWith(QuoteAttribution? candidate)
    {
        if (candidate is null) return false;
        if (Run.TryAdd(candidate)) PassContent(candidate);
        return true;
    }

    /// <summary>Moves the read position to the last token of <paramref name="kept"/>'s content, never back.</summary>
    public void PassContent(QuoteAttribution kept) =>
        Position = Math.Max(Position, Document.TokenAtOrAfter(kept.Content.End) - 1);
}
