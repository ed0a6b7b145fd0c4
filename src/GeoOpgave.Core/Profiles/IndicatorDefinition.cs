using System.Globalization;

namespace GeoOpgave.Core.Profiles;

/// <summary>
/// How an indicator is derived from a stored layer: which layer, which aggregator, its field, the class
/// field and the class values it counts, and its parameters. Read from the indicator catalogue of a profile.
/// </summary>
/// <param name="Layer">The name of the stored layer (as <c>geoopgave layers</c> lists it).</param>
/// <param name="Aggregator">The aggregator.</param>
/// <param name="Field">The numeric attribute for sum, mean, min, max and areal interpolation; else null.</param>
/// <param name="ClassField">The attribute that holds the class (e.g. "energielabel"); null when classes are not
/// used.</param>
/// <param name="Values">The class values that count (compared as trimmed text, ordinal); empty means all.</param>
/// <param name="PerHectare">Divide by the buurt's area in hectares (e.g. metres of heat network per ha).</param>
public sealed record IndicatorDefinition(
    string Layer,
    IndicatorAggregator Aggregator,
    string? Field,
    string? ClassField,
    IReadOnlyList<string> Values,
    bool PerHectare)
{
    /// <summary>The JSON name of each aggregator ("points.share", …).</summary>
    public static IReadOnlyDictionary<string, IndicatorAggregator> Names { get; } =
        new Dictionary<string, IndicatorAggregator>(StringComparer.Ordinal)
        {
            ["points.count"] = IndicatorAggregator.PointCount,
            ["points.sum"] = IndicatorAggregator.PointSum,
            ["points.mean"] = IndicatorAggregator.PointMean,
            ["points.min"] = IndicatorAggregator.PointMin,
            ["points.max"] = IndicatorAggregator.PointMax,
            ["points.share"] = IndicatorAggregator.PointShare,
            ["zones.area"] = IndicatorAggregator.ZoneArea,
            ["zones.share"] = IndicatorAggregator.ZoneShare,
            ["areal.extensive"] = IndicatorAggregator.ArealExtensive,
            ["areal.intensive"] = IndicatorAggregator.ArealIntensive,
            ["lines.length"] = IndicatorAggregator.LineLength,
            ["raster.mean"] = IndicatorAggregator.RasterMean,
            ["raster.min"] = IndicatorAggregator.RasterMin,
            ["raster.max"] = IndicatorAggregator.RasterMax,
            ["raster.share"] = IndicatorAggregator.RasterShare,
        };

    /// <summary>What layer the indicator needs, in Dutch ("raster met de gevoelstemperatuur in °C"): its role, which
    /// any loaded layer of a gemeente can fill through a binding; null when the profile does not say.</summary>
    public string? Needs { get; init; }

    /// <summary>The threshold of <see cref="IndicatorAggregator.RasterShare"/> in the raster's unit; null for other
    /// aggregators.</summary>
    public double? Threshold { get; init; }

    /// <summary>Raster cells count by the centre-point rule instead of their exact covered fraction.</summary>
    public bool CentreCoverage { get; init; }

    /// <summary>For a raster aggregator, the polygon layer (e.g. the built-up area) that limits each buurt to its
    /// masked part: the statistic describes only that part; null for the whole buurt.</summary>
    public string? Mask { get; init; }

    /// <summary>True for the aggregators that need <see cref="Field"/>.</summary>
    public static bool NeedsField(IndicatorAggregator aggregator) =>
        aggregator
            is IndicatorAggregator.PointSum
                or IndicatorAggregator.PointMean
                or IndicatorAggregator.PointMin
                or IndicatorAggregator.PointMax
                or IndicatorAggregator.ArealExtensive
                or IndicatorAggregator.ArealIntensive;

    /// <summary>The JSON name of the aggregator.</summary>
    public string AggregatorName => Names.First(n => n.Value == Aggregator).Key;

    /// <summary>The method in Dutch, for provenance and explanations, e.g. "aandeel van de punten met energielabel E, F
    /// of G (laag energielabels)".</summary>
    public string Describe()
    {
        var classes = Values.Count == 0 || ClassField is null ? string.Empty : $" met {ClassField} {Join(Values)}";
        var what = Aggregator switch
        {
            IndicatorAggregator.PointCount => $"aantal punten{classes}",
            IndicatorAggregator.PointSum => $"som van {Field} over de punten{classes}",
            IndicatorAggregator.PointMean => $"gemiddelde {Field} van de punten{classes}",
            IndicatorAggregator.PointMin => $"kleinste {Field} van de punten{classes}",
            IndicatorAggregator.PointMax => $"grootste {Field} van de punten{classes}",
            IndicatorAggregator.PointShare => $"percentage van de punten{classes}",
            IndicatorAggregator.ZoneArea => $"oppervlak (m², overlap één keer) van de zones{classes}",
            IndicatorAggregator.ZoneShare => $"percentage van het oppervlak in de zones{classes} (overlap één keer)",
            IndicatorAggregator.ArealExtensive => $"{Field} naar rato van oppervlak verdeeld (extensief){classes}",
            IndicatorAggregator.ArealIntensive => $"{Field} oppervlaktegewogen gemiddeld (intensief){classes}",
            IndicatorAggregator.LineLength => $"lengte (m) van de lijnen{classes}",
            IndicatorAggregator.RasterMean => $"gemiddelde celwaarde ({CoverageName}, nodata niet meegeteld)",
            IndicatorAggregator.RasterShare => string.Create(
                CultureInfo.InvariantCulture,
                $"percentage van het oppervlak met een celwaarde van {Threshold} of meer ({CoverageName}, nodata niet meegeteld)"
            ),
            IndicatorAggregator.RasterMin => "laagste celwaarde (nodata niet meegeteld)",
            _ => "hoogste celwaarde (nodata niet meegeteld)",
        };
        var per = PerHectare ? "per hectare buurt" : "per buurt";
        var within = Mask is null ? string.Empty : $", binnen de vlakken van laag {Mask}";
        return string.Create(CultureInfo.InvariantCulture, $"{what} {per} ({AggregatorName}, laag {Layer}{within})");
    }

    private string CoverageName => CentreCoverage ? "cellen met hun middelpunt in de buurt" : "exacte celdekking";

    private static string Join(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : $"{string.Join(", ", values.Take(values.Count - 1))} of {values[^1]}";
}
