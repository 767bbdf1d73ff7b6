namespace QuoteExtract.Output;

/// <summary>The camelCase strings the output format uses for enum values, and back.</summary>
public static class JsonNames
{
    /// <summary>The output-format name of <paramref name="kind"/> (<c>direct</c>, <c>indirect</c>, <c>mixed</c>, <c>partial</c>).</summary>
    public static string ToJsonName(this QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Mixed => "mixed",
        QuoteKind.Partial => "partial",
        _ => CamelCase(kind.ToString()),
    };

    /// <summary>The output-format name of <paramref name="kind"/> (<c>person</c>, <c>organization</c>, <c>group</c>, <c>unknown</c>).</summary>
    public static string ToJsonName(this SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => "person",
        SpeakerKind.Organization => "organization",
        SpeakerKind.Group => "group",
        SpeakerKind.Unknown => "unknown",
        _ => CamelCase(kind.ToString()),
    };

    /// <summary>The output-format name of <paramref name="type"/> (<c>speech</c>, <c>belief</c>, <c>knowledge</c>, <c>intention</c>, <c>act</c>).</summary>
    public static string ToJsonName(this AttributionType type) => type switch
    {
        AttributionType.Speech => "speech",
        AttributionType.Belief => "belief",
        AttributionType.Knowledge => "knowledge",
        AttributionType.Intention => "intention",
        AttributionType.Act => "act",
        _ => CamelCase(type.ToString()),
    };

    /// <summary>The output-format name of <paramref name="stance"/> (<c>asserts</c>, <c>denies</c>, <c>questions</c>).</summary>
    public static string ToJsonName(this ClaimStance stance) => stance switch
    {
        ClaimStance.Asserts => "asserts",
        ClaimStance.Denies => "denies",
        ClaimStance.Questions => "questions",
        _ => CamelCase(stance.ToString()),
    };

    /// <summary>Parses an output-format enum name (case-insensitive).</summary>
    /// <exception cref="FormatException"><paramref name="name"/> is not a name of <typeparamref name="TEnum"/>.</exception>
    public static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum =>
        // Only letters: Enum.TryParse would also accept numbers and comma lists.
        name.Length > 0 && name.All(char.IsAsciiLetter) && Enum.TryParse<TEnum>(name, ignoreCase: true, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} value.");

    private static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
