using System.Text;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;
using EsriShapefile = NetTopologySuite.IO.Esri.Shapefile;

namespace GeoOpgave.IO.Shapefile;

/// <summary>
/// Writes a vector layer as an ESRI Shapefile: .shp, .shx and .dbf (UTF-8, with a .cpg saying so) and, for
/// RD New (28992) and WGS84 (4326), a .prj in ESRI WKT.
/// </summary>
public static class ShapefileWriter
{
    /// <summary>The ESRI WKT of Amersfoort / RD New, as ArcGIS and QGIS write it.</summary>
    public const string RdNewEsriWkt =
        "PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],"
        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Double_Stereographic\"],"
        + "PARAMETER[\"False_Easting\",155000.0],PARAMETER[\"False_Northing\",463000.0],PARAMETER[\"Central_Meridian\",5.38763888888889],"
        + "PARAMETER[\"Scale_Factor\",0.9999079],PARAMETER[\"Latitude_Of_Origin\",52.15616055555555],UNIT[\"Meter\",1.0]]";

    private const string Wgs84EsriWkt =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]]";

    /// <summary>
    /// Writes <paramref name="layer"/> next to <paramref name="shpPath"/> (replacing files of the same base name).
    /// Attribute names longer than 10 characters are cut (and numbered when two cuts collide); integers become
    /// numeric fields, other numbers double fields, booleans logical fields, everything else text. Null values stay
    /// empty. Points and multipoints, (multi)linestrings and (multi)polygons may not be mixed in one layer.
    /// </summary>
    /// <exception cref="ArgumentException">Geometries of more than one shape type.</exception>
    public static void Write(string shpPath, VectorLayer layer) => Write(shpPath, layer, TimeProvider.System);

    /// <summary>Writes the layer, stamping the .dbf header's last-update date from
    /// <paramref name="timeProvider"/>.</summary>
    /// <inheritdoc cref="Write(string, VectorLayer)"/>
    public static void Write(string shpPath, VectorLayer layer, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shpPath);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var fields = ShapefileWriterFields.Infer(layer.Features, encoding);
        var options = new ShapefileWriterOptions(ShapeTypeOf(layer), [.. fields.Select(f => f.Field)])
        {
            Encoding = encoding,
            Projection = layer.Srid switch
            {
                Srid.RdNew => RdNewEsriWkt,
                Srid.Wgs84 => Wgs84EsriWkt,
                _ => null,
            },
        };

        using (var writer = EsriShapefile.OpenWrite(shpPath, options))
        {
            foreach (var feature in layer.Features)
            {
                writer.Geometry = feature.Geometry;
                foreach (var (attribute, field) in fields)
                {
                    var value = feature.Attributes is { } a && a.Exists(attribute) ? a[attribute] : null;
                    field.Value = ShapefileWriterFields.ToFieldValue(value, field);
                }

                writer.Write();
            }
        }

        StampDbfDate(Path.ChangeExtension(shpPath, ".dbf"), timeProvider.GetUtcNow().UtcDateTime);
        File.WriteAllText(Path.ChangeExtension(shpPath, ".cpg"), "UTF-8", Encoding.ASCII);
    }

    // The Esri library stamps the machine's date; bytes 1–3 of a dBASE header are the year since 1900, month and day.
    private static void StampDbfDate(string dbfPath, DateTime date)
    {
        using var dbf = new FileStream(dbfPath, FileMode.Open, FileAccess.Write);
        dbf.Position = 1;
        dbf.Write([(byte)(date.Year - 1900), (byte)date.Month, (byte)date.Day]);
    }

    private static ShapeType ShapeTypeOf(VectorLayer layer)
    {
        var types = layer.Features
            .Select(f => f.Geometry)
            .Where(g => g is { IsEmpty: false })
            .Select(g => g!.OgcGeometryType switch
            {
                OgcGeometryType.Point => ShapeType.Point,
                OgcGeometryType.MultiPoint => ShapeType.MultiPoint,
                OgcGeometryType.LineString or OgcGeometryType.MultiLineString => ShapeType.PolyLine,
                OgcGeometryType.Polygon or OgcGeometryType.MultiPolygon => ShapeType.Polygon,
                var other => throw new ArgumentException($"A shapefile cannot hold a {other}.", nameof(layer)),
            })
            .Distinct()
            .ToList();
        return types.Count switch
        {
            0 => ShapeType.Point,
            1 => types[0],
            _ => throw new ArgumentException(
                $"Layer '{layer.Name}' mixes {string.Join(", ", types)}; a shapefile holds one shape type.",
                nameof(layer)
            ),
        };
    }
}
