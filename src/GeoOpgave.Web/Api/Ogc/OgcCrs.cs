using GeoOpgave.Core.Crs;
using GeoOpgave.IO.GeoJson;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>
/// A coordinate reference system the OGC API serves (Part 2, CRS by reference), with its URI, EPSG code and axis
/// order: CRS84 is lon/lat, EPSG:4258 lat/lon (as the EPSG register defines it), EPSG:28992 x/y.
/// </summary>
public sealed record OgcCrs(string Uri, int Srid, bool LatitudeFirst)
{
    public static OgcCrs Crs84 { get; } =
        new("http://www.opengis.net/def/crs/OGC/1.3/CRS84", Core.Crs.Srid.Wgs84, LatitudeFirst: false);

    public static OgcCrs RdNew { get; } =
        new("http://www.opengis.net/def/crs/EPSG/0/28992", Core.Crs.Srid.RdNew, LatitudeFirst: false);

    public static OgcCrs Etrs89 { get; } =
        new("http://www.opengis.net/def/crs/EPSG/0/4258", GeoJsonWriteOptions.Etrs89Srid, LatitudeFirst: true);

    /// <summary>Every CRS the collections can be served in; the first is the default.</summary>
    public static IReadOnlyList<OgcCrs> All { get; } = [Crs84, RdNew, Etrs89];

    /// <summary>Whether coordinates are degrees rather than metres.</summary>
    public bool IsGeographic => Srid != Core.Crs.Srid.RdNew;

    /// <summary>The CRS with this URI (exact, or with https), or null.</summary>
    public static OgcCrs? Find(string uri)
    {
        var normalised = uri.Trim();
        if (normalised.StartsWith("https://", StringComparison.Ordinal))
        {
            normalised = "http://" + normalised["https://".Length..];
        }

        return All.FirstOrDefault(c => string.Equals(c.Uri, normalised, StringComparison.Ordinal));
    }

    /// <summary>The GeoJSON writer options that write this CRS.</summary>
    public GeoJsonWriteOptions WriteOptions(
        string idAttribute,
        IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode?>? members
    ) =>
        new()
        {
            TargetSrid = Srid,
            LatitudeFirst = LatitudeFirst,
            IdAttribute = idAttribute,
            ForeignMembers = members,
        };

    /// <summary>The value of a <c>Content-Crs</c> header: the URI in angle brackets.</summary>
    public string HeaderValue => "<" + Uri + ">";
}
