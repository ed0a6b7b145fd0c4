using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Areas;

/// <summary>A stored CBS area of one year; (Code, Year) is unique.</summary>
public sealed class AreaEntity
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public AreaLevel Level { get; set; }

    public required string GemeenteCode { get; set; }

    public string? WijkCode { get; set; }

    public int Year { get; set; }

    /// <summary>Polygon or MultiPolygon in RD New (EPSG:28992).</summary>
    public required Geometry Geometry { get; set; }
}
