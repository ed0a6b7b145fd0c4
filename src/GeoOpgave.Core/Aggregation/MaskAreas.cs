using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Geometries;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Clips areas to a mask (e.g. the built-up area), so that a raster statistic describes only the masked part of
/// each buurt: "the share of the built-up area with PET ≥ 35 °C". Overlapping mask polygons count once. An area
/// the mask does not touch is left out of the result, so its statistic is unknown rather than 0.
/// </summary>
public static class MaskAreas
{
    /// <param name="areas">The areas, in RD New.</param>
    /// <param name="mask">The mask's polygons, in RD New; other geometry types and empty ones are reported and
    /// skipped.</param>
    /// <returns>The clipped areas that keep some surface, and the mask features that were repaired or
    /// skipped.</returns>
    public static (IReadOnlyList<Area> Masked, IReadOnlyList<AggregationIssue> Issues) Run(
        IReadOnlyList<Area> areas,
        IEnumerable<Geometry> mask
    )
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(mask);
        var issues = new List<AggregationIssue>();
        var index = new STRtree<Geometry>();
        var i = 0;
        foreach (var geometry in mask)
        {
            if (PolygonalInput.Check(geometry, AggregationIssue.InputSource, i++, null, issues) is { } polygonal)
            {
                index.Insert(polygonal.EnvelopeInternal, polygonal);
            }
        }

        index.Build();
        var masked = new Area?[areas.Count];
        Parallel.For(0, areas.Count, k =>
        {
            var area = areas[k];
            var candidates = index.Query(area.Geometry.EnvelopeInternal);
            if (candidates.Count == 0)
            {
                return;
            }

            var clipped = UnaryUnionOp.Union(
                candidates.Select(c => c.Intersection(area.Geometry)).Where(c => !c.IsEmpty).ToList()
            );
            // An intersection can hold slivers of lines or points where polygons touch; only the surface counts.
            var polygons = PolygonalPart.Of(clipped);
            masked[k] = polygons is null || polygons.Area <= 0 ? null : area with { Geometry = polygons };
        });
        return (masked.OfType<Area>().ToList(), issues);
    }
}
