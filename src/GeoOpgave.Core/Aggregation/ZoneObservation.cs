using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>A polygon zone in RD New with its class (e.g. a flood class "3").</summary>
public sealed record ZoneObservation(Geometry Geometry, string Class);
