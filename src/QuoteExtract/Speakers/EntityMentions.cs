using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// The mentions of a document's entities as the speaker stage leaves them, each entity's a range in text order: a mention
/// its tokens give again (<see cref="MentionReading"/>: a phrase read, a pronoun) is kept as its tokens and how to read
/// them, any other as its record (a quote's source). The result reads only their spans; the records are made when
/// someone reads <see cref="Attribution.SpeakerEntity.Mentions"/>, while the document is in use (its layers are read
/// again). A mention's value per mention kept to the end was most of the stage's allocation.
/// </summary>
internal sealed class EntityMentions
{
    private readonly Document _doc;
    private readonly Entry[] _entries;
    private readonly Mention[] _records;
    private int _count, _recordCount;

    /// <summary>Room for <paramref name="count"/> mentions, <paramref name="records"/> of which <see cref="KeepsRecord"/>.</summary>
    public EntityMentions(Document doc, int count, int records)
    {
        _doc = doc;
        _entries = count > 0 ? new Entry[count] : [];
        _records = records > 0 ? new Mention[records] : [];
    }

    /// <summary>The document's text.</summary>
    public string Text => _doc.Text;

    /// <summary>True when <paramref name="m"/> is kept as a record: its tokens do not give it again.</summary>
    public static bool KeepsRecord(in MentionValue m) => m.Record is not null || m.Reading == MentionReading.None;

    /// <summary>Adds <paramref name="m"/> after the others; its index.</summary>
    public int Add(in MentionValue m)
    {
        int code = KeepsRecord(in m) ? _recordCount : ~((m.EndToken - m.FirstToken) << 2 | (int)m.Reading);
        if (code >= 0) _records[_recordCount++] = m.ToMention();
        _entries[_count] = new Entry(m.Span, code);
        return _count++;
    }

    /// <summary>The span of mention <paramref name="k"/>.</summary>
    public TextSpan SpanOf(int k) => _entries[k].Span;

    /// <summary>Mention <paramref name="k"/>'s record: the one kept, else one read again from its tokens.</summary>
    public Mention MentionAt(int k)
    {
        var entry = _entries[k];
        if (entry.Code >= 0) return _records[entry.Code];
        // (The token that starts where the span does: tokens neither overlap nor are empty.)
        int first = _doc.TokenAtOrAfter(entry.Span.Start), end = first + (~entry.Code >> 2);
        return ((MentionReading)(~entry.Code & 3) switch
        {
            MentionReading.Phrase => NounPhraseReader.AnalyzeValue(_doc, first, end),
            MentionReading.Pronoun => Pronoun(_doc, first, neuterOrganization: true),
            _ => Pronoun(_doc, first, neuterOrganization: false),
        }).ToMention();
    }

    /// <summary>
    /// The personal pronoun at <paramref name="token"/> as a mention: its number and gender as its form shows them, a
    /// person, a group when plural, and with <paramref name="neuterOrganization"/> "it" an organization (the collector's
    /// "It said"; "its report" is a person's as well).
    /// </summary>
    public static MentionValue Pronoun(Document doc, int token, bool neuterOrganization) => Pronoun(doc, token, PronounForm.Of(doc.TokenText(token)), neuterOrganization);

    /// <inheritdoc cref="Pronoun(Document, int, bool)"/>
    /// <param name="doc">The document.</param>
    /// <param name="token">The pronoun's token.</param>
    /// <param name="form">The form of the token's word, as a caller that has it read it.</param>
    /// <param name="neuterOrganization">Whether "it" is an organization.</param>
    public static MentionValue Pronoun(Document doc, int token, PronounForm form, bool neuterOrganization)
    {
        var span = doc.Tokens[token].Span;
        var kind = form.Plural ? SpeakerKind.Group : neuterOrganization && form.Neuter ? SpeakerKind.Organization : SpeakerKind.Person;
        return new MentionValue(span, span, default, MentionShape.Pronoun, kind, form.Gender, form.Plural, token, token + 1,
            neuterOrganization ? MentionReading.Pronoun : MentionReading.OwnerPronoun);
    }

    // A mention's span (the result reads it after the document's tokens are given back; its first token starts it), and its
    // record's index (>= 0) or, complemented, its token count times four plus how to read the tokens again (a MentionReading).
    private readonly record struct Entry(TextSpan Span, int Code);
}
