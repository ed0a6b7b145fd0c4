using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>Points → areas for the command: one row per area, or per area and class with <c>--class-field</c> (share = the class's part of the area's points).</summary>
internal static class AggregatePointRows
{
    public static (List<AggregateRow>, IReadOnlyList<AggregationIssue>) Compute(AggregateSettings settings, List<Area> areas, VectorLayer layer)
    {
        var locator = new AreaPointLocator(areas);
        var points = layer.Features
            .SelectMany(f => f.Geometry.Coordinates.Select(c => new PointObservation(c.X, c.Y, AggregateTable.NumberOf(f, settings.Field), AggregateTable.ClassOf(f, settings.ClassField))))
            .ToList();
        var total = AggregatePoints.Run(locator, points);
        if (settings.ClassField is null)
        {
            return (areas.Select(a => Row(settings, a.Code, null, total.ByArea[a.Code], null)).ToList(), locator.Issues);
        }

        var rows = new List<AggregateRow>();
        foreach (var cls in points.Select(p => p.Class).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            var ofClass = AggregatePoints.Run(locator, points.Where(p => string.Equals(p.Class, cls, StringComparison.Ordinal)));
            rows.AddRange(areas.Select(a => Row(settings, a.Code, cls, ofClass.ByArea[a.Code], total.ByArea[a.Code].Count)));
        }

        return (rows, locator.Issues);
    }

    private static AggregateRow Row(AggregateSettings settings, string code, string? cls, PointStatistics s, long? allPoints) =>
        AggregateTable.Row(settings, code, cls, new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["count"] = s.Count,
            ["sum"] = s.Sum,
            ["mean"] = s.Mean,
            ["min"] = s.Min,
            ["max"] = s.Max,
            ["share"] = allPoints is > 0 ? s.Count / (double)allPoints : null,
        });
}
