using BitMiracle.LibTiff.Classic;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.IO.Tests.GeoTiff;

public sealed class GeoTiffReaderTests : IDisposable
{
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_StripedFloat32_ReturnsGridWithGeoreferenceAndNoData()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("strip.tif"),
            3,
            4,
            32,
            SampleFormat.IEEEFP,
            (c, r) => r == 1 && c == 1 ? -9999 : (r * 10) + c + 0.5,
            rowsPerStrip: 3,
            geo: t => ReaderTiffBuilder.Georeference(t, 28992, projected: true, noData: "-9999")
        );

        var result = GeoTiffReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var grid = result.Value;
        Assert.Equal(
            (3, 4, 155000.0, 463300.0, 100.0, 50.0, 28992),
            (grid.Width, grid.Height, grid.OriginX, grid.OriginY, grid.CellWidth, grid.CellHeight, grid.Srid)
        );
        Assert.Equal(-9999f, grid.NoData);
        Assert.Equal(32.5f, grid.Get(2, 3));
        Assert.Equal(0.5f, grid.Get(0, 0));
        Assert.Null(grid.Get(1, 1));
    }

    [Fact]
    public void Read_LargeFloat32_EveryCellInPlace()
    {
        // Over 32 MB of cells: the reader asks the kernel for huge pages there and copies whole rows of floats.
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("large.tif"),
            3000,
            2800,
            32,
            SampleFormat.IEEEFP,
            (c, r) => (r * 3000.0) + c,
            rowsPerStrip: 64,
            geo: t =>
            {
                // 10 m cells from (100 000, 500 000): 30 × 28 km, inside the Netherlands.
                t.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, new double[] { 10, 10, 0 });
                t.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, new double[] { 0, 0, 0, 100_000, 500_000, 0 });
                ReaderTiffBuilder.GeoKeys(t, 28992, projected: true);
            }
        );

        var result = GeoTiffReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var values = result.Value.Values;
        Assert.Equal(3000 * 2800, values.Length);
        Assert.All(new[] { 0, 1, 2999, 3000, 4_200_000, values.Length - 1 }, i => Assert.Equal((float)i, values[i]));
        Assert.Equal(Enumerable.Range(0, values.Length).Sum(i => (double)(float)i), values.Sum(v => (double)v));
    }

    [Theory]
    [InlineData(8, SampleFormat.UINT)]
    [InlineData(16, SampleFormat.UINT)]
    [InlineData(16, SampleFormat.INT)]
    [InlineData(32, SampleFormat.INT)]
    [InlineData(64, SampleFormat.IEEEFP)]
    public void Read_SampleType_DecodesValues(int bits, SampleFormat format)
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("type.tif"),
            5,
            2,
            bits,
            format,
            (c, r) => (r * 5) + c + 1,
            geo: t => ReaderTiffBuilder.Georeference(t, 28992, projected: true)
        );

        var result = GeoTiffReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(Enumerable.Range(1, 10).Select(v => (float)v), result.Value.Values);
    }

    [Fact]
    public void Read_TiledDeflateInt16_ReadsPartialEdgeTiles()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("tiled.tif"),
            20,
            18,
            16,
            SampleFormat.INT,
            (c, r) => (r * 100) - c,
            tileSize: 16,
            compression: Compression.ADOBE_DEFLATE,
            geo: t => ReaderTiffBuilder.Georeference(t, 28992, projected: true)
        );

        var result = GeoTiffReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal((20, 18), (result.Value.Width, result.Value.Height));
        Assert.Equal(1700f - 19f, result.Value.Get(19, 17));
        Assert.Equal(1500f - 3f, result.Value.Get(3, 15));
        Assert.Equal(-17f, result.Value.Get(17, 0));
    }

    [Fact]
    public void Read_ModelTransformation_GivesOrigin()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("transform.tif"),
            2,
            2,
            32,
            SampleFormat.IEEEFP,
            (c, r) => 1,
            geo: t =>
            {
                t.SetField(
                    TiffTag.GEOTIFF_MODELTRANSFORMATIONTAG,
                    16,
                    new double[] { 25, 0, 0, 120000, 0, -25, 0, 480000, 0, 0, 0, 0, 0, 0, 0, 1 }
                );
                ReaderTiffBuilder.GeoKeys(t, 28992, projected: true);
            }
        );

        var result = GeoTiffReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(
            (120000.0, 480000.0, 25.0, 25.0),
            (result.Value.OriginX, result.Value.OriginY, result.Value.CellWidth, result.Value.CellHeight)
        );
    }

    [Fact]
    public void Read_PixelIsPoint_MovesOriginHalfACellToTheCorner()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("point.tif"),
            2,
            2,
            8,
            SampleFormat.UINT,
            (c, r) => 1,
            geo: t =>
            {
                t.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, ReaderTiffBuilder.RdScale);
                t.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, ReaderTiffBuilder.RdTiepoint);
                ReaderTiffBuilder.GeoKeys(t, 28992, projected: true, rasterType: 2);
            }
        );

        var result = GeoTiffReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal((154950.0, 463325.0), (result.Value.OriginX, result.Value.OriginY));
    }

    [Fact]
    public void Read_MoreCellsThanLimit_IsRefusedBeforeReading()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("groot.tif"),
            10,
            10,
            8,
            SampleFormat.UINT,
            (c, r) => 1,
            geo: t => ReaderTiffBuilder.Georeference(t, 28992, projected: true)
        );

        var result = GeoTiffReader.Read(path, new GeoTiffReadOptions { MaxCells = 99 });

        Assert.Null(result.Value);
        Assert.Equal(IssueKind.TooLarge, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_TinyImageDeclaringHugeTiles_IsRefusedWithoutAllocatingThem()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("tegelbom.tif"),
            1,
            1,
            8,
            SampleFormat.UINT,
            (c, r) => 1,
            tileSize: 16,
            compression: Compression.ADOBE_DEFLATE,
            geo: t => ReaderTiffBuilder.Georeference(t, 28992, projected: true)
        );
        ReaderTiffBuilder.DeclareTileSide(path, 32768);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var result = GeoTiffReader.Read(path);

        Assert.Null(result.Value);
        Assert.Contains(
            "32768 × 32768",
            Assert.Single(result.Issues, i => i.Kind == IssueKind.TooLarge).Message,
            StringComparison.Ordinal
        );
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 100_000_000);
    }

    [Fact]
    public void Read_NoGeoKeys_ReportsMissingCrs()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("nokeys.tif"),
            2,
            2,
            8,
            SampleFormat.UINT,
            (c, r) => 1,
            geo: t =>
            {
                t.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, ReaderTiffBuilder.RdScale);
                t.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, ReaderTiffBuilder.RdTiepoint);
            }
        );

        var result = GeoTiffReader.Read(path);

        Assert.Null(result.Value);
        Assert.Equal(IssueKind.MissingCrs, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_NoGeoKeysButSridOption_ReadsGrid()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("nokeys.tif"),
            2,
            2,
            8,
            SampleFormat.UINT,
            (c, r) => 1,
            geo: t =>
            {
                t.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, ReaderTiffBuilder.RdScale);
                t.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, ReaderTiffBuilder.RdTiepoint);
            }
        );

        var result = GeoTiffReader.Read(path, new GeoTiffReadOptions { Srid = 28992 });

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
    }

    [Fact]
    public void Read_PlainTiff_ReportsMissingGeoreference()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("plain.tif"),
            2,
            2,
            8,
            SampleFormat.UINT,
            (c, r) => 1,
            geo: t => ReaderTiffBuilder.GeoKeys(t, 28992, projected: true)
        );

        var result = GeoTiffReader.Read(path);

        Assert.Equal(IssueKind.MissingGeoreference, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_GeographicRaster_ReportsUnsupportedCrsButKeepsGrid()
    {
        var path = ReaderTiffBuilder.Write(
            _files.PathOf("wgs84.tif"),
            2,
            2,
            8,
            SampleFormat.UINT,
            (c, r) => 1,
            geo: t =>
            {
                t.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, new double[] { 0.01, 0.01, 0 });
                t.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, new double[] { 0, 0, 0, 5.3, 52.2, 0 });
                ReaderTiffBuilder.GeoKeys(t, 4326, projected: false);
            }
        );

        var result = GeoTiffReader.Read(path);

        Assert.Equal(4326, result.Value!.Srid);
        Assert.Equal(IssueKind.UnsupportedCrs, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Read_RasterOutsideNetherlands_ReportsOutsideNetherlands()
    {
        var path = ReaderTiffBuilder.Write(_files.PathOf("ver.tif"), 2, 2, 8, SampleFormat.UINT, (c, r) => 1, geo: t =>
        {
            t.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, ReaderTiffBuilder.RdScale);
            t.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, new double[] { 0, 0, 0, 463000, 155000, 0 });
            ReaderTiffBuilder.GeoKeys(t, 28992, projected: true);
        });

        var result = GeoTiffReader.Read(path);

        Assert.Equal(IssueKind.OutsideNetherlands, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Read_NotATiff_ReportsUnsupportedFormat()
    {
        var path = _files.Write("tekst.tif", "geen tiff");

        var result = GeoTiffReader.Read(path);

        Assert.Equal(IssueKind.UnsupportedFormat, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_MissingFile_ReturnsFileNotFound()
    {
        var result = GeoTiffReader.Read(_files.PathOf("nergens.tif"));

        Assert.Equal(IssueKind.FileNotFound, Assert.Single(result.Issues).Kind);
    }
}
