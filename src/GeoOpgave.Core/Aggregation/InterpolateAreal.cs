using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Areal interpolation of a polygon layer's values to areas, assuming each value is spread evenly over its
/// polygon: extensive variables (counts) are shared out by area (so over a partition their total is
/// conserved), intensive variables (rates) are averaged by overlap area. Sources that overlap each other
/// are not dissolved: each is its own observation. Invalid sources are repaired, empty ones skipped; both reported.
/// </summary>
public static class InterpolateAreal
{
    /// <summary>One estimate per area, in the order given, and the issues.</summary>
    public static (IReadOnlyList<ArealEstimate> Estimates, IReadOnlyList<AggregationIssue> Issues) Run(
        IReadOnlyList<Area> areas, IEnumerable<ArealSource> sources, AggregateZonesParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        parameters ??= new AggregateZonesParameters();
        var issues = new List<AggregationIssue>();
        var prepared = new PreparedAreas(areas, issues);
        var tree = new STRtree<(Geometry Geometry, double Value)>();
        var index = 0;
        foreach (var source in sources)
        {
            var geometry = PolygonalInput.Check(source.Geometry, AggregationIssue.InputSource, index++, null, issues);
            if (geometry is not null && source.Value is { } value && double.IsFinite(value) && geometry.Area > 0)
            {
                tree.Insert(geometry.EnvelopeInternal, (geometry, value));
            }
        }

        tree.Build();
        var estimates = new ArealEstimate[areas.Count];
        Parallel.For(
            0,
            areas.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parameters.MaxDegreeOfParallelism },
            i => estimates[i] = Estimate(prepared, i, tree)
        );
        return (estimates, issues);
    }

    private static ArealEstimate Estimate(
        PreparedAreas prepared,
        int i,
        STRtree<(Geometry Geometry, double Value)> tree
    )
    {
        var code = prepared.Areas[i].Code;
        if (prepared.Prepared[i] is not { } area)
        {
            return new ArealEstimate(code, null, null, 0);
        }

        double extensive = 0, weighted = 0, overlap = 0;
        var any = false;
        foreach (var (geometry, value) in tree.Query(area.Geometry.EnvelopeInternal))
        {
            var shared = InsideArea.Part(area, geometry)?.Area ?? 0;
            if (shared <= 0)
            {
                continue;
            }

            any = true;
            extensive += value * shared / geometry.Area;
            weighted += value * shared;
            overlap += shared;
        }

        return any
            ? new ArealEstimate(code, extensive, weighted / overlap, overlap)
            : new ArealEstimate(code, null, null, 0);
    }
}
