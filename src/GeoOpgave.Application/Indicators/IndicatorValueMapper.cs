using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Turns an aggregation into one value per buurt. Missing is not zero: a share of points without points,
/// or a statistic without any value, is null; no zone or line in a buurt is a true 0.
/// </summary>
internal static class IndicatorValueMapper
{
    public static List<IndicatorValue> Map(
        string indicatorId,
        IndicatorDefinition definition,
        IReadOnlyList<Area> buurten,
        LayerAggregationResult result,
        string source
    )
    {
        var zones = result
            .Zones?.GroupBy(z => z.AreaCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var lines = result
            .Lines?.GroupBy(l => l.AreaCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.LengthM), StringComparer.Ordinal);
        var estimates = result.Estimates?.ToDictionary(e => e.AreaCode, StringComparer.Ordinal);
        var raster = result.Raster?.ToDictionary(r => r.AreaCode, StringComparer.Ordinal);
        return buurten.Select(b =>
        {
            double? value = definition.Aggregator switch
            {
                _ when result.Points is { } points => FromPoints(definition, points.ByArea[b.Code]),
                IndicatorAggregator.ZoneArea => zones!.GetValueOrDefault(b.Code)?.Sum(z => z.AreaM2) ?? 0,
                IndicatorAggregator.ZoneShare => 100 * (zones!.GetValueOrDefault(b.Code)?.Sum(z => z.Share) ?? 0),
                IndicatorAggregator.ArealExtensive => estimates!.GetValueOrDefault(b.Code)?.Extensive,
                IndicatorAggregator.ArealIntensive => estimates!.GetValueOrDefault(b.Code)?.Intensive,
                IndicatorAggregator.RasterMean => raster!.GetValueOrDefault(b.Code)?.Mean,
                IndicatorAggregator.RasterMin => raster!.GetValueOrDefault(b.Code)?.Min,
                IndicatorAggregator.RasterMax => raster!.GetValueOrDefault(b.Code)?.Max,
                IndicatorAggregator.RasterShare => raster!.GetValueOrDefault(b.Code)?.ThresholdShare * 100,
                _ => lines!.GetValueOrDefault(b.Code),
            };
            var hectares = b.Geometry.Area / 10_000;
            var scaled = definition.PerHectare ? (hectares > 0 ? value / hectares : null) : value;
            return new IndicatorValue(b.Code, indicatorId, b.Year, scaled) { Source = source };
        }).ToList();
    }

    private static double? FromPoints(IndicatorDefinition definition, Core.Aggregation.PointStatistics s) =>
        definition.Aggregator switch
        {
            IndicatorAggregator.PointCount => definition.Values.Count == 0
                ? s.Count
                : definition.Values.Sum(v => s.ClassCounts.GetValueOrDefault(v)),
            IndicatorAggregator.PointShare => s.ShareOf(definition.Values) * 100,
            IndicatorAggregator.PointSum => s.Sum,
            IndicatorAggregator.PointMean => s.Mean,
            IndicatorAggregator.PointMin => s.Min,
            _ => s.Max,
        };
}
