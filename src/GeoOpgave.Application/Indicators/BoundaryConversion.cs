using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Converts values whose codes no longer exist in the analysed indeling to its areas by area-weighted
/// interpolation over the old areas' geometry: counts are shared out by overlap (their total is kept), shares
/// and means are averaged by overlap. A target gets a value only when the old areas with a known value cover
/// enough of it (counts: <see cref="CountCoverage"/>, others: <see cref="MeanCoverage"/>); the value says which
/// indeling it came from.
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
    /// <returns>Converted values of the targets, with <see cref="IndicatorValue.ConvertedFrom"/> set.</returns>
    public static IReadOnlyList<IndicatorValue> Run(IReadOnlyList<Area> targets, IEnumerable<IndicatorValue> values, IReadOnlyList<Area> oldAreas)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(oldAreas);
        var byCode = oldAreas.GroupBy(a => a.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Year).ToArray(), StringComparer.Ordinal);
        var converted = new List<IndicatorValue>();
        var groups = values
            .Select(v => (Value: v, Area: Pick(byCode, v)))
            .Where(x => x.Area is not null)
            .GroupBy(x => (x.Value.IndicatorId, x.Value.Year, BoundaryYear: x.Area!.Year, x.Value.Source));
        foreach (var group in groups)
        {
            var sources = group.Select(x => new ArealSource(x.Area!.Geometry, x.Value.Value)).ToList();
            converted.AddRange(Convert(targets, sources, group.Key.IndicatorId, group.Key.Year, group.Key.BoundaryYear, group.Key.Source));
        }

        return converted;
    }

    private static IEnumerable<IndicatorValue> Convert(
        IReadOnlyList<Area> targets, List<ArealSource> sources, string indicatorId, int year, int boundaryYear, string? source)
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
            if (covered >= (count ? CountCoverage : MeanCoverage) && (count ? estimate.Extensive : estimate.Intensive) is { } value)
            {
                yield return new IndicatorValue(near[i].Code, indicatorId, year, Math.Round(value, 6)) { Source = source, ConvertedFrom = boundaryYear };
            }
        }
    }

    private static Area? Pick(Dictionary<string, Area[]> byCode, IndicatorValue value) =>
        byCode.TryGetValue(value.AreaCode, out var years)
            ? years.LastOrDefault(a => a.Year <= value.Year) ?? years[0]
            : null;
}
