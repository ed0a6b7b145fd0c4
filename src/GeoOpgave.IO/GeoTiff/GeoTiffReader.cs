using BitMiracle.LibTiff.Classic;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.GeoTiff;

/// <summary>
/// Reads the first band of a GeoTIFF (striped or tiled; uint8/int8/int16/uint16/int32/uint32/float32/float64
/// samples, as float) into a north-up <see cref="RasterGrid"/>. Georeferencing comes from ModelPixelScale +
/// ModelTiepoint or a ModelTransformation without rotation; the CRS from the GeoKeys; nodata from GDAL_NODATA.
/// A raster must be in RD New (EPSG:28992): one in another CRS comes back with an issue, because resampling
/// it is not a reader's job.
/// </summary>
public static class GeoTiffReader
{
    /// <summary>Reads the file; <see cref="GeoTiffReadOptions.MaxCells"/> guards against absurd sizes.</summary>
    public static ReadResult<RasterGrid> Read(string path, GeoTiffReadOptions? options = null)
    {
        options ??= new GeoTiffReadOptions();
        var log = new IssueLog(path) { Layer = Path.GetFileNameWithoutExtension(path) };
        if (!log.RequireFile(path))
        {
            return log.Result<RasterGrid>(null);
        }

        if (!HasTiffSignature(path))
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                "Dit bestand is geen TIFF (de eerste bytes zijn geen TIFF-handtekening)."
            );
            return log.Result<RasterGrid>(null);
        }

        GeoTiffTagExtender.EnsureRegistered();
        using var tiff = Tiff.Open(path, "r");
        if (tiff is null)
        {
            log.Error(IssueKind.UnreadableFile, "Het TIFF-bestand is beschadigd of onleesbaar.");
            return log.Result<RasterGrid>(null);
        }

        return log.Result(ReadGrid(tiff, options, log));
    }

    private static RasterGrid? ReadGrid(Tiff tiff, GeoTiffReadOptions options, IssueLog log)
    {
        var width = tiff.GetField(TiffTag.IMAGEWIDTH)?[0].ToInt() ?? 0;
        var height = tiff.GetField(TiffTag.IMAGELENGTH)?[0].ToInt() ?? 0;
        var maxCells = Math.Min(options.MaxCells, Array.MaxLength);
        if (width <= 0 || height <= 0 || (long)width * height > maxCells)
        {
            log.Error(
                IssueKind.TooLarge,
                $"Het raster is {width} × {height} cellen; toegestaan is tussen 1 en {maxCells} cellen. Knip of verklein het raster eerst."
            );
            return null;
        }

        var georeference = GeoTiffGeoreferenceReader.Read(tiff, log);
        var srid = options.Srid ?? GeoTiffGeoreferenceReader.Srid(tiff, log);
        if (georeference is not { } g || srid is null)
        {
            return null;
        }

        var values = GeoTiffSampleReader.Read(tiff, width, height, log);
        if (values is null)
        {
            return null;
        }

        var grid = new RasterGrid(
            width,
            height,
            g.OriginX,
            g.OriginY,
            g.CellWidth,
            g.CellHeight,
            srid.Value,
            GeoTiffGeoreferenceReader.NoData(tiff),
            values
        );
        CheckCrsAndExtent(grid, log);
        return grid;
    }

    private static void CheckCrsAndExtent(RasterGrid grid, IssueLog log)
    {
        if (grid.Srid != Srid.RdNew)
        {
            log.Error(
                IssueKind.UnsupportedCrs,
                $"Het raster staat in EPSG:{grid.Srid}; GeoOpgave rekent in RD New. Herprojecteer het eerst naar EPSG:28992 (bijv. gdalwarp -t_srs EPSG:28992)."
            );
            return;
        }

        var envelope = new NetTopologySuite.Geometries.Envelope(
            grid.OriginX,
            grid.OriginX + (grid.Width * grid.CellWidth),
            grid.OriginY - (grid.Height * grid.CellHeight),
            grid.OriginY
        );
        if (!NetherlandsExtent.Contains(envelope))
        {
            log.Error(
                IssueKind.OutsideNetherlands,
                "Het raster ligt (deels) buiten Nederland. Controleer de georeferentie en of het coördinatenstelsel echt RD New is."
            );
        }
    }

    private static bool HasTiffSignature(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        if (stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) < 4)
        {
            return false;
        }

        // "II" + 42 or 43 (BigTIFF) little-endian, "MM" + 42 or 43 big-endian.
        return (head[0] == 'I' && head[1] == 'I' && head[3] == 0 && head[2] is 42 or 43)
            || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] is 42 or 43);
    }
}
