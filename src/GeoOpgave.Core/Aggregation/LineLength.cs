namespace GeoOpgave.Core.Aggregation;

/// <summary>The length in metres (RD New) of the lines of one class inside an area.</summary>
public sealed record LineLength(string AreaCode, string? Class, double LengthM);
