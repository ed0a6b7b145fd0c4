using System.Text.Json.Nodes;
using GeoOpgave.Core.Crs;

namespace GeoOpgave.IO.GeoJson;

/// <summary>
/// How <see cref="GeoJsonWriter"/> writes coordinates and which members it adds. The default is RFC 7946: WGS84
/// longitude/latitude (CRS84) with 7 decimals, no feature <c>id</c>, no foreign members.
/// </summary>
public sealed record GeoJsonWriteOptions
{
    /// <summary>ETRS89 geographic (EPSG:4258), the European datum that RD New is tied to.</summary>
    public const int Etrs89Srid = 4258;

    /// <summary>RFC 7946 output: CRS84, lon/lat, 7 decimals.</summary>
    public static GeoJsonWriteOptions Default { get; } = new();

    /// <summary>
    /// The EPSG code of the output: 4326 (WGS84), 4258 (ETRS89) or 28992 (RD New). ETRS89 gets the same numbers as
    /// WGS84, because the RD New datum shift GeoOpgave uses is the Amersfoort → ETRS89 one (EPSG:15739); the two
    /// realisations differ by less than a metre in the Netherlands.
    /// </summary>
    public int TargetSrid { get; init; } = Srid.Wgs84;

    /// <summary>
    /// True writes geographic positions as latitude, longitude (the axis order of EPSG:4326 and EPSG:4258 as the
    /// EPSG register defines them); false writes longitude, latitude (CRS84, RFC 7946). Projected output is always x,
    /// y.
    /// </summary>
    public bool LatitudeFirst { get; init; }

    /// <summary>Decimals of a coordinate; null means 7 for degrees (about 1 cm) and 3 for metres (1 mm).</summary>
    public int? CoordinateDecimals { get; init; }

    /// <summary>The attribute whose value becomes each feature's <c>id</c> member; null writes no <c>id</c>.</summary>
    public string? IdAttribute { get; init; }

    /// <summary>
    /// Extra top-level members of the FeatureCollection (or of a single Feature), written after <c>features</c>
    /// (RFC 7946 §6.1 foreign members, e.g. OGC API <c>links</c> and <c>numberMatched</c>). Null values are written as
    /// null.
    /// </summary>
    public IReadOnlyDictionary<string, JsonNode?>? ForeignMembers { get; init; }

    /// <summary>Whether the target CRS is in metres rather than degrees.</summary>
    internal bool IsProjected => TargetSrid is not (Srid.Wgs84 or Etrs89Srid);

    internal int Decimals => CoordinateDecimals ?? (IsProjected ? 3 : 7);
}
