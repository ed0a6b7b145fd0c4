using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Application.Indicators;

/// <summary>Which aggregator family a definition needs, and how its classes are used.</summary>
internal static class IndicatorFamily
{
    public static bool IsPoints(IndicatorAggregator a) =>
        a
            is IndicatorAggregator.PointCount
                or IndicatorAggregator.PointSum
                or IndicatorAggregator.PointMean
                or IndicatorAggregator.PointMin
                or IndicatorAggregator.PointMax
                or IndicatorAggregator.PointShare;

    public static bool IsZones(IndicatorAggregator a) =>
        a is IndicatorAggregator.ZoneArea or IndicatorAggregator.ZoneShare;

    /// <summary>Rasters are aggregated in .NET on every store (the PostGIS twin has no raster aggregator).</summary>
    public static bool IsRaster(IndicatorAggregator a) =>
        a
            is IndicatorAggregator.RasterMean
                or IndicatorAggregator.RasterMin
                or IndicatorAggregator.RasterMax
                or IndicatorAggregator.RasterShare;

    public static bool IsAreal(IndicatorAggregator a) =>
        a is IndicatorAggregator.ArealExtensive or IndicatorAggregator.ArealIntensive;

    /// <summary>
    /// The class field to read and the classes to keep. Count and share of points need every point with its
    /// class (the share's denominator is all points); every other aggregator takes only the features of the
    /// listed classes (all when none are listed) and counts them as one class, so zones of several classes
    /// are dissolved together and nothing counts twice.
    /// </summary>
    public static (string? ClassField, IReadOnlyList<string>? OnlyClasses) Classes(IndicatorDefinition definition) =>
        definition.Aggregator is IndicatorAggregator.PointCount or IndicatorAggregator.PointShare
            ? (definition.ClassField, null)
        : definition.Values.Count > 0 ? (definition.ClassField, definition.Values)
        : (null, null);
}
