using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>How one indicator weighed in an opgave's score in one buurt.</summary>
/// <param name="Info">Dutch name, unit and source (layer and year) from the profile's indicator catalogue.</param>
/// <param name="RawValue">The value in <see cref="IndicatorInfo.Unit"/>; null when unknown.</param>
/// <param name="FormattedValue">The raw value in Dutch notation with its unit and, when known, its year ("1.850 m³
/// (2022)"), or "onbekend".</param>
/// <param name="Normalised">0–100 after normalisation (100 = most urgent); null when unknown.</param>
/// <param name="Weight">The weight used.</param>
/// <param name="Contribution">Points of the score; the contributions add up to the score. Null when unknown.</param>
/// <param name="GemeentePercentile">
/// Percentile rank (0 = lowest, 100 = highest value) of the raw value among the buurten of the same
/// gemeente, whatever the normalisation; null when unknown.
/// </param>
public sealed record IndicatorExplanation(
    IndicatorInfo Info,
    double? RawValue,
    string FormattedValue,
    double? Normalised,
    double Weight,
    double? Contribution,
    IndicatorDirection Direction,
    Normalisation Normalisation,
    double? GemeentePercentile)
{
    /// <summary>The raw value's reference year, source and conversion; null when unknown or not given.</summary>
    public IndicatorObservation? Observation { get; init; }
}
