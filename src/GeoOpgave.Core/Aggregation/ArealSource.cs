using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>A source polygon in RD New with the value to interpolate; null when the value is unknown (it then counts
/// for nothing).</summary>
public sealed record ArealSource(Geometry Geometry, double? Value);
