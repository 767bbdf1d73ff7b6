using QuoteExtract.Mentions;
using QuoteExtract.Speakers;

namespace QuoteExtract.Attribution;

/// <summary>One entity of the document: mentions grouped by coreference.</summary>
public sealed class SpeakerEntity
{
    /// <summary>The canonical (most complete) name.</summary>
    public string Name
    {
        get => _name ??= _store!.Text.Substring(_nameSpan.Start, _nameSpan.Length);
        set => _name = value;
    }

    // (The speaker stage gives most names as a span of the text, made a string when first read: most entities never speak.)
    private string? _name = "";
    private TextSpan _nameSpan;

    /// <summary>Sets <see cref="Name"/> to the text of <paramref name="span"/> (after <see cref="SetMentions"/>, whose store holds the text).</summary>
    internal void SetNameSpan(TextSpan span) => (_name, _nameSpan) = (null, span);

    /// <summary>Person, organization, group or unknown.</summary>
    public SpeakerKind Kind { get; set; } = SpeakerKind.Unknown;

    /// <summary>Gender where known.</summary>
    public Gender Gender { get; set; }

    /// <summary>Every mention, in text order.</summary>
    public List<Mention> Mentions => Lists.Mentions ??= MentionRecords();

    /// <summary>Titles, in order of first appearance, without duplicates.</summary>
    public List<string> Titles => Lists.Titles ??= [];

    /// <summary>For a group named by its members ("Ann Lee and Tom Baker said"), the members' indexes in <see cref="Text.Document.Entities"/>.</summary>
    public List<int> Members => Lists.Members ??= [];

    // The lists, each made on first read (most entities have none: two lists each were a tenth of the speaker stage's
    // allocation), held aside so that an entity without them is 16 bytes smaller.
    private ReadLists? _lists;
    private ReadLists Lists => _lists ??= new();

    /// <summary><see cref="Titles"/> when made (null when none was ever read or added), without making it.</summary>
    internal List<string>? TitlesIfMade => _lists?.Titles;

    /// <summary><see cref="Members"/> when made, without making it.</summary>
    internal List<int>? MembersIfMade => _lists?.Members;

    private sealed class ReadLists
    {
        public List<Mention>? Mentions;
        public List<string>? Titles;
        public List<int>? Members;
    }

    // The mentions the speaker stage found, a range of its store for the document, in text order; the public list is made
    // of them on first read (the result reads only their spans), and from then on it is what every reader sees: a custom
    // stage may change it.
    private EntityMentions? _store;
    private int _storeStart, _storeCount;

    /// <summary>Sets the mentions (before anyone has read <see cref="Mentions"/>) to the <paramref name="count"/> at <paramref name="start"/> of <paramref name="store"/>.</summary>
    internal void SetMentions(EntityMentions store, int start, int count) => (_store, _storeStart, _storeCount) = (store, start, count);

    /// <summary>How many mentions it has (as <see cref="Mentions"/>' count, without making the list).</summary>
    internal int MentionCount => _lists?.Mentions?.Count ?? _storeCount;

    /// <summary>The span of mention <paramref name="k"/> of <see cref="MentionCount"/>.</summary>
    internal TextSpan MentionSpan(int k) => _lists?.Mentions is { } list ? list[k].Span : _store!.SpanOf(_storeStart + k);

    private List<Mention> MentionRecords()
    {
        var list = new List<Mention>(_storeCount);
        for (int k = 0; k < _storeCount; k++) list.Add(_store!.MentionAt(_storeStart + k));
        // (The store stays: a name not yet read is read from its text.)
        return list;
    }
}
