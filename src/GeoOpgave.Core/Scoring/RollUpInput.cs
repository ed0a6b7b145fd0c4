namespace GeoOpgave.Core.Scoring;

/// <summary>One buurt's part in <see cref="RollUpIndicator"/>.</summary>
/// <param name="Value">The indicator value; null when unknown.</param>
/// <param name="Denominator">The buurt's count of the indicator's denominator (see <c>IndicatorInfo.Denominator</c>);
/// null when unknown or when the indicator has none.</param>
/// <param name="Population">Inhabitants; null when unknown.</param>
public readonly record struct RollUpInput(double? Value, double? Denominator, double? Population);
