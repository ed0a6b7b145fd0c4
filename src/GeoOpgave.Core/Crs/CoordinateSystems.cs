using ProjNet.CoordinateSystems;
using ProjNet.IO.CoordinateSystems;

namespace GeoOpgave.Core.Crs;

/// <summary>The ProjNet coordinate systems GeoOpgave knows by EPSG code.</summary>
public static class CoordinateSystems
{
    /// <summary>
    /// EPSG:28992 as WKT with the Bessel → WGS84 datum shift (the position-vector parameters of PROJ's EPSG:28992
    /// definition): without TOWGS84 a transform to WGS84 is 100–200 m off. A GeoPackage stores the same text.
    /// </summary>
    public const string RdNewWkt =
        "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],"
        + "TOWGS84[565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725],AUTHORITY[\"EPSG\",\"6289\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],"
        + "PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889],"
        + "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],"
        + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    private static readonly Lazy<CoordinateSystem> RdNewLazy = new(() =>
        (CoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(RdNewWkt)
    );

    /// <summary>Amersfoort / RD New with its datum shift to WGS84.</summary>
    public static CoordinateSystem RdNew => RdNewLazy.Value;

    /// <summary>WGS 84 geographic, longitude first.</summary>
    public static CoordinateSystem Wgs84 => GeographicCoordinateSystem.WGS84;

    /// <summary>WGS 84 / Pseudo-Mercator.</summary>
    public static CoordinateSystem WebMercator => ProjectedCoordinateSystem.WebMercator;

    /// <summary>The coordinate system of an EPSG code, or null when GeoOpgave does not know it.</summary>
    public static CoordinateSystem? FromSrid(int srid) => srid switch
    {
        Srid.RdNew => RdNew,
        Srid.Wgs84 => Wgs84,
        Srid.WebMercator => WebMercator,
        _ => null,
    };

    /// <summary>Parses a WKT coordinate system (e.g. a shapefile's .prj).</summary>
    public static CoordinateSystem FromWkt(string wkt) =>
        (CoordinateSystem)CoordinateSystemWktReader.Parse(wkt);
}
