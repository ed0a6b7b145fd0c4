using System.Globalization;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Turns the demo's layers into indicator values per buurt with the engine's aggregators. A buurt
/// without any data for an indicator gets null (onbekend), never 0.
/// </summary>
public static class LayerIndicators
{
    public const string EnergyLabelsEfg = "aandeel_energielabel_efg";
    public const string FloodShare = "aandeel_wateroverlast_klasse_3_plus";
    public const string FeltTemperature = "gemiddelde_gevoelstemperatuur";
    public const string HeatNetworkDensity = "warmtenet_meter_per_ha";

    private static readonly string[] LabelsEfg = ["E", "F", "G"];

    /// <summary>Percentage (0–100) of the addresses in a buurt with energy label E, F or G.</summary>
    public static IEnumerable<IndicatorValue> EnergyLabels(IReadOnlyList<Area> buurten, VectorLayer addresses, string labelField)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var points = addresses.Features
            .Where(f => f.Geometry is Point)
            .Select(f => new PointObservation(
                f.Geometry.Coordinate.X,
                f.Geometry.Coordinate.Y,
                null,
                Convert.ToString(f.Attributes.GetOptionalValue(labelField), CultureInfo.InvariantCulture)?.Trim().ToUpperInvariant()));
        var result = AggregatePoints.Run(buurten, points);
        return buurten.Select(b => Value(b, EnergyLabelsEfg, result.ByArea[b.Code].ShareOf(LabelsEfg) * 100));
    }

    /// <summary>Percentage (0–100) of a buurt's area inside zones of class <paramref name="minimumClass"/> or higher (dissolved).</summary>
    public static IEnumerable<IndicatorValue> Flooding(IReadOnlyList<Area> buurten, VectorLayer zones, string classField, int minimumClass)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var selected = zones.Features
            .Where(f => f.Geometry is Polygon or MultiPolygon)
            .Where(f => Convert.ToInt32(f.Attributes.GetOptionalValue(classField) ?? 0, CultureInfo.InvariantCulture) >= minimumClass)
            .Select(f => new ZoneObservation(f.Geometry, "selected"));
        var coverage = AggregateZones.Run(buurten, selected).Coverage.ToDictionary(c => c.AreaCode, StringComparer.Ordinal);
        return buurten.Select(b => Value(b, FloodShare, coverage.TryGetValue(b.Code, out var c) ? c.Share * 100 : 0));
    }

    /// <summary>Mean felt temperature (°C) of the raster cells whose centre lies in the buurt; null without data cells.</summary>
    public static IEnumerable<IndicatorValue> HeatStress(IReadOnlyList<Area> buurten, RasterGrid raster) =>
        AggregateRaster.Run(buurten, raster).Statistics
            .Select((s, i) => Value(buurten[i], FeltTemperature, s.Mean));

    /// <summary>Metres of heat network per hectare of buurt.</summary>
    public static IEnumerable<IndicatorValue> HeatNetwork(IReadOnlyList<Area> buurten, VectorLayer lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var lengths = AggregateLines.Run(buurten, lines.Features.Select(f => (f.Geometry, (string?)null))).Lengths
            .ToDictionary(l => l.AreaCode, StringComparer.Ordinal);
        return buurten.Select(b => Value(
            b,
            HeatNetworkDensity,
            (lengths.TryGetValue(b.Code, out var l) ? l.LengthM : 0) / (b.Geometry.Area / 10_000)));
    }

    private static IndicatorValue Value(Area buurt, string indicator, double? value) =>
        new(buurt.Code, indicator, buurt.Year, value is { } v ? Math.Round(v, 4) : null);
}
