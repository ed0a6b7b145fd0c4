using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Spatial;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// One buurt with its scores (overlap, signature, combined score and priority rank are on <see cref="Score"/>)
/// and the indicator values the profile uses (null = onbekend).
/// </summary>
public sealed record BuurtAnalysis(Area Buurt, BuurtScore Score, IReadOnlyDictionary<string, double?> Indicators)
{
    /// <summary>Inhabitants (indicator <c>aantal_inwoners</c>); null when unknown, e.g. a CBS secret.</summary>
    public double? Population { get; init; }

    /// <summary>Getis-Ord Gi* of the combined score in this buurt; null when hot spots were not computed.</summary>
    public HotSpot? HotSpot { get; init; }

    /// <summary>The known values of <see cref="Indicators"/> with their reference year, source and
    /// conversion.</summary>
    public IReadOnlyDictionary<string, IndicatorObservation> Observations { get; init; } =
        new Dictionary<string, IndicatorObservation>(StringComparer.Ordinal);
}
