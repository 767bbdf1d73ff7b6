using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// The document's own first-person voice: every "I", "me", "my" outside quotes is one entity, a person, named where the
/// text names it (<see cref="NarratorName"/>: a byline, a self-introduction, a signature).
/// </summary>
/// <param name="doc">The document.</param>
/// <param name="resolver">The resolver the narrator's mentions are recorded in.</param>
/// <param name="speaks">Whether the document has a first-person pronoun outside quotes: without one the narrator is never
/// resolved, and its name is not looked for (a scan of the document).</param>
internal sealed class Narrator(Document doc, CoreferenceResolver resolver, bool speaks)
{
    private readonly (int First, int End)? _name = speaks ? NarratorName.Find(doc) : null;
    private int _entity = -1;

    /// <summary>True for the mention of the narrator's name once <see cref="Resolve"/> has recorded it (a signature after the "I").</summary>
    public bool IsNameMention(in MentionValue m) => _name is { } n && m.FirstToken == n.First && m.EndToken == n.End && _entity >= 0;

    /// <summary>Told of each mention the resolver read, in text order: a byline read before any "I" is already the narrator's entity.</summary>
    public void Observe(in MentionValue m, int entity)
    {
        if (_entity < 0 && entity >= 0 && _name is { } n && m.FirstToken == n.First && m.EndToken == n.End) _named = entity;
    }

    private int _named = -1;

    /// <summary>Records a first-person pronoun outside quotes as a mention of the narrator; its entity.</summary>
    public int Resolve(in MentionValue pronoun, bool isSpeaker, bool subject)
    {
        if (_entity < 0)
        {
            if (_named >= 0) _entity = _named;
            else if (_name is { } n && NounPhraseReader.AnalyzeValue(doc, n.First, n.End) is { Shape: MentionShape.Name } name)
            {
                _entity = resolver.Resolve(in name, isSpeaker: true, quoteSpeaker: -1, subject: false);
            }
            if (_entity < 0) _entity = resolver.NewPerson();
            resolver.State(_entity).Kind = SpeakerKind.Person;
            resolver.State(_entity).Narrator = true;
        }
        resolver.Record(_entity, in pronoun, isSpeaker, subject);
        return _entity;
    }
}
