using QuoteExtract.Mentions;

namespace QuoteExtract.Speakers;

/// <summary>
/// What the resolver knows of one entity while it reads: the fullest name so far, kind, the evidence for its gender,
/// the roles the article gives it, and where it was last mentioned (its salience). A struct in the resolver's pooled
/// array (a document founds hundreds: an object each was a tenth of the speaker stage's allocation).
/// </summary>
internal struct EntityState(int index)
{
    /// <summary>Index of the entity in <see cref="Text.Document.Entities"/>.</summary>
    public int Index { get; } = index;

    // The fullest name so far: a range of a block of the resolver's names (none for an entity known by a role or a
    // pronoun only).
    private int[]? _nameWords;
    private int _nameStart, _nameLength;

    /// <summary>
    /// The fullest name so far, lower-case words ("ann lee") as their lists in the resolver's word index (a mention
    /// refreshes them without a lookup); empty for an entity known by a role or a pronoun only.
    /// </summary>
    public readonly ReadOnlySpan<int> Name => _nameWords.AsSpan(_nameStart, _nameLength);

    /// <summary>Sets <see cref="Name"/> to the <paramref name="length"/> words at <paramref name="name"/>'s start in its block (<see cref="EntityNames.Add"/>).</summary>
    public void SetName((int[] Words, int Start) name, int length) => (_nameWords, _nameStart, _nameLength) = (name.Words, name.Start, length);

    /// <summary>Person, organization, group or unknown.</summary>
    public SpeakerKind Kind { get; set; } = SpeakerKind.Unknown;

    /// <summary>Gender shown by a first name, an honorific or a gendered word (spokeswoman): evidence that decides alone.</summary>
    public Gender NameGender { get; set; }

    /// <summary>Pronouns linked so far, by gender: two or more of one and none of the other decide when nothing else does.</summary>
    public int MalePronouns { get; set; }

    /// <inheritdoc cref="MalePronouns"/>
    public int FemalePronouns { get; set; }

    /// <summary>
    /// Its head nouns, those of nominal phrases it was founded by ("ministry" of "the finance ministry"), lower-case: a list
    /// of the resolver's heads (-1 for none; most entities have none).
    /// </summary>
    public int FirstHead { get; set; } = -1;

    /// <summary>
    /// The role nouns the article gives it ("mayor", "lawyer") in the order given, by their lists in the role index: a list
    /// of the resolver's roles (-1 for none).
    /// </summary>
    public int FirstRole { get; set; } = -1;

    /// <summary>How many role nouns it has.</summary>
    public int RoleCount { get; set; }

    /// <summary>Its first and last mention in the resolver's chain of mentions (-1 for none), and how many it has.</summary>
    public int FirstMention { get; set; } = -1;

    /// <inheritdoc cref="FirstMention"/>
    public int LastMention { get; set; } = -1;

    /// <inheritdoc cref="FirstMention"/>
    public int MentionCount { get; set; }

    /// <summary>The token where it was last mentioned.</summary>
    public int LastToken { get; set; } = -1;

    /// <summary>The sentence where it was last a subject, or -1.</summary>
    public int LastSubjectSentence { get; set; } = -1;

    /// <summary>The paragraph where it was last mentioned.</summary>
    public int LastParagraph { get; set; } = -1;

    /// <summary>
    /// Salience as of sentence <see cref="SalienceSentence"/>: each mention adds its weight (more for a subject, a
    /// speaker, a name), and the sum halves with every sentence after (Lappin and Leass's scheme): an entity the
    /// article keeps returning to outweighs one mentioned once a little more recently.
    /// </summary>
    public double Salience { get; set; }

    /// <inheritdoc cref="Salience"/>
    public int SalienceSentence { get; set; }

    /// <summary>The salience factors (recency, subject, speaker, name) already counted in sentence <see cref="SalienceSentence"/>: each counts once a sentence.</summary>
    public int CountedFactors { get; set; }

    /// <summary>The salience at sentence <paramref name="sentence"/> (halved once per sentence since the last mention).</summary>
    public readonly double SalienceAt(int sentence) => sentence <= SalienceSentence ? Salience : Salience * s_halvings[Math.Min(sentence - SalienceSentence, 60)];

    // 0.5 to the power 0 … 60, as Math.Pow gives them (exact: powers of two), looked up instead of computed per candidate.
    private static readonly double[] s_halvings = [.. Enumerable.Range(0, 61).Select(n => Math.Pow(0.5, n))];

    /// <summary>True once it is a quote's speaker.</summary>
    public bool Speaker { get; set; }

    /// <summary>For a group named by its members ("Lee and Baker said"), the members' states.</summary>
    public List<int>? Members { get; set; }

    /// <summary>True for the document's own first-person voice, which third-person pronouns never refer to.</summary>
    public bool Narrator { get; set; }

    /// <summary>True when some mention named it (not only a role, a nominal or a pronoun).</summary>
    public readonly bool Named => _nameLength > 0;

    /// <summary>
    /// The gender the evidence shows: a first name, an honorific or a gendered word decides; otherwise two or more
    /// pronouns of one gender and none of the other (never the first link alone: one wrong link must not spread).
    /// </summary>
    public readonly Gender Gender =>
        NameGender != Gender.Unknown ? NameGender
        : MalePronouns >= 2 && FemalePronouns == 0 ? Gender.Male
        : FemalePronouns >= 2 && MalePronouns == 0 ? Gender.Female
        : Gender.Unknown;

    /// <summary>True when something shows it is a person (a kind, a first name, an honorific or a role).</summary>
    public readonly bool PersonLike => Kind == SpeakerKind.Person || NameGender != Gender.Unknown || RoleCount > 0 && Kind == SpeakerKind.Unknown;
}
