using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Where the workspace's indicator values came from, worded for a person: the wijk- en buurtkaart, or a layer (a
/// table, or a layer an indicator was computed from) by name.
/// </summary>
public sealed class IndicatorValueSources(WorkspaceStore workspace)
{
    private const string Kaart = "de wijk- en buurtkaart";

    /// <summary>Every source with how many values of any year it holds (unknown ones included), the kaart
    /// first.</summary>
    public async Task<IReadOnlyList<(string Source, int Count)>> ListAsync(CancellationToken cancellationToken)
    {
        // The stamps the analysis cache keys on count the values per source already: no second query.
        var stamps = await workspace.ReadMigratedAsync(
            ct => workspace.GetIndicatorValueStampsAsync(ct),
            cancellationToken);
        return stamps
            .GroupBy(s => Describe(s.Source), StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Count: g.Sum(s => s.Count)))
            .OrderBy(s => s.Source != Kaart)
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A source as a report names it. The kaart's kerncijfers carry no source, or the kaart's own (see
    /// <see cref="WorkspaceStore.KaartSource"/>); a table's or layer's carry its name.</summary>
    public static string Describe(string? source) =>
        source is null or WorkspaceStore.KaartSource ? Kaart : $"de laag '{source}'";
}
