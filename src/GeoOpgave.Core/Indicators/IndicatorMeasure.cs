namespace GeoOpgave.Core.Indicators;

/// <summary>
/// Whether an indicator is a count (extensive: it adds up over areas and is shared out by area when boundaries
/// change) or a share, mean or rate (intensive: it is averaged). CBS names its counts <c>aantal_…</c>; the few that
/// are not named so are listed.
/// </summary>
public static class IndicatorMeasure
{
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "woningvoorraad", "mannen", "vrouwen", "bedrijfsvestigingen_totaal", "personenautos_totaal",
    };

    /// <summary>True for a count such as <c>aantal_inwoners</c> or <c>woningvoorraad</c>.</summary>
    public static bool IsCount(string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        // Third-party tables name shares after the count they are a share of
        // ("aantal_huishoudens_met_kinderen_percentage").
        var share =
            indicatorId.Contains("percentage", StringComparison.Ordinal)
            || indicatorId.Contains("_per_", StringComparison.Ordinal);
        return !share && (indicatorId.StartsWith("aantal_", StringComparison.Ordinal) || Counts.Contains(indicatorId));
    }
}
