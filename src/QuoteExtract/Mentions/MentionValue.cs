namespace QuoteExtract.Mentions;

/// <summary>
/// A mention as a value, as the speaker stage keeps it in pooled arrays and its entities keep it after: the fields of
/// <see cref="Mention"/>, with its one title inline (a phrase <see cref="NounPhraseReader.Analyze"/> reads has one at
/// most), and the record itself when the mention is one already (a quote's source: its entity's public list holds that
/// same object). The public record is made only when someone reads <see cref="Attribution.SpeakerEntity.Mentions"/>: an
/// object and a title array per mention were the largest part of the stage's allocation.
/// </summary>
internal readonly struct MentionValue
{
    // (Bytes, not the enums' ints.)
    private readonly byte _shape, _kind, _gender;

    /// <summary>A mention of these fields; <paramref name="reading"/> says how its tokens give them again, if they do.</summary>
    public MentionValue(TextSpan span, TextSpan name, TextSpan title, MentionShape shape, SpeakerKind kind, Gender gender, bool plural, int firstToken, int endToken,
        MentionReading reading = MentionReading.None)
    {
        (Span, Name, Title, Plural, FirstToken, EndToken, Reading) = (span, name, title, plural, firstToken, endToken, reading);
        (_shape, _kind, _gender) = ((byte)shape, (byte)kind, (byte)gender);
    }

    private MentionValue(Mention record)
        : this(record.Span, record.Name, record.Titles.Count > 0 ? record.Titles[0] : default, record.Shape, record.Kind, record.Gender, record.Plural,
            record.FirstToken, record.EndToken) => Record = record;

    /// <summary>How its tokens give this mention again (<see cref="MentionReading.None"/> when they do not, or it keeps a record).</summary>
    public MentionReading Reading { get; }

    /// <summary>The value of a mention that is a record already (a quote's source), which it keeps.</summary>
    public static MentionValue Of(Mention record) => new(record);

    /// <inheritdoc cref="Mention.Span"/>
    public TextSpan Span { get; }

    /// <inheritdoc cref="Mention.Name"/>
    public TextSpan Name { get; }

    /// <summary>The title of a mention the reader made (empty for none); a record's titles are its own (<see cref="TitleAt"/>).</summary>
    private TextSpan Title { get; }

    /// <inheritdoc cref="Mention.Shape"/>
    public MentionShape Shape => (MentionShape)_shape;

    /// <inheritdoc cref="Mention.Kind"/>
    public SpeakerKind Kind => (SpeakerKind)_kind;

    /// <inheritdoc cref="Mention.Gender"/>
    public Gender Gender => (Gender)_gender;

    /// <inheritdoc cref="Mention.Plural"/>
    public bool Plural { get; }

    /// <inheritdoc cref="Mention.FirstToken"/>
    public int FirstToken { get; }

    /// <inheritdoc cref="Mention.EndToken"/>
    public int EndToken { get; }

    /// <summary>The record this value was made of, or null when none was made.</summary>
    public Mention? Record { get; }

    /// <summary>How many titles it has (<see cref="Mention.Titles"/>).</summary>
    public int TitleCount => Record is { } record ? record.Titles.Count : Title.IsEmpty ? 0 : 1;

    /// <summary>Title <paramref name="k"/> of <see cref="TitleCount"/>.</summary>
    public TextSpan TitleAt(int k) => Record is { } record ? record.Titles[k] : Title;

    /// <summary>
    /// This phrase named by another reading of its start (<see cref="NounPhraseReader.Phrase"/>: "Rep. Jane Roe (D-Ohio)"
    /// named as "Rep. Jane Roe"): that reading's name, title and kind.
    /// </summary>
    public MentionValue NamedAs(in MentionValue named) => new(Span, named.Name, named.Title, Shape, named.Kind, Gender, Plural, FirstToken, EndToken);

    /// <summary>The public record: the one it was made of, else a new one.</summary>
    public Mention ToMention() => Record ?? new Mention(Span, Name, Title.IsEmpty ? [] : [Title], Shape, Kind, Gender, Plural, FirstToken, EndToken);
}

/// <summary>How a mention's tokens give the mention again: the speaker stage keeps its entities' mentions as tokens and this.</summary>
internal enum MentionReading : byte
{
    /// <summary>They do not: the mention keeps its fields (or its record).</summary>
    None,
    /// <summary><see cref="NounPhraseReader.AnalyzeValue"/> of its tokens.</summary>
    Phrase,
    /// <summary>A personal pronoun as the mention collector reads it ("it" an organization).</summary>
    Pronoun,
    /// <summary>A possessive pronoun owning a work ("his report"): "its" a person's too.</summary>
    OwnerPronoun,
}
