namespace GeoOpgave.Core.Aggregation;

/// <summary>A point in RD New with an optional numeric value and an optional class (e.g. an energy label).</summary>
public readonly record struct PointObservation(double X, double Y, double? Value, string? Class);
