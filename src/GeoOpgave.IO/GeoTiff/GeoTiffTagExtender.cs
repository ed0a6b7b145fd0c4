using BitMiracle.LibTiff.Classic;

namespace GeoOpgave.IO.GeoTiff;

/// <summary>
/// Teaches LibTiff.NET the GeoTIFF and GDAL tags (ModelPixelScale, ModelTiepoint, ModelTransformation,
/// GeoKeyDirectory, GeoDoubleParams, GeoAsciiParams, GDAL_NODATA), so they can be read with their proper
/// types and written at all. LibTiff's extender is process-wide; registering is idempotent. Every field
/// passes its count, so <c>GetField</c> answers [count, values] exactly as for tags LibTiff does not know.
/// </summary>
public static class GeoTiffTagExtender
{
    private const short Variable = -1;

    private static readonly TiffFieldInfo[] Fields =
    [
        new(
            TiffTag.GEOTIFF_MODELPIXELSCALETAG,
            Variable,
            Variable,
            TiffType.DOUBLE,
            FieldBit.Custom,
            true,
            true,
            "ModelPixelScaleTag"
        ),
        new(
            TiffTag.GEOTIFF_MODELTIEPOINTTAG,
            Variable,
            Variable,
            TiffType.DOUBLE,
            FieldBit.Custom,
            true,
            true,
            "ModelTiepointTag"
        ),
        new(
            TiffTag.GEOTIFF_MODELTRANSFORMATIONTAG,
            Variable,
            Variable,
            TiffType.DOUBLE,
            FieldBit.Custom,
            true,
            true,
            "ModelTransformationTag"
        ),
        new(
            TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG,
            Variable,
            Variable,
            TiffType.SHORT,
            FieldBit.Custom,
            true,
            true,
            "GeoKeyDirectoryTag"
        ),
        new(
            TiffTag.GEOTIFF_GEODOUBLEPARAMSTAG,
            Variable,
            Variable,
            TiffType.DOUBLE,
            FieldBit.Custom,
            true,
            true,
            "GeoDoubleParamsTag"
        ),
        new(
            TiffTag.GEOTIFF_GEOASCIIPARAMSTAG,
            Variable,
            Variable,
            TiffType.ASCII,
            FieldBit.Custom,
            true,
            true,
            "GeoASCIIParamsTag"
        ),
        new(TiffTag.GDAL_NODATA, Variable, Variable, TiffType.ASCII, FieldBit.Custom, true, true, "GDALNoDataValue"),
    ];

    private static readonly Lazy<bool> Registration = new(Register);
    private static Tiff.TiffExtendProc? _parent;

    /// <summary>Registers the tags once per process; call before opening a TIFF.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        _parent = Tiff.SetTagExtender(Extend);
        return true;
    }

    private static void Extend(Tiff tiff)
    {
        if (tiff.FindFieldInfo(TiffTag.GEOTIFF_MODELPIXELSCALETAG, TiffType.ANY) is null)
        {
            tiff.MergeFieldInfo(Fields, Fields.Length);
        }

        _parent?.Invoke(tiff);
    }
}
