using BitMiracle.LibTiff.Classic;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.IO.Tests.GeoTiff;

/// <summary>A projected CRS spelled out in GeoKeys + GeoDoubleParams (ProjectedCSTypeGeoKey = 32767).</summary>
public sealed class GeoTiffUserDefinedCrsTests : IDisposable
{
    private static readonly double[] RdParameters = [5.38763888888889, 52.15616055555555, 155000, 463000, 0.9999079];

    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_UserDefinedObliqueStereographicWithRdParameters_ReadsAsRdNew()
    {
        var path = Write("rd-eigen.tif", coordTransform: 16, datum: 6289, RdParameters);

        var result = GeoTiffReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(28992, result.Value!.Srid);
        Assert.Equal((155000.0, 463300.0), (result.Value.OriginX, result.Value.OriginY));
        Assert.Contains(result.Issues, i =>
            i.Severity == IssueSeverity.Info && i.Message.Contains("RD New", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Read_UserDefinedLambertProjection_IsRejectedWithItsParameters()
    {
        var path = Write(
            "lambert-eigen.tif",
            coordTransform: 8,
            datum: 6313,
            [4.367486666, 90, 150000.013, 5400088.438, 1]
        );

        var result = GeoTiffReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(IssueKind.UnknownCrs, issue.Kind);
        Assert.Contains("user-defined", issue.Message, StringComparison.Ordinal);
        Assert.Contains("projectiemethode 8", issue.Message, StringComparison.Ordinal);
        Assert.Contains("gdalwarp -t_srs EPSG:28992", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RdParametersOnAnotherEllipsoid_IsRejected()
    {
        var path = Write("rd-wgs84.tif", coordTransform: 16, datum: 6326, RdParameters);

        var result = GeoTiffReader.Read(path);

        Assert.Null(result.Value);
        Assert.Contains(result.Issues, i =>
            i.Kind == IssueKind.UnknownCrs && i.Message.Contains("datum 6326", StringComparison.Ordinal)
        );
    }

    private string Write(string name, short coordTransform, short datum, double[] parameters) =>
        ReaderTiffBuilder.Write(_files.PathOf(name), 2, 2, 8, SampleFormat.UINT, (c, r) => 1, geo: t =>
        {
            t.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, ReaderTiffBuilder.RdScale);
            t.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, ReaderTiffBuilder.RdTiepoint);
            const short Doubles = unchecked((short)34736);
            short[] keys =
            [
                1, 1, 0, 11,
                1024, 0, 1, 1,
                1025, 0, 1, 1,
                2050, 0, 1, datum,
                3072, 0, 1, 32767,
                3075, 0, 1, coordTransform,
                3076, 0, 1, 9001,
                3080, Doubles, 1, 0,
                3081, Doubles, 1, 1,
                3082, Doubles, 1, 2,
                3083, Doubles, 1, 3,
                3092, Doubles, 1, 4,
            ];
            t.SetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG, keys.Length, keys);
            t.SetField(TiffTag.GEOTIFF_GEODOUBLEPARAMSTAG, parameters.Length, parameters);
        });
}
