using System.Globalization;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Files;

namespace GeoOpgave.Tools.GeoTiff;

/// <summary>
/// Writes a <see cref="RasterGrid"/> as an uncompressed, striped, single-band float32 GeoTIFF (classic TIFF,
/// little-endian) with ModelPixelScale, ModelTiepoint, GeoKeys (PixelIsArea) and the GDAL_NODATA tag. For the tools and
/// tests that make GeoTIFF fixtures: the product only reads GeoTIFF, so this source is linked into them, not shipped.
/// </summary>
internal static class GeoTiffWriter
{
    private const ushort TagModelPixelScale = 33550;
    private const ushort TagModelTiepoint = 33922;
    private const ushort TagGeoKeyDirectory = 34735;
    private const ushort TagGdalNoData = 42113;
    private const int TargetStripBytes = 64 * 1024;

    /// <summary>
    /// Writes <paramref name="grid"/> to <paramref name="path"/> (replacing it; built under a temporary name and
    /// moved into place). SRID 4326 becomes a geographic GeoTIFF (GeographicTypeGeoKey 4326); any other SRID is
    /// written as a projected one (ProjectedCSTypeGeoKey = the SRID, e.g. 28992). A null
    /// <see cref="RasterGrid.NoData"/> writes no GDAL_NODATA tag.
    /// </summary>
    public static void Write(string path, RasterGrid grid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Width <= 0 || grid.Height <= 0 || grid.Values.Length != (long)grid.Width * grid.Height)
        {
            throw new ArgumentException("The grid's size does not match its values.", nameof(grid));
        }

        AtomicFile.Write(path, temporary =>
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            using var writer = new BinaryWriter(stream);
            WriteTiff(writer, grid);
        });
    }

    private static void WriteTiff(BinaryWriter writer, RasterGrid grid)
    {
        var rowBytes = grid.Width * 4;
        var rowsPerStrip = Math.Clamp(TargetStripBytes / rowBytes, 1, grid.Height);
        var strips = (grid.Height + rowsPerStrip - 1) / rowsPerStrip;

        var ifd = BuildIfd(grid, rowsPerStrip, new uint[strips], new uint[strips]);
        var dataOffset = 8u + (uint)ifd.Size;
        var offsets = new uint[strips];
        var counts = new uint[strips];
        for (var s = 0; s < strips; s++)
        {
            var rows = Math.Min(rowsPerStrip, grid.Height - (s * rowsPerStrip));
            offsets[s] = dataOffset + (uint)(s * rowsPerStrip * rowBytes);
            counts[s] = (uint)(rows * rowBytes);
        }

        ifd = BuildIfd(grid, rowsPerStrip, offsets, counts);
        writer.Write("II"u8);
        writer.Write((ushort)42);
        writer.Write(8u);
        ifd.Write(writer, 8u);
        foreach (var value in grid.Values)
        {
            writer.Write(value);
        }
    }

    private static GeoTiffWriterIfd BuildIfd(RasterGrid grid, int rowsPerStrip, uint[] offsets, uint[] counts)
    {
        var ifd = new GeoTiffWriterIfd();
        ifd.AddLong(256, (uint)grid.Width);
        ifd.AddLong(257, (uint)grid.Height);
        ifd.AddShort(258, 32);
        ifd.AddShort(259, 1);
        ifd.AddShort(262, 1);
        ifd.AddLong(273, offsets);
        ifd.AddShort(277, 1);
        ifd.AddLong(278, (uint)rowsPerStrip);
        ifd.AddLong(279, counts);
        ifd.AddShort(284, 1);
        ifd.AddShort(339, 3);
        ifd.AddDouble(TagModelPixelScale, grid.CellWidth, grid.CellHeight, 0);
        ifd.AddDouble(TagModelTiepoint, 0, 0, 0, grid.OriginX, grid.OriginY, 0);
        ifd.AddShort(TagGeoKeyDirectory, GeoKeys(grid.Srid));
        if (grid.NoData is { } noData)
        {
            ifd.AddAscii(TagGdalNoData, noData.ToString("R", CultureInfo.InvariantCulture));
        }

        return ifd;
    }

    // GeoKey directory: header (version 1, revision 1.0, key count), then (key, location 0, count 1, value) sorted by
    // key.
    private static ushort[] GeoKeys(int srid)
    {
        const ushort modelProjected = 1, modelGeographic = 2, pixelIsArea = 1;
        if (srid is <= 0 or > ushort.MaxValue)
        {
            throw new ArgumentException($"SRID {srid} does not fit a GeoTIFF EPSG key.", nameof(srid));
        }

        ushort[][] keys = srid == Srid.Wgs84
            ? [[1024, 0, 1, modelGeographic], [1025, 0, 1, pixelIsArea], [2048, 0, 1, (ushort)srid], [2054, 0, 1, 9102]]
            : [[1024, 0, 1, modelProjected], [1025, 0, 1, pixelIsArea], [3072, 0, 1, (ushort)srid], [3076, 0, 1, 9001]];
        return [1, 1, 0, (ushort)keys.Length, .. keys.SelectMany(k => k)];
    }
}
