using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Polygons → areas: per area and class, the area covered by zones of that class, with overlapping zones
/// of a class dissolved so no surface counts twice. The dissolve happens per area: the zones of a class
/// that meet the area are clipped to it (a zone the area covers whole is taken as it is, like PostGIS's
/// ST_CoveredBy shortcut) and the pieces unioned; area(A ∩ ⋃ zones) = area(⋃ (A ∩ zone)), so the answer is
/// that of a global dissolve, but every area is independent and the work runs on all cores. The area is
/// measured from the kept edge pieces directly (see UnionIntersectionArea); only where edges touch or
/// overlap exactly does it fall back to an NTS overlay. Every area gets a row for every class, with 0
/// where no zone of the class touches it. Areas in m² (RD New). Invalid zones are repaired, empty ones
/// and non-polygons skipped, each reported.
/// </summary>
public static class AggregateZones
{
    public static ZoneAggregationResult Run(
        IReadOnlyList<Area> areas,
        IEnumerable<ZoneObservation> zones,
        AggregateZonesParameters? parameters = null
    )
    {
        ArgumentNullException.ThrowIfNull(zones);
        parameters ??= new AggregateZonesParameters();
        var issues = new List<AggregationIssue>();
        var prepared = new PreparedAreas(areas, issues);
        var byClass = Index(zones, issues, parameters.MaxDegreeOfParallelism);
        var classes = byClass.Keys.Order(StringComparer.Ordinal).ToArray();
        var covered = new double[classes.Length, areas.Count];
        Parallel.For(
            0,
            areas.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parameters.MaxDegreeOfParallelism },
            i =>
            {
                var sweep = prepared.Geometries[i] is { } g ? new UnionIntersectionArea(g) : null;
                for (var c = 0; c < classes.Length; c++)
                {
                    covered[c, i] = sweep is null ? 0 : CoveredArea(prepared, i, sweep, byClass[classes[c]]);
                }
            }
        );

        var result = new List<ZoneCoverage>(classes.Length * areas.Count);
        for (var c = 0; c < classes.Length; c++)
        {
            for (var i = 0; i < areas.Count; i++)
            {
                var areaM2 = prepared.AreaM2(i);
                result.Add(
                    new ZoneCoverage(
                        areas[i].Code,
                        classes[c],
                        covered[c, i],
                        areaM2 > 0 ? Math.Min(1, covered[c, i] / areaM2) : 0
                    )
                );
            }
        }

        return new ZoneAggregationResult(result, issues);
    }

    private static Dictionary<string, STRtree<ZonePolygon>> Index(
        IEnumerable<ZoneObservation> zones,
        List<AggregationIssue> issues,
        int threads
    )
    {
        var list = zones.ToList();
        var checkedZones = new ZonePolygon?[list.Count];
        var found = new List<AggregationIssue>?[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
        {
            var local = new List<AggregationIssue>(0);
            var geometry = PolygonalInput.Check(list[k].Geometry, AggregationIssue.InputSource, k, null, local);
            checkedZones[k] = geometry is null ? null : new ZonePolygon(geometry);
            found[k] = local.Count == 0 ? null : local;
        });
        issues.AddRange(found.Where(f => f is not null).SelectMany(f => f!));
        var byClass = new Dictionary<string, STRtree<ZonePolygon>>(StringComparer.Ordinal);
        for (var k = 0; k < list.Count; k++)
        {
            if (!byClass.TryGetValue(list[k].Class, out var tree))
            {
                byClass[list[k].Class] = tree = new STRtree<ZonePolygon>();
            }

            if (checkedZones[k] is { } zone)
            {
                tree.Insert(zone.Geometry.EnvelopeInternal, zone);
            }
        }

        foreach (var tree in byClass.Values)
        {
            tree.Build();
        }

        return byClass;
    }

    private static double CoveredArea(
        PreparedAreas prepared,
        int i,
        UnionIntersectionArea sweep,
        STRtree<ZonePolygon> zones
    )
    {
        if (prepared.Prepared[i] is not { } area)
        {
            return 0;
        }

        var candidates = zones.Query(area.Geometry.EnvelopeInternal);
        if (candidates.Count == 0)
        {
            return 0;
        }

        if (candidates.Count == 1 && area.Covers(candidates[0].Geometry))
        {
            return candidates[0].Geometry.Area;
        }

        return sweep.Compute(candidates.ToArray())
            ?? CoveredAreaByOverlay(area, candidates.Select(c => c.Geometry).ToList());
    }

    private static double CoveredAreaByOverlay(
        NetTopologySuite.Geometries.Prepared.IPreparedGeometry area,
        IList<Geometry> candidates
    )
    {
        var pieces = new List<Geometry>();
        foreach (var zone in candidates)
        {
            if (InsideArea.Part(area, zone) is { } piece)
            {
                pieces.Add(piece);
            }
        }

        return pieces.Count switch
        {
            0 => 0,
            1 => pieces[0].Area,
            _ => OverlayNGRobust.Union(pieces).Area,
        };
    }
}
