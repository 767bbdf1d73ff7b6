namespace QuoteExtract.Cli;

/// <summary>Reads <c>--attributions</c>: <c>speech</c>, <c>all</c>, or a comma list of type names (<c>speech,belief</c>).</summary>
internal static class AttributionTypeNames
{
    /// <summary>The names, as the help lists them.</summary>
    public const string All = "speech, belief, knowledge, intention, act";

    /// <summary>The set named by <paramref name="value"/>, or null when a name is unknown or none is given.</summary>
    public static AttributionTypes? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Equals("all", StringComparison.OrdinalIgnoreCase)) return AttributionTypes.All;
        var types = AttributionTypes.None;
        foreach (var name in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!name.All(char.IsAsciiLetter) || !Enum.TryParse<AttributionType>(name, ignoreCase: true, out var type)) return null;
            types |= (AttributionTypes)(1 << (int)type);
        }
        return types == AttributionTypes.None ? null : types;
    }
}
