using BitMiracle.LibTiff.Classic;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.Tools.GeoTiff;

namespace GeoOpgave.IO.Tests.GeoTiff;

public sealed class GeoTiffWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tiffwriter").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Write_RdNewGrid_WritesSizeScaleTiepointAndNoData()
    {
        var path = Path.Combine(_dir, "a.tif");

        GeoTiffWriter.Write(path, Grid(28992));

        using var tiff = Tiff.Open(path, "r");
        Assert.Equal(3, tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt());
        Assert.Equal(2, tiff.GetField(TiffTag.IMAGELENGTH)[0].ToInt());
        Assert.Equal(32, tiff.GetField(TiffTag.BITSPERSAMPLE)[0].ToInt());
        Assert.Equal(SampleFormat.IEEEFP, (SampleFormat)tiff.GetField(TiffTag.SAMPLEFORMAT)[0].ToInt());
        Assert.Equal([10.0, 10.0, 0.0], tiff.GetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG)[1].ToDoubleArray());
        Assert.Equal(
            [0.0, 0.0, 0.0, 150000.0, 450000.0, 0.0],
            tiff.GetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG)[1].ToDoubleArray()
        );
        Assert.Equal("-9999", tiff.GetField(TiffTag.GDAL_NODATA)[1].ToString()!.TrimEnd('\0'));
        var keys = tiff.GetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG)[1].ToShortArray();
        Assert.Contains(
            28992,
            Enumerable
                .Range(0, keys.Length / 4)
                .Where(i => keys[i * 4] == 3072)
                .Select(i => (int)(ushort)keys[(i * 4) + 3])
        );
    }

    [Fact]
    public void Write_Grid_PixelValuesRoundTrip()
    {
        var path = Path.Combine(_dir, "b.tif");

        GeoTiffWriter.Write(path, Grid(28992));

        using var tiff = Tiff.Open(path, "r");
        var buffer = new byte[tiff.ScanlineSize()];
        tiff.ReadScanline(buffer, 1);
        Assert.Equal([4f, -9999f, 6.5f], Enumerable.Range(0, 3).Select(i => BitConverter.ToSingle(buffer, i * 4)));
    }

    [Fact]
    public void Write_ReadByGdalinfo_ReportsCrsOriginAndNoData()
    {
        var path = Path.Combine(_dir, "c.tif");
        GeoTiffWriter.Write(path, Grid(28992));

        var output = WriterGdalTool.Run("gdalinfo", path);

        WriterGdalTool.AssertClean(output);
        Assert.Contains("ID[\"EPSG\",28992]", output, StringComparison.Ordinal);
        Assert.Contains("Origin = (150000.000000000000000,450000.000000000000000)", output, StringComparison.Ordinal);
        Assert.Contains("Pixel Size = (10.000000000000000,-10.000000000000000)", output, StringComparison.Ordinal);
        Assert.Contains("NoData Value=-9999", output, StringComparison.Ordinal);
        Assert.Contains("Type=Float32", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Wgs84Grid_IsGeographic()
    {
        var path = Path.Combine(_dir, "d.tif");
        var grid = new RasterGrid(2, 1, 5.0, 52.0, 0.01, 0.01, 4326, null, [1f, 2f]);

        GeoTiffWriter.Write(path, grid);

        var output = WriterGdalTool.Run("gdalinfo", path);
        WriterGdalTool.AssertClean(output);
        Assert.Contains("ID[\"EPSG\",4326]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NoData", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ValuesShorterThanGrid_ThrowsAndLeavesNoFile()
    {
        var path = Path.Combine(_dir, "e.tif");
        var grid = new RasterGrid(3, 3, 0, 0, 1, 1, 28992, null, [1f, 2f]);

        Assert.Throws<ArgumentException>(() => GeoTiffWriter.Write(path, grid));

        Assert.Empty(Directory.GetFiles(_dir));
    }

    private static RasterGrid Grid(int srid) =>
        new(3, 2, 150000, 450000, 10, 10, srid, -9999f, [1f, 2f, 3f, 4f, -9999f, 6.5f]);
}
