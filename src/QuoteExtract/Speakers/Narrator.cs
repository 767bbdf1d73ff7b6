using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// The document's own first-person voice: every "I", "me", "my" outside quotes is one entity, a person, named where the
/// text names it (<see cref="NarratorName"/>: a byline, a self-introduction, a signature).
/// </summary>
internal sealed class Narrator(Document doc, CoreferenceResolver resolver)
{
    private readonly (int First, int End)? _name = NarratorName.Find(doc);
    private Mention? _nameMention;
    private int _entity = -1;

    /// <summary>True for the mention of the narrator's name, which <see cref="Resolve"/> records itself.</summary>
    public bool IsNameMention(Mention m) => _name is { } n && m.FirstToken == n.First && m.EndToken == n.End && _entity >= 0;

    /// <summary>Records a first-person pronoun outside quotes as a mention of the narrator; its entity.</summary>
    public int Resolve(Mention pronoun, bool isSpeaker, bool subject)
    {
        if (_entity < 0)
        {
            if (_name is { } n && NounPhraseReader.Analyze(doc, n.First, n.End) is { Shape: MentionShape.Name } name)
            {
                _nameMention = name;
                _entity = resolver.Resolve(name, isSpeaker: true, quoteSpeaker: -1, subject: false);
            }
            if (_entity < 0) _entity = resolver.NewPerson();
            resolver.State(_entity).Kind = SpeakerKind.Person;
            resolver.State(_entity).Narrator = true;
        }
        resolver.Record(_entity, pronoun, isSpeaker, subject);
        return _entity;
    }
}
