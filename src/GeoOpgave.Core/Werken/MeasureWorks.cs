using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Core.Werken;

/// <summary>
/// Tells per buurt which planned works touch it and how much: the length inside it (lines), the share of its area
/// covered (polygons) or the number of points in it. A work touches a buurt only with a positive measure, so a
/// polygon that only shares an edge does not count; a line along a shared boundary counts in both buurten (as in
/// <see cref="Aggregation.AggregateLines"/>: a street on the boundary is a street of both). A geometry collection is
/// measured by its highest dimension.
/// </summary>
public static class MeasureWorks
{
    /// <summary>Measures every work against every buurt it could touch.</summary>
    public static MeasureWorksResult Measure(MeasureWorksParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var index = new STRtree<int>();
        for (var i = 0; i < parameters.Buurten.Count; i++)
        {
            index.Insert(parameters.Buurten[i].Geometry.EnvelopeInternal, i);
        }

        var prepared = new IPreparedGeometry?[parameters.Buurten.Count];
        var rows = new List<WorkInBuurt>();
        foreach (var work in parameters.Works)
        {
            foreach (var i in index.Query(work.Geometry.EnvelopeInternal))
            {
                var buurt = parameters.Buurten[i];
                var shape = prepared[i] ??= PreparedGeometryFactory.Prepare(buurt.Geometry);
                if (shape.Intersects(work.Geometry) && Row(buurt.Code, buurt.Geometry, work) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        return new MeasureWorksResult(rows
            .OrderBy(r => r.Buurtcode, StringComparer.Ordinal)
            .ThenBy(r => r.Work.Id, StringComparer.Ordinal)
            .ToList());
    }

    private static WorkInBuurt? Row(string code, Geometry buurt, PlannedWork work)
    {
        switch (work.Geometry.Dimension)
        {
            case Dimension.Surface:
                var share = buurt.Area > 0 ? buurt.Intersection(work.Geometry).Area / buurt.Area : 0;
                return share > 0 ? new WorkInBuurt(code, work, null, Math.Min(1, share), null) : null;
            case Dimension.Curve:
                var length = buurt.Intersection(work.Geometry).Length;
                return length > 0 ? new WorkInBuurt(code, work, length, null, null) : null;
            default:
                var count = Enumerable
                    .Range(0, work.Geometry.NumGeometries)
                    .Count(g => buurt.Covers(work.Geometry.GetGeometryN(g)));
                return count > 0 ? new WorkInBuurt(code, work, null, null, count) : null;
        }
    }
}
