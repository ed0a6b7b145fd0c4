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
        Field(TiffTag.GEOTIFF_MODELPIXELSCALETAG, TiffType.DOUBLE, "ModelPixelScaleTag"),
        Field(TiffTag.GEOTIFF_MODELTIEPOINTTAG, TiffType.DOUBLE, "ModelTiepointTag"),
        Field(TiffTag.GEOTIFF_MODELTRANSFORMATIONTAG, TiffType.DOUBLE, "ModelTransformationTag"),
        Field(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG, TiffType.SHORT, "GeoKeyDirectoryTag"),
        Field(TiffTag.GEOTIFF_GEODOUBLEPARAMSTAG, TiffType.DOUBLE, "GeoDoubleParamsTag"),
        Field(TiffTag.GEOTIFF_GEOASCIIPARAMSTAG, TiffType.ASCII, "GeoASCIIParamsTag"),
        Field(TiffTag.GDAL_NODATA, TiffType.ASCII, "GDALNoDataValue"),
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

    // Every tag is a custom field of any count, passed with its count, that can be written.
    private static TiffFieldInfo Field(TiffTag tag, TiffType type, string name) =>
        new(tag, Variable, Variable, type, FieldBit.Custom, true, true, name);

    private static void Extend(Tiff tiff)
    {
        if (tiff.FindFieldInfo(TiffTag.GEOTIFF_MODELPIXELSCALETAG, TiffType.ANY) is null)
        {
            tiff.MergeFieldInfo(Fields, Fields.Length);
        }

        _parent?.Invoke(tiff);
    }
}
