using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Polygons → areas: per area and class, the area covered by zones of that class. The zones of a
/// class are dissolved (unioned) first, so overlapping zones never count twice. Every area gets a
/// row for every class, with 0 where no zone of the class touches it.
/// </summary>
public static class AggregateZones
{
    public static IReadOnlyList<ZoneCoverage> Run(IReadOnlyList<Area> areas, IEnumerable<ZoneObservation> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var index = new AreaIndex(areas);
        var result = new List<ZoneCoverage>();
        var byClass = zones
            .Where(z => !z.Geometry.IsEmpty)
            .GroupBy(z => z.Class, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byClass)
        {
            var dissolved = CascadedPolygonUnion.Union(group.Select(z => z.Geometry).ToArray());
            var covered = new double[areas.Count];
            for (var p = 0; p < dissolved.NumGeometries; p++)
            {
                var part = dissolved.GetGeometryN(p);
                foreach (var i in index.Candidates(part.EnvelopeInternal))
                {
                    covered[i] += CoveredArea(index, i, part);
                }
            }

            for (var i = 0; i < areas.Count; i++)
            {
                var areaM2 = areas[i].Geometry.Area;
                result.Add(new ZoneCoverage(areas[i].Code, group.Key, covered[i], areaM2 > 0 ? covered[i] / areaM2 : 0));
            }
        }

        return result;
    }

    private static double CoveredArea(AreaIndex index, int i, Geometry part)
    {
        var prepared = index.Prepared(i);
        if (!prepared.Intersects(part))
        {
            return 0;
        }

        return prepared.Covers(part) ? part.Area : prepared.Geometry.Intersection(part).Area;
    }
}
