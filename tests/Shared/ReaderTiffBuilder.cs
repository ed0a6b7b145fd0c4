using System.Text;
using BitMiracle.LibTiff.Classic;
using GeoOpgave.IO.GeoTiff;

namespace GeoOpgave.Tests.Shared;

/// <summary>Writes small single-band (Geo)TIFFs with LibTiff.NET, so reader tests do not depend on GeoOpgave's
/// writer.</summary>
internal static class ReaderTiffBuilder
{
    /// <summary>100 × 50 m cells.</summary>
    public static readonly double[] RdScale = [100, 50, 0];

    /// <summary>Cell (0, 0) has its top-left corner at RD 155000, 463300.</summary>
    public static readonly double[] RdTiepoint = [0, 0, 0, 155000, 463300, 0];

    public static void Georeference(Tiff tiff, int srid, bool projected, string? noData = null)
    {
        tiff.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, RdScale);
        tiff.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, RdTiepoint);
        GeoKeys(tiff, srid, projected);
        if (noData is not null)
        {
            var ascii = Encoding.ASCII.GetBytes(noData + "\0");
            tiff.SetField(TiffTag.GDAL_NODATA, ascii.Length, ascii);
        }
    }

    /// <param name="rasterType">GTRasterTypeGeoKey: 1 PixelIsArea, 2 PixelIsPoint.</param>
    public static void GeoKeys(Tiff tiff, int srid, bool projected, short rasterType = 1)
    {
        short[] keys = projected
            ? [1, 1, 0, 3, 1024, 0, 1, 1, 1025, 0, 1, rasterType, 3072, 0, 1, (short)srid]
            : [1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, rasterType, 2048, 0, 1, (short)srid];
        tiff.SetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG, keys.Length, keys);
    }

    public static string Write(
        string path, int width, int height, int bits, SampleFormat format, Func<int, int, double> value,
        Action<Tiff> geo, int? rowsPerStrip = null, int? tileSize = null, Compression compression = Compression.NONE)
    {
        GeoTiffTagExtender.EnsureRegistered();
        using (var tiff = Tiff.Open(path, "w"))
        {
            tiff.SetField(TiffTag.IMAGEWIDTH, width);
            tiff.SetField(TiffTag.IMAGELENGTH, height);
            tiff.SetField(TiffTag.BITSPERSAMPLE, bits);
            tiff.SetField(TiffTag.SAMPLEFORMAT, format);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
            tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.COMPRESSION, compression);
            geo(tiff);
            var bytes = bits / 8;
            if (tileSize is { } size)
            {
                tiff.SetField(TiffTag.TILEWIDTH, size);
                tiff.SetField(TiffTag.TILELENGTH, size);
                for (var top = 0; top < height; top += size)
                {
                    for (var left = 0; left < width; left += size)
                    {
                        var tile = new byte[size * size * bytes];
                        for (var r = 0; r < size && top + r < height; r++)
                        {
                            for (var c = 0; c < size && left + c < width; c++)
                            {
                                Encode(value(left + c, top + r), bits, format).CopyTo(tile, ((r * size) + c) * bytes);
                            }
                        }

                        tiff.WriteEncodedTile(tiff.ComputeTile(left, top, 0, 0), tile, tile.Length);
                    }
                }
            }
            else
            {
                tiff.SetField(TiffTag.ROWSPERSTRIP, rowsPerStrip ?? height);
                for (var r = 0; r < height; r++)
                {
                    var row = new byte[width * bytes];
                    for (var c = 0; c < width; c++)
                    {
                        Encode(value(c, r), bits, format).CopyTo(row, c * bytes);
                    }

                    tiff.WriteScanline(row, r);
                }
            }
        }

        return path;
    }

    private static byte[] Encode(double value, int bits, SampleFormat format) => (bits, format) switch
    {
        (8, _) => [(byte)value],
        (16, SampleFormat.UINT) => BitConverter.GetBytes((ushort)value),
        (16, _) => BitConverter.GetBytes((short)value),
        (32, SampleFormat.INT) => BitConverter.GetBytes((int)value),
        (32, _) => BitConverter.GetBytes((float)value),
        _ => BitConverter.GetBytes(value),
    };

    /// <summary>Rewrites the TileWidth and TileLength tags (322, 323) of the first IFD of a little-endian TIFF in
    /// place: a tile bomb.</summary>
    public static void DeclareTileSide(string path, int side)
    {
        var bytes = File.ReadAllBytes(path);
        var ifd = BitConverter.ToInt32(bytes, 4);
        var count = BitConverter.ToUInt16(bytes, ifd);
        for (var i = 0; i < count; i++)
        {
            var entry = ifd + 2 + (i * 12);
            if (BitConverter.ToUInt16(bytes, entry) is 322 or 323)
            {
                var isShort = BitConverter.ToUInt16(bytes, entry + 2) == 3;
                (isShort ? BitConverter.GetBytes((ushort)side) : BitConverter.GetBytes(side)).CopyTo(bytes, entry + 8);
            }
        }

        File.WriteAllBytes(path, bytes);
    }
}
