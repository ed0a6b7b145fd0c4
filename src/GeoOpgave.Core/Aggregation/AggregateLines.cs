using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Lines → areas: the length of line inside each area, per class when classes are given. A line on a
/// shared boundary is counted in both areas (it has zero width: there is no fair half). Every area gets a
/// row for every class. Empty lines and non-lines are skipped with an issue; areas run in parallel.
/// </summary>
public static class AggregateLines
{
    public static LineAggregationResult Run(
        IReadOnlyList<Area> areas,
        IEnumerable<(Geometry Line, string? Class)> lines,
        AggregateZonesParameters? parameters = null
    )
    {
        ArgumentNullException.ThrowIfNull(lines);
        parameters ??= new AggregateZonesParameters();
        var issues = new List<AggregationIssue>();
        var prepared = new PreparedAreas(areas, issues);
        var (tree, classes) = Index(lines, issues);
        var lengths = new double[classes.Count, areas.Count];
        Parallel.For(
            0,
            areas.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parameters.MaxDegreeOfParallelism },
            i =>
            {
                if (prepared.Prepared[i] is not { } area)
                {
                    return;
                }

                foreach (var (line, cls) in tree.Query(area.Geometry.EnvelopeInternal))
                {
                    lengths[cls, i] += InsideArea.Part(area, line)?.Length ?? 0;
                }
            }
        );

        var result = new List<LineLength>();
        var order = Enumerable.Range(0, classes.Count).OrderBy(c => classes[c], StringComparer.Ordinal);
        foreach (var c in order)
        {
            result.AddRange(
                areas.Select(
                    (a, i) => new LineLength(a.Code, classes[c].Length == 0 ? null : classes[c], lengths[c, i])
                )
            );
        }

        return new LineAggregationResult(result, issues);
    }

    private static (STRtree<(Geometry Line, int Class)> Tree, List<string> Classes) Index(
        IEnumerable<(Geometry Line, string? Class)> lines,
        List<AggregationIssue> issues
    )
    {
        var tree = new STRtree<(Geometry, int)>();
        var classes = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (line, cls) in lines)
        {
            var key = cls ?? string.Empty;
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = classes.Count;
                classes.Add(key);
            }

            if (line is null || line.IsEmpty)
            {
                issues.Add(
                    new(
                        AggregationIssue.InputSource,
                        index++,
                        null,
                        IssueKind.EmptyGeometry,
                        "De lijn is leeg en telt niet mee."
                    )
                );
                continue;
            }

            if (line is not (LineString or MultiLineString))
            {
                issues.Add(
                    new(
                        AggregationIssue.InputSource,
                        index++,
                        null,
                        IssueKind.UnsupportedGeometry,
                        $"Verwacht een lijn, maar dit is een {line.GeometryType}; overgeslagen."
                    )
                );
                continue;
            }

            tree.Insert(line.EnvelopeInternal, (line, id));
            index++;
        }

        tree.Build();
        return (tree, classes);
    }
}
