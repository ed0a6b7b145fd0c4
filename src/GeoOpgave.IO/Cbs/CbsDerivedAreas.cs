using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Geometries;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoOpgave.IO.Cbs;

/// <summary>
/// The wijken and gemeenten a kaart lacks, dissolved from the areas below them: PDOK's usual buurten file has no
/// wijken or gemeente layer, yet the overview, agendas and exports of a wijk need a wijk area. A wijk is the union
/// of its buurten, a gemeente that of its wijken (given or derived). They carry no kerncijfers of their own: every
/// wijk or gemeente figure is rolled up from the buurten, so none is counted twice.
/// </summary>
internal static class CbsDerivedAreas
{
    /// <summary>The areas of a level above the buurten that <paramref name="areas"/> lacks, per year.</summary>
    /// <param name="names">Per wijk or gemeente code, the name a lower level's feature gave it (wijknaam,
    /// gemeentenaam); an area without one is named by its code.</param>
    public static IReadOnlyList<Area> Derive(IReadOnlyList<Area> areas, IReadOnlyDictionary<string, string> names)
    {
        var present = areas.Select(a => (a.Code, a.Year)).ToHashSet();
        var wijken = areas
            .Where(a => a.Level == AreaLevel.Buurt && a.WijkCode is not null && !present.Contains((a.WijkCode, a.Year)))
            .GroupBy(a => (Code: a.WijkCode!, a.Year))
            .AsParallel()
            .AsOrdered()
            .Select(g => Dissolve(g.Key.Code, AreaLevel.Wijk, g.ToList(), names))
            .OfType<Area>()
            .ToList();
        var gemeenten = areas
            .Concat(wijken)
            .Where(a => a.Level == AreaLevel.Wijk && !present.Contains((a.GemeenteCode, a.Year)))
            .GroupBy(a => (Code: a.GemeenteCode, a.Year))
            .AsParallel()
            .AsOrdered()
            .Select(g => Dissolve(g.Key.Code, AreaLevel.Gemeente, g.ToList(), names))
            .OfType<Area>();
        return [.. wijken, .. gemeenten];
    }

    private static Area? Dissolve(
        string code,
        AreaLevel level,
        List<Area> parts,
        IReadOnlyDictionary<string, string> names)
    {
        var first = parts[0];
        var union = Union(parts.Select(p => p.Geometry).ToArray());
        if (RepairGeometry.Run(union, RepairGeometryParameters.Polygonal).Geometry is not { } geometry)
        {
            return null;
        }

        geometry.SRID = first.Geometry.SRID;
        var name = names.GetValueOrDefault(code, code);
        return level == AreaLevel.Wijk
            ? new Area(code, name, level, first.GemeenteCode, code, first.Year, geometry)
            : new Area(code, name, level, code, null, first.Year, geometry);
    }

    // CBS buurten share their boundaries exactly, a coverage, which CoverageUnion merges by dropping the shared edges:
    // a national kaart's 1 500 wijken in a fraction of the time of a general union. Where the parts overlap, or the
    // result is not valid, it was no coverage, and OverlayNG's robust union (snapping where floating-point noding
    // fails) does it.
    private static Geometry Union(Geometry[] parts)
    {
        var expected = parts.Sum(p => p.Area);
        try
        {
            var merged = NetTopologySuite.Coverage.CoverageUnion.Union(parts);
            if (merged is not null && Math.Abs(merged.Area - expected) <= 1e-9 * expected && merged.IsValid)
            {
                return merged;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or TopologyException)
        {
            // Not a coverage after all; the general union below copes.
        }

        return OverlayNGRobust.Union(parts[0].Factory.BuildGeometry(parts));
    }
}
