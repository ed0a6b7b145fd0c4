using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Lines → areas: the length of line inside each area, per class when classes are given. A line on a
/// shared boundary is counted in both areas (it has zero width: there is no fair half).
/// </summary>
public static class AggregateLines
{
    public static IReadOnlyList<LineLength> Run(IReadOnlyList<Area> areas, IEnumerable<(Geometry Line, string? Class)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var index = new AreaIndex(areas);
        var lengths = new Dictionary<(int Area, string Class), double>();
        var classes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (line, cls) in lines)
        {
            var key = cls ?? string.Empty;
            classes.Add(key);
            foreach (var i in index.Candidates(line.EnvelopeInternal))
            {
                var prepared = index.Prepared(i);
                if (!prepared.Intersects(line))
                {
                    continue;
                }

                var inside = prepared.Covers(line) ? line.Length : prepared.Geometry.Intersection(line).Length;
                lengths[(i, key)] = lengths.GetValueOrDefault((i, key)) + inside;
            }
        }

        return classes
            .SelectMany(c => areas.Select((a, i) => new LineLength(
                a.Code, c.Length == 0 ? null : c, lengths.GetValueOrDefault((i, c)))))
            .ToArray();
    }
}
