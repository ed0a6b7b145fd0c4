using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Export;

/// <summary>A page of a collection's features.</summary>
/// <param name="Limit">The most features to return (1 or more).</param>
/// <param name="Offset">How many matching features to skip.</param>
/// <param name="AreaRdNew">Only features that intersect this geometry (RD New); null for all.</param>
/// <param name="Properties">Only features whose attribute equals the text (invariant culture), per attribute
/// name.</param>
public sealed record FeatureQuery(
    int Limit,
    int Offset,
    Geometry? AreaRdNew,
    IReadOnlyDictionary<string, string> Properties
);
