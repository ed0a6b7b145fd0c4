using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Workspace;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Indicators;

/// <summary>Where the buurten of one boundary year lie (RD New), and how many there are: what
/// <see cref="LayerPlacement"/> compares a layer with.</summary>
/// <param name="Count">How many buurten.</param>
/// <param name="Year">Their boundary year.</param>
/// <param name="Extent">The envelope of all of them.</param>
internal sealed record BuurtenExtent(int Count, int Year, Envelope Extent)
{
    /// <summary>The extent of <paramref name="buurten"/> (of one year, at least one).</summary>
    public static BuurtenExtent Of(IReadOnlyList<Area> buurten)
    {
        var extent = new Envelope();
        foreach (var buurt in buurten)
        {
            extent.ExpandToInclude(buurt.Geometry.EnvelopeInternal);
        }

        return new BuurtenExtent(buurten.Count, buurten[0].Year, extent);
    }

    /// <summary>
    /// The extent of the newest year's buurten; null when the workspace has none. Read from the gemeenten of that year
    /// when every gemeente with buurten has its own area, which covers the same ground with a fraction of the
    /// vertices: a national workspace's 14 000 buurten would cost every import of a small layer half a second and a
    /// hundred megabytes.
    /// </summary>
    public static async Task<BuurtenExtent?> NewestAsync(WorkspaceStore workspace, CancellationToken cancellationToken)
    {
        if (await workspace.GetLatestAreaYearAsync(AreaLevel.Buurt, cancellationToken) is not { } year)
        {
            return null;
        }

        var counts = (await workspace.GetAreaCountsAsync(cancellationToken)).Where(c => c.Year == year).ToList();
        var withBuurten = counts.Where(c => c.Level == AreaLevel.Buurt).ToList();
        var gemeenten = counts
            .Where(c => c.Level == AreaLevel.Gemeente)
            .Select(c => c.GemeenteCode)
            .ToHashSet(StringComparer.Ordinal);
        if (!withBuurten.TrueForAll(c => gemeenten.Contains(c.GemeenteCode)))
        {
            return Of(await workspace.GetAreasAsync(AreaLevel.Buurt, year, cancellationToken));
        }

        var extent = new Envelope();
        foreach (var gemeente in await workspace.GetAreasAsync(AreaLevel.Gemeente, year, cancellationToken))
        {
            extent.ExpandToInclude(gemeente.Geometry.EnvelopeInternal);
        }

        return new BuurtenExtent(withBuurten.Sum(c => c.Count), year, extent);
    }
}
