namespace QuoteExtract.Evaluation;

/// <summary>
/// The scores of one attribution type: recall over the gold of that type (typed in context), precision over the
/// predictions of that type. A null <see cref="Type"/> is the gold the typer calls no attribution.
/// </summary>
/// <param name="Type">The type, or null for gold the typer finds no attribution in.</param>
/// <param name="Gold">Gold attributions of the type.</param>
/// <param name="GoldFound">Of those, found at the lenient threshold.</param>
/// <param name="Predicted">Predictions of the type.</param>
/// <param name="PredictedRight">Of those, matched to a gold at the lenient threshold.</param>
public sealed record TypeRecall(AttributionType? Type, int Gold, int GoldFound, int Predicted, int PredictedRight)
{
    /// <summary><see cref="GoldFound"/> over <see cref="Gold"/>.</summary>
    public double Recall => Rate.Of(GoldFound, Gold);

    /// <summary><see cref="PredictedRight"/> over <see cref="Predicted"/>.</summary>
    public double Precision => Rate.Of(PredictedRight, Predicted);

    /// <summary>One row per type (and one for the gold the typer calls no attribution), from a report and its gold's types.</summary>
    public static IReadOnlyList<TypeRecall> Of(EvaluationReport report, IReadOnlyDictionary<GoldAttribution, AttributionType?> goldTypes)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(goldTypes);
        var rows = new List<TypeRecall>();
        var matches = report.PerDocument.SelectMany(d => d.LenientMatches).ToList();
        var predictions = report.PerDocument.SelectMany(d => d.Predictions).ToList();
        AttributionType? GoldType(GoldAttribution g) => goldTypes.TryGetValue(g, out var t) ? t : null;
        foreach (var type in Enum.GetValues<AttributionType>().Cast<AttributionType?>().Append(null))
        {
            int gold = report.PerDocument.Sum(d => d.Gold.Attributions.Count(g => GoldType(g) == type));
            int found = matches.Count(m => GoldType(m.Gold) == type);
            int predicted = type is null ? 0 : predictions.Count(p => p.Parts[0].Type == type);
            int right = type is null ? 0 : matches.Count(m => m.Prediction.Parts[0].Type == type);
            if (gold > 0 || predicted > 0) rows.Add(new TypeRecall(type, gold, found, predicted, right));
        }
        return rows;
    }
}
