using System.Globalization;
using BitMiracle.LibTiff.Classic;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.GeoTiff;

/// <summary>Reads the GeoTIFF tags of a reader's TIFF: where the grid lies, in which CRS, and its nodata
/// value.</summary>
internal static class GeoTiffGeoreferenceReader
{
    private const int UserDefined = 32767;
    private const int GTModelTypeGeoKey = 1024;
    private const int GTRasterTypeGeoKey = 1025;
    private const int GeographicTypeGeoKey = 2048;
    private const int ProjectedCSTypeGeoKey = 3072;
    private const int RasterPixelIsPoint = 2;

    /// <summary>The top-left corner and cell size, or null (with an issue) when the raster is not
    /// georeferenced.</summary>
    public static (double OriginX, double OriginY, double CellWidth, double CellHeight)? Read(Tiff tiff, IssueLog log)
    {
        var scale = Doubles(tiff, TiffTag.GEOTIFF_MODELPIXELSCALETAG);
        var tiepoint = Doubles(tiff, TiffTag.GEOTIFF_MODELTIEPOINTTAG);
        var transform = Doubles(tiff, TiffTag.GEOTIFF_MODELTRANSFORMATIONTAG);
        (double X, double Y, double W, double H)? grid = null;
        if (scale is { Length: >= 2 } && tiepoint is { Length: >= 6 })
        {
            grid = (tiepoint[3] - (tiepoint[0] * scale[0]), tiepoint[4] + (tiepoint[1] * scale[1]), scale[0], scale[1]);
        }
        else if (transform is { Length: 16 })
        {
            if (transform[1] != 0 || transform[4] != 0)
            {
                log.Error(
                    IssueKind.MissingGeoreference,
                    "Het raster is gedraaid (ModelTransformation met rotatie); alleen noord-boven rasters worden ondersteund."
                );
                return null;
            }

            grid = (transform[3], transform[7], transform[0], -transform[5]);
        }

        if (grid is not { } g || g.W <= 0 || g.H <= 0 || !double.IsFinite(g.X + g.Y + g.W + g.H))
        {
            log.Error(
                IssueKind.MissingGeoreference,
                "Het raster heeft geen (geldige) georeferentie: ModelPixelScale + ModelTiepoint of ModelTransformation ontbreekt."
            );
            return null;
        }

        // With PixelIsPoint the tiepoint is the centre of the top-left cell, not its corner.
        var shift = GeoKey(tiff, GTRasterTypeGeoKey) == RasterPixelIsPoint ? 0.5 : 0;
        return (g.X - (shift * g.W), g.Y + (shift * g.H), g.W, g.H);
    }

    /// <summary>The EPSG code from the GeoKeys (a user-defined projection only when it is RD New), or null with an
    /// issue.</summary>
    public static int? Srid(Tiff tiff, IssueLog log)
    {
        if (GeoKeys(tiff) is null)
        {
            log.Error(
                IssueKind.MissingCrs,
                "Het raster heeft geen GeoKeyDirectory, dus het coördinatenstelsel is onbekend. Geef het coördinatenstelsel bij het inlezen op."
            );
            return null;
        }

        var projected = GeoKey(tiff, ProjectedCSTypeGeoKey);
        if (projected == UserDefined)
        {
            return GeoTiffUserDefinedCrs.Recognise(tiff, log);
        }

        var geographic = GeoKey(tiff, GeographicTypeGeoKey);
        var srid = projected is > 0 and not UserDefined ? projected
            : GeoKey(tiff, GTModelTypeGeoKey) != 1 && geographic is > 0 and not UserDefined ? geographic
            : null;
        if (srid is null)
        {
            log.Error(
                IssueKind.UnknownCrs,
                "Het coördinatenstelsel van het raster is niet als EPSG-code opgegeven (ProjectedCSTypeGeoKey/GeographicTypeGeoKey ontbreekt of is user-defined)."
            );
        }

        return srid;
    }

    /// <summary>The GDAL_NODATA value, or null when the tag is absent or not a number.</summary>
    public static float? NoData(Tiff tiff)
    {
        var field = tiff.GetField(TiffTag.GDAL_NODATA);
        var text = field?.Length > 0 ? field[^1].ToString()?.Trim('\0', ' ') : null;
        if (text is null)
        {
            return null;
        }

        return string.Equals(text, "nan", StringComparison.OrdinalIgnoreCase) ? float.NaN
            : float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
            : null;
    }

    private static int? GeoKey(Tiff tiff, int key)
    {
        var keys = GeoKeys(tiff);
        for (var i = 4; keys is not null && i + 3 < keys.Length; i += 4)
        {
            // Only keys stored in the directory itself (location 0) hold a code; others point to other tags.
            if (keys[i] == key && keys[i + 1] == 0)
            {
                return keys[i + 3];
            }
        }

        return null;
    }

    private static ushort[]? GeoKeys(Tiff tiff) =>
        tiff.GetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG) is { Length: > 0 } field ? field[^1].ToUShortArray() : null;

    private static double[]? Doubles(Tiff tiff, TiffTag tag) =>
        tiff.GetField(tag) is { Length: > 0 } field ? field[^1].ToDoubleArray() : null;
}
