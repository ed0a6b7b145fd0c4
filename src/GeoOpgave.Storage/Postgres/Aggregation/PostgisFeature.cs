using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>One feature to stage for <see cref="PostgisAggregationSession"/>.</summary>
/// <param name="Geometry">The geometry in RD New (EPSG:28992); null or empty counts for nothing and is reported where
/// the aggregator reports it.</param>
/// <param name="Value">The number to aggregate, or null when it is unknown.</param>
/// <param name="Class">The class (e.g. an energy label), or null for none.</param>
public sealed record PostgisFeature(Geometry? Geometry, double? Value, string? Class);
