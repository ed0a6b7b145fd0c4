using GeoOpgave.Core.Geometries;
using GeoOpgave.Core.Issues;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>Checks one polygonal geometry: empty or wrong type gives null, invalid is repaired; each with an
/// issue.</summary>
internal static class PolygonalInput
{
    /// <summary>Checks the areas on all cores; issues come back in area order.</summary>
    public static Geometry?[] CheckAreas(IReadOnlyList<GeoOpgave.Core.Areas.Area> areas, List<AggregationIssue> issues)
    {
        var geometries = new Geometry?[areas.Count];
        var found = new List<AggregationIssue>?[areas.Count];
        Parallel.For(0, areas.Count, i =>
        {
            var local = new List<AggregationIssue>(0);
            geometries[i] = Check(areas[i].Geometry, AggregationIssue.AreasSource, i, areas[i].Code, local);
            found[i] = local.Count == 0 ? null : local;
        });
        issues.AddRange(found.Where(f => f is not null).SelectMany(f => f!));
        return geometries;
    }

    public static Geometry? Check(
        Geometry? geometry,
        string source,
        int index,
        string? key,
        ICollection<AggregationIssue> issues
    )
    {
        var result = RepairGeometry.Run(geometry, RepairGeometryParameters.Polygonal);
        switch (result.Kind)
        {
            case IssueKind.EmptyGeometry:
                issues.Add(new(source, index, key, IssueKind.EmptyGeometry, "De geometrie is leeg en telt niet mee."));
                break;
            case IssueKind.UnsupportedGeometry:
                var wrongType =
                    $"Verwacht een (multi)polygoon, maar dit is een {geometry!.GeometryType}; overgeslagen.";
                issues.Add(new(source, index, key, IssueKind.UnsupportedGeometry, wrongType));
                break;
            case IssueKind.Repaired or IssueKind.BrokenGeometry:
                // The PostGIS twin cannot tell a repair that left nothing from one that did: both engines say
                // "repaired".
                const string repaired = "De geometrie was ongeldig (bijv. zelfdoorsnijdend) en is gerepareerd.";
                issues.Add(new(source, index, key, IssueKind.Repaired, repaired));
                break;
        }

        return result.Geometry;
    }
}
