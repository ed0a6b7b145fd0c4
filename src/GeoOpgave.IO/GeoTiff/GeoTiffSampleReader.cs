using System.Runtime.InteropServices;
using BitMiracle.LibTiff.Classic;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Buffers;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.GeoTiff;

/// <summary>
/// Decodes the first band of a TIFF, striped or tiled, into row-major floats. Buffers are sized from the image, never
/// from what the file declares alone: a tile may exceed the image only up to <see cref="MaxTileSide"/>, and a pixel
/// holds at most <see cref="MaxSamplesPerPixel"/> samples (a 1 × 1 image must not allocate a 32768² tile).
/// </summary>
internal static class GeoTiffSampleReader
{
    public const int MaxTileSide = 1024;

    public const int MaxSamplesPerPixel = 64;

    public static float[]? Read(Tiff tiff, int width, int height, IssueLog log)
    {
        var bits = tiff.GetFieldDefaulted(TiffTag.BITSPERSAMPLE)[0].ToInt();
        var format = (SampleFormat)tiff.GetFieldDefaulted(TiffTag.SAMPLEFORMAT)[0].ToInt();
        var samples = tiff.GetFieldDefaulted(TiffTag.SAMPLESPERPIXEL)[0].ToInt();
        var separate = (PlanarConfig)tiff.GetFieldDefaulted(TiffTag.PLANARCONFIG)[0].ToInt() == PlanarConfig.SEPARATE;
        if (Decoder(bits, format) is not { } decode)
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                $"Celwaarden van {bits} bits met sampleformaat {format} worden niet ondersteund."
            );
            return null;
        }

        if (samples > 1)
        {
            log.Warning(
                IssueKind.UnsupportedFormat,
                $"Het raster heeft {samples} banden; alleen band 1 wordt gelezen."
            );
        }

        var bytes = bits / 8;
        var pixelStride = separate ? bytes : bytes * samples;
        if (BlockIssue(tiff, width, height, samples) is { } issue)
        {
            log.Error(IssueKind.TooLarge, issue);
            return null;
        }

        var values = LargeArrays.Floats((long)width * height);
        var band = new BandTarget(width, height, pixelStride, decode, values)
        {
            // Machine-order floats one after another: a row is copied whole instead of cell by cell.
            Contiguous = bits == 32 && format == SampleFormat.IEEEFP && pixelStride == sizeof(float),
        };
        var ok = tiff.IsTiled() ? ReadTiles(tiff, band) : ReadStrips(tiff, band);
        if (!ok)
        {
            log.Error(
                IssueKind.UnreadableFile,
                "De rasterdata is beschadigd of gebruikt een compressie die niet wordt ondersteund."
            );
            return null;
        }

        return values;
    }

    private static bool ReadStrips(Tiff tiff, BandTarget band)
    {
        var rowsPerStrip = Math.Min(tiff.GetFieldDefaulted(TiffTag.ROWSPERSTRIP)[0].ToInt(), band.Height);
        var buffer = new byte[tiff.StripSize()];
        var rowBytes = band.Width * band.PixelStride;
        for (var top = 0; top < band.Height; top += rowsPerStrip)
        {
            var rows = Math.Min(rowsPerStrip, band.Height - top);
            if (tiff.ReadEncodedStrip(tiff.ComputeStrip(top, 0), buffer, 0, -1) < rows * rowBytes)
            {
                return false;
            }

            band.Copy(buffer, rowBytes, top, 0, rows, band.Width);
        }

        return true;
    }

    private static bool ReadTiles(Tiff tiff, BandTarget band)
    {
        var tileWidth = tiff.GetField(TiffTag.TILEWIDTH)[0].ToInt();
        var tileHeight = tiff.GetField(TiffTag.TILELENGTH)[0].ToInt();
        var buffer = new byte[tiff.TileSize()];
        var tileRowBytes = tileWidth * band.PixelStride;
        for (var top = 0; top < band.Height; top += tileHeight)
        {
            for (var left = 0; left < band.Width; left += tileWidth)
            {
                if (tiff.ReadEncodedTile(tiff.ComputeTile(left, top, 0, 0), buffer, 0, -1) < 0)
                {
                    return false;
                }

                band.Copy(
                    buffer,
                    tileRowBytes,
                    top,
                    left,
                    Math.Min(tileHeight, band.Height - top),
                    Math.Min(tileWidth, band.Width - left)
                );
            }
        }

        return true;
    }

    /// <summary>The row-major floats of the first band, filled a decoded strip or tile at a time.</summary>
    private readonly record struct BandTarget(
        int Width,
        int Height,
        int PixelStride,
        Func<byte[], int, float> Decode,
        float[] Values
    )
    {
        /// <summary>Whether cells are machine-order 32-bit floats, one right after another.</summary>
        public bool Contiguous { get; init; }

        /// <summary>Decodes <paramref name="rows"/> × <paramref name="columns"/> cells of a block whose rows are
        /// <paramref name="blockRowBytes"/> apart into the image at (<paramref name="top"/>,
        /// <paramref name="left"/>).</summary>
        public void Copy(byte[] block, int blockRowBytes, int top, int left, int rows, int columns)
        {
            for (var r = 0; r < rows; r++)
            {
                var target = ((top + r) * Width) + left;
                if (Contiguous)
                {
                    MemoryMarshal
                        .Cast<byte, float>(block.AsSpan(r * blockRowBytes, columns * sizeof(float)))
                        .CopyTo(Values.AsSpan(target, columns));
                    continue;
                }

                for (var c = 0; c < columns; c++)
                {
                    Values[target + c] = Decode(block, (r * blockRowBytes) + (c * PixelStride));
                }
            }
        }
    }

    // A tile or strip larger than the image allows is a memory bomb, whatever the rest of the file holds.
    private static string? BlockIssue(Tiff tiff, int width, int height, int samples)
    {
        if (samples is < 1 or > MaxSamplesPerPixel)
        {
            return $"Het raster geeft {samples} waarden per cel op; toegestaan is 1 tot {MaxSamplesPerPixel}.";
        }

        if (!tiff.IsTiled())
        {
            return null;
        }

        var tileWidth = tiff.GetField(TiffTag.TILEWIDTH)?[0].ToInt() ?? 0;
        var tileHeight = tiff.GetField(TiffTag.TILELENGTH)?[0].ToInt() ?? 0;
        return
            tileWidth < 1
            || tileHeight < 1
            || tileWidth > Math.Max(width, MaxTileSide)
            || tileHeight > Math.Max(height, MaxTileSide)
            ? $"Het raster van {width} × {height} cellen geeft tegels van {tileWidth} × {tileHeight} cellen op; "
                + $"een tegel mag niet groter zijn dan het raster of {MaxTileSide} × {MaxTileSide}."
            : null;
    }

    // LibTiff hands decoded samples over in the machine's byte order, whatever the file's order was.
    private static Func<byte[], int, float>? Decoder(int bits, SampleFormat format) => (bits, format) switch
    {
        (8, SampleFormat.UINT) => (b, o) => b[o],
        (8, SampleFormat.INT) => (b, o) => (sbyte)b[o],
        (16, SampleFormat.UINT) => (b, o) => BitConverter.ToUInt16(b, o),
        (16, SampleFormat.INT) => (b, o) => BitConverter.ToInt16(b, o),
        (32, SampleFormat.UINT) => (b, o) => BitConverter.ToUInt32(b, o),
        (32, SampleFormat.INT) => (b, o) => BitConverter.ToInt32(b, o),
        (32, SampleFormat.IEEEFP) => (b, o) => BitConverter.ToSingle(b, o),
        (64, SampleFormat.IEEEFP) => (b, o) => (float)BitConverter.ToDouble(b, o),
        _ => null,
    };
}
