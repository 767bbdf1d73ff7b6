using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// Gives every attribution the rules found its type (speech, belief, knowledge, intention, act), or marks it as no
/// attribution when its cue's sense in the clause attributes nothing (<see cref="AttributionTyper"/>). A quote that
/// continues another takes the type of the one it continues. Which types are returned is the options' choice
/// (<see cref="ExtractorOptions.AttributionTypes"/>); every typed attribution stays on the document for the later stages.
/// </summary>
internal sealed class AttributionTypeStage : IPipelineStage
{
    /// <inheritdoc />
    public string Name => PipelineStageNames.AttributionTypes;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var attributions = document.Attributions;
        foreach (var a in attributions)
            if (a.Continues < 0) a.Type = AttributionTyper.Type(document, a);
        // "“A,” she said, “B.”", a follow-on paragraph: the type of the chain's head. Each link is followed once: the heads
        // found are remembered along the path (a broken or cyclic chain types its quotes by their own cues).
        var head = ScratchArray.Rent<int>(attributions.Count);
        var path = ScratchArray.Rent<int>(attributions.Count); // (a path visits each attribution once)
        try
        {
            Array.Fill(head, -2, 0, attributions.Count); // -2: not yet known
            for (int i = 0; i < attributions.Count; i++)
            {
                if (attributions[i].Continues < 0 || head[i] != -2) continue;
                int length = 0;
                int j = i, found = -1;
                while (true)
                {
                    if (head[j] != -2) { found = head[j]; break; }
                    if (attributions[j].Continues < 0) { found = j; break; }
                    head[j] = -3; // on the current path
                    path[length++] = j;
                    int next = attributions[j].Continues;
                    if (next >= attributions.Count || head[next] == -3) break;
                    j = next;
                }
                foreach (var p in path.AsSpan(0, length))
                {
                    head[p] = found;
                    attributions[p].Type = found >= 0 ? attributions[found].Type : AttributionTyper.Type(document, attributions[p]);
                }
            }
        }
        finally
        {
            ScratchArray.Return(head);
            ScratchArray.Return(path);
        }
        // The last stage that reads cues: the speakers and claims never do (a quote-dense document's lookups were 2-3
        // times its size, held to the end).
        document.ReleaseAttributionScratch();
    }
}
