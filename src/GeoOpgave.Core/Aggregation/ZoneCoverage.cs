namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// How much of an area one class of zones covers: <see cref="AreaM2"/> in square metres (RD New) and
/// <see cref="Share"/> of the area (0–1). Overlapping zones of the class are dissolved first.
/// </summary>
public sealed record ZoneCoverage(string AreaCode, string Class, double AreaM2, double Share);
