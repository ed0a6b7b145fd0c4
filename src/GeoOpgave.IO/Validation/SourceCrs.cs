using System.Globalization;
using System.Text.RegularExpressions;
using GeoOpgave.Core.Crs;
using ProjNet.CoordinateSystems;

namespace GeoOpgave.IO.Validation;

/// <summary>
/// Recognises the CRS of a source (an EPSG code, a WKT, a GeoJSON crs name) and hands out the transform
/// to RD New. GeoOpgave only reads RD New, WGS84 and Web Mercator; anything else is an issue.
/// </summary>
internal static partial class SourceCrs
{
    private static readonly Lazy<GeometryTransformer> WebMercatorToRdNew =
        new(() => new GeometryTransformer(CoordinateSystems.WebMercator, CoordinateSystems.RdNew, Srid.RdNew));

    /// <summary>True for the srids a reader can bring to RD New.</summary>
    public static bool IsSupported(int srid) => srid is Srid.RdNew or Srid.Wgs84 or Srid.WebMercator;

    /// <summary>The transform from <paramref name="srid"/> to RD New; null for RD New itself.</summary>
    public static GeometryTransformer? ToRdNew(int srid) => srid switch
    {
        Srid.RdNew => null,
        Srid.Wgs84 => GeometryTransformer.Wgs84ToRdNew,
        Srid.WebMercator => WebMercatorToRdNew.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(srid), srid, "Check IsSupported first."),
    };

    /// <summary>The srid a WKT describes (by authority, name or RD parameters), or null when it is none GeoOpgave
    /// reads.</summary>
    public static int? FromWkt(string wkt)
    {
        CoordinateSystem cs;
        try
        {
            cs = CoordinateSystems.FromWkt(wkt);
        }
        catch (Exception ex)
            when (ex
                    is ArgumentException
                        or FormatException
                        or NotSupportedException
                        or InvalidOperationException
                        or InvalidCastException
            )
        {
            return null;
        }

        if (
            string.Equals(cs.Authority, "EPSG", StringComparison.OrdinalIgnoreCase)
            && IsSupported((int)cs.AuthorityCode)
        )
        {
            return (int)cs.AuthorityCode;
        }

        return cs switch
        {
            ProjectedCoordinateSystem p when IsRdNew(p) => Srid.RdNew,
            ProjectedCoordinateSystem p when IsWebMercator(p) => Srid.WebMercator,
            GeographicCoordinateSystem g when IsWgs84(g) => Srid.Wgs84,
            _ => null,
        };
    }

    /// <summary>
    /// The srid of a GeoJSON 2008 <c>crs</c> name such as <c>urn:ogc:def:crs:EPSG::28992</c>, <c>EPSG:28992</c>
    /// or <c>urn:ogc:def:crs:OGC:1.3:CRS84</c>; null when the name has no EPSG code.
    /// </summary>
    public static int? FromName(string name)
    {
        if (name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return Srid.Wgs84;
        }

        var match = EpsgPattern().Match(name);
        return
            match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var srid)
            ? srid
            : null;
    }

    private static bool IsRdNew(ProjectedCoordinateSystem p)
    {
        if (
            p.Name.Contains("RD_New", StringComparison.OrdinalIgnoreCase)
            || p.Name.Contains("RD New", StringComparison.OrdinalIgnoreCase)
        )
        {
            return true;
        }

        return Near(Parameter(p, "latitude_of_origin"), 52.1561605555556, 1e-6)
            && Near(Parameter(p, "central_meridian"), 5.38763888888889, 1e-6)
            && Near(Parameter(p, "false_easting"), 155000, 0.01)
            && Near(Parameter(p, "false_northing"), 463000, 0.01);
    }

    private static bool IsWebMercator(ProjectedCoordinateSystem p) =>
        p.Name.Contains("Pseudo-Mercator", StringComparison.OrdinalIgnoreCase)
        || p.Name.Contains("Pseudo_Mercator", StringComparison.OrdinalIgnoreCase)
        || p.Name.Contains("Web_Mercator", StringComparison.OrdinalIgnoreCase)
        || p.Name.Contains("Web Mercator", StringComparison.OrdinalIgnoreCase);

    private static bool IsWgs84(GeographicCoordinateSystem g) =>
        g.HorizontalDatum.Name.Replace("_", " ", StringComparison.Ordinal)
            .Contains("WGS 1984", StringComparison.OrdinalIgnoreCase)
        || g.HorizontalDatum.Name.Contains("WGS84", StringComparison.OrdinalIgnoreCase)
        || g.Name.Contains("WGS 84", StringComparison.OrdinalIgnoreCase)
        || g.Name.Contains("WGS_1984", StringComparison.OrdinalIgnoreCase);

    private static double? Parameter(ProjectedCoordinateSystem p, string name)
    {
        for (var i = 0; i < p.Projection.NumParameters; i++)
        {
            var parameter = p.Projection.GetParameter(i);
            if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return parameter.Value;
            }
        }

        return null;
    }

    private static bool Near(double? value, double expected, double tolerance) =>
        value is { } v && Math.Abs(v - expected) <= tolerance;

    [GeneratedRegex(@"EPSG(?:/0/|:+(?:[0-9.]*:)?)([0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpsgPattern();
}
