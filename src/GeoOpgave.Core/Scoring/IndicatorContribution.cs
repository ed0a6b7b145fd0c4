namespace GeoOpgave.Core.Scoring;

/// <summary>
/// How one indicator made up an opgave's score in a buurt.
/// </summary>
/// <param name="RawValue">The indicator value in its own unit; null when unknown.</param>
/// <param name="Normalised">
/// 0–100 after the indicator's normalisation (100 = most urgent); by default the share of the gemeente's
/// buurten (with data) this buurt is more urgent than, ties counted half. Null when the raw value is unknown.
/// </param>
/// <param name="Weight">The weight used (the profile's, unless the scores were recomputed with other weights).</param>
/// <param name="Contribution">Points of the score (0–100) this indicator gave; contributions add up to the
/// score.</param>
public sealed record IndicatorContribution(
    string IndicatorId,
    double? RawValue,
    double? Normalised,
    double Weight,
    double? Contribution);
