using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Converts values whose codes no longer exist in the analysed indeling to its areas by area-weighted
/// interpolation over the old areas' geometry: counts are shared out by overlap (their total is kept), shares
/// and means are averaged by overlap. A target gets a value only when the old areas with a known value cover
/// enough of it (counts: <see cref="CountCoverage"/>, others: <see cref="MeanCoverage"/>); the value says which
/// indeling it came from. With weight points (addresses, or the CBS grid's dwellings) the same rules hold with
/// addresses in place of square metres, where a target holds any: a count follows its dwellings, not its fields.
/// </summary>
public static class BoundaryConversion
{
    /// <summary>Share of a target a count needs covered by known old areas; less would undercount it.</summary>
    public const double CountCoverage = 0.95;

    /// <summary>Share of a target a share or mean needs covered by known old areas.</summary>
    public const double MeanCoverage = 0.5;

    /// <param name="targets">The areas of the analysed indeling (one level, one year).</param>
    /// <param name="values">Values of codes that are not among <paramref name="targets"/>.</param>
    /// <param name="oldAreas">Areas of other years that hold those codes; a code in several years uses the newest year
    /// up to the value's year, else the oldest after it.</param>
    /// <param name="weights">Points in RD New whose <see cref="PointObservation.Value"/> is a weight (addresses,
    /// dwellings); null or empty: by area only.</param>
    /// <returns>Converted values of the targets, with <see cref="IndicatorValue.ConvertedFrom"/> set.</returns>
    public static IReadOnlyList<IndicatorValue> Run(
        IReadOnlyList<Area> targets,
        IEnumerable<IndicatorValue> values,
        IReadOnlyList<Area> oldAreas,
        IReadOnlyList<PointObservation>? weights = null
    )
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(oldAreas);
        var byCode = oldAreas.GroupBy(a => a.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Year).ToArray(), StringComparer.Ordinal);
        var converted = new List<IndicatorValue>();
        var targetOf = weights is { Count: > 0 } ? TargetsOf(targets, weights) : null;
        var groups = values
            .Select(v => (Value: v, Area: Pick(byCode, v)))
            .Where(x => x.Area is not null)
            .GroupBy(x => (x.Value.IndicatorId, x.Value.Year, BoundaryYear: x.Area!.Year, x.Value.Source));
        foreach (var group in groups)
        {
            var sources = group.Select(x => new ArealSource(x.Area!.Geometry, x.Value.Value)).ToList();
            var byArea = Convert(
                targets,
                sources,
                group.Key.IndicatorId,
                group.Key.Year,
                group.Key.BoundaryYear,
                group.Key.Source
            );
            if (targetOf is null)
            {
                converted.AddRange(byArea);
                continue;
            }

            var areas = group.Select(x => x.Area!).ToList();
            var byWeight = ConvertByWeight(
                targets,
                targetOf,
                weights!,
                areas,
                group.Select(x => x.Value.Value).ToList(),
                group.Key.IndicatorId
            );
            converted.AddRange(byArea.Where(v => !byWeight.Weighted.Contains(v.AreaCode)));
            converted.AddRange(
                byWeight.Values.Select(v =>
                    v with
                    {
                        Year = group.Key.Year,
                        Source = group.Key.Source,
                        ConvertedFrom = group.Key.BoundaryYear,
                    }
                )
            );
        }

        return converted;
    }

    private static IEnumerable<IndicatorValue> Convert(
        IReadOnlyList<Area> targets,
        List<ArealSource> sources,
        string indicatorId,
        int year,
        int boundaryYear,
        string? source
    )
    {
        var extent = new NetTopologySuite.Geometries.Envelope();
        sources.ForEach(s => extent.ExpandToInclude(s.Geometry.EnvelopeInternal));
        var near = targets.Where(t => t.Geometry.EnvelopeInternal.Intersects(extent)).ToList();
        var (estimates, _) = InterpolateAreal.Run(near, sources);
        var count = IndicatorMeasure.IsCount(indicatorId);
        for (var i = 0; i < near.Count; i++)
        {
            var estimate = estimates[i];
            var area = near[i].Geometry.Area;
            var covered = area > 0 ? estimate.OverlapM2 / area : 0;
            if (
                covered >= (count ? CountCoverage : MeanCoverage)
                && (count ? estimate.Extensive : estimate.Intensive) is { } value
            )
            {
                yield return new IndicatorValue(near[i].Code, indicatorId, year, Math.Round(value, 6))
                {
                    Source = source,
                    ConvertedFrom = boundaryYear,
                };
            }
        }
    }

    // The target each weight point lies in (-1: none), found once for every group.
    private static int[] TargetsOf(IReadOnlyList<Area> targets, IReadOnlyList<PointObservation> weights)
    {
        var locator = new AreaPointLocator(targets);
        return weights.Select(p => locator.Locate(p.X, p.Y)).ToArray();
    }

    // Targets that hold weight get their value by weight: a source's count is shared out by the share of its weight in
    // each target, a share or mean is averaged by the weight both have in common; coverage is the target's weight in
    // known sources. Targets without any weight keep their area-weighted value.
    private static (IReadOnlyList<IndicatorValue> Values, HashSet<string> Weighted) ConvertByWeight(
        IReadOnlyList<Area> targets,
        int[] targetOf,
        IReadOnlyList<PointObservation> weights,
        List<Area> sources,
        List<double?> values,
        string indicatorId
    )
    {
        var locator = new AreaPointLocator(sources);
        var inTarget = new double[targets.Count];
        var inSource = new double[sources.Count];
        var shared = new Dictionary<(int Source, int Target), double>();
        for (var i = 0; i < weights.Count; i++)
        {
            var weight = weights[i].Value ?? 0;
            var (t, s) = (targetOf[i], locator.Locate(weights[i].X, weights[i].Y));
            if (t >= 0)
            {
                inTarget[t] += weight;
            }

            if (s >= 0)
            {
                inSource[s] += weight;
                if (t >= 0)
                {
                    shared[(s, t)] = shared.GetValueOrDefault((s, t)) + weight;
                }
            }
        }

        var count = IndicatorMeasure.IsCount(indicatorId);
        var weighted = Enumerable
            .Range(0, targets.Count)
            .Where(t => inTarget[t] > 0)
            .Select(t => targets[t].Code)
            .ToHashSet(StringComparer.Ordinal);
        var result = new List<IndicatorValue>();
        foreach (var target in shared.GroupBy(p => p.Key.Target, p => (p.Key.Source, Weight: p.Value)))
        {
            var known = target.Where(p => values[p.Source] is not null).ToList();
            var knownWeight = known.Sum(p => p.Weight);
            if (knownWeight / inTarget[target.Key] < (count ? CountCoverage : MeanCoverage))
            {
                continue;
            }

            var value = count
                ? known.Sum(p => values[p.Source]!.Value * p.Weight / inSource[p.Source])
                : known.Sum(p => values[p.Source]!.Value * p.Weight) / knownWeight;
            result.Add(new IndicatorValue(targets[target.Key].Code, indicatorId, 0, Math.Round(value, 6)));
        }

        return (result, weighted);
    }

    private static Area? Pick(Dictionary<string, Area[]> byCode, IndicatorValue value) =>
        byCode.TryGetValue(value.AreaCode, out var years)
            ? years.LastOrDefault(a => a.Year <= value.Year) ?? years[0]
            : null;
}
