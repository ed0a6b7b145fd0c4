using System.Collections.Concurrent;
using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Points → areas: count, sum, mean, min and max of the value, and counts per class. Each point is
/// counted in exactly one area: among the areas whose closure covers it, the one with the lowest code
/// (see <see cref="AreaPointLocator"/>); points outside every area are counted in
/// <see cref="PointAggregationResult.Unassigned"/>. Batches are located on all cores while the input
/// is still being read, so the input is never held in memory as a whole.
/// </summary>
public static class AggregatePoints
{
    /// <summary>Aggregates point observations (RD New) to the areas.</summary>
    public static PointAggregationResult Run(IReadOnlyList<Area> areas, IEnumerable<PointObservation> points) =>
        Run(new AreaPointLocator(areas), points);

    /// <summary>Aggregates point observations with a locator built once for several layers.</summary>
    public static PointAggregationResult Run(
        AreaPointLocator locator,
        IEnumerable<PointObservation> points,
        AggregatePointsParameters? parameters = null
    )
    {
        ArgumentNullException.ThrowIfNull(points);
        parameters ??= new AggregatePointsParameters();
        var classes = new List<string>();
        return Run(locator, Batches(points, classes, parameters.BatchSize), classes, parameters);
    }

    /// <summary>
    /// Aggregates a stream of point batches. <paramref name="classNames"/> names the class ids of the
    /// batches; it is read only after the last batch, so a reader may grow it while streaming.
    /// </summary>
    public static PointAggregationResult Run(
        AreaPointLocator locator,
        IEnumerable<PointBatch> batches,
        IReadOnlyList<string> classNames,
        AggregatePointsParameters? parameters = null
    ) => Run(locator, batches, static b => b, classNames, parameters);

    /// <summary>
    /// Aggregates a stream of raw chunks (e.g. blocks of a text file) that <paramref name="decode"/> turns into
    /// points on the worker threads, so reading stays cheap and parsing runs on all cores too. The enumeration
    /// of <paramref name="chunks"/> is serialised; <paramref name="decode"/> must be thread-safe. A batch is
    /// used up before the same thread decodes its next chunk, so a decoder may reuse its arrays per thread
    /// and return the chunk's buffer to a pool, which keeps memory flat however large the input.
    /// </summary>
    public static PointAggregationResult Run<TChunk>(
        AreaPointLocator locator,
        IEnumerable<TChunk> chunks,
        Func<TChunk, PointBatch> decode,
        IReadOnlyList<string> classNames,
        AggregatePointsParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(decode);
        ArgumentNullException.ThrowIfNull(classNames);
        parameters ??= new AggregatePointsParameters();
        var total = new PointAccumulator(locator);
        Parallel.ForEach(
            Partitioner.Create(chunks, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = parameters.MaxDegreeOfParallelism },
            () => new PointAccumulator(locator),
            (chunk, _, local) =>
            {
                local.Add(decode(chunk));
                return local;
            },
            local =>
            {
                lock (total)
                {
                    total.Merge(local);
                }
            });
        return ToResult(locator, total, classNames);
    }

    /// <summary>Point observations as batches for an engine; class names are added to <paramref name="classes"/> as
    /// they appear.</summary>
    public static IEnumerable<PointBatch> Batches(
        IEnumerable<PointObservation> points,
        List<string> classes,
        int size = AggregatePointsParameters.DefaultBatchSize
    )
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var (x, y, v, c, n) = (new double[size], new double[size], new double[size], new int[size], 0);
        foreach (var p in points)
        {
            (x[n], y[n], v[n]) = (p.X, p.Y, p.Value ?? double.NaN);
            c[n] =
                p.Class is null ? -1
                : ids.TryGetValue(p.Class, out var id) ? id
                : ids[p.Class] = AddClass(classes, p.Class);
            if (++n == size)
            {
                yield return new PointBatch(x, y, v, c, n);
                (x, y, v, c, n) = (new double[size], new double[size], new double[size], new int[size], 0);
            }
        }

        if (n > 0)
        {
            yield return new PointBatch(x, y, v, c, n);
        }
    }

    private static int AddClass(List<string> classes, string name)
    {
        classes.Add(name);
        return classes.Count - 1;
    }

    private static PointAggregationResult ToResult(
        AreaPointLocator locator,
        PointAccumulator acc,
        IReadOnlyList<string> classNames
    )
    {
        var byCode = new Dictionary<string, PointStatistics>(StringComparer.Ordinal);
        for (var i = 0; i < locator.Areas.Count; i++)
        {
            var classes = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var c = 0; c < acc.ClassCounts.Count; c++)
            {
                if (acc.ClassCounts[c] is { } row && row[i] > 0)
                {
                    classes[classNames[c]] = row[i];
                }
            }

            var valueCount = acc.ValueCount[i];
            byCode[locator.Areas[i].Code] =
                valueCount == 0
                    ? new PointStatistics(acc.Count[i], 0, null, null, null, null, classes)
                    : new PointStatistics(
                        acc.Count[i],
                        valueCount,
                        acc.Sum[i],
                        acc.Sum[i] / valueCount,
                        acc.Min[i],
                        acc.Max[i],
                        classes
                    );
        }

        return new PointAggregationResult(byCode, acc.Unassigned) { Issues = locator.Issues };
    }
}
