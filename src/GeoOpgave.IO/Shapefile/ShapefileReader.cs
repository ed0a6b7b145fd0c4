using System.Buffers.Binary;
using System.Text;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using EsriShapefile = NetTopologySuite.IO.Esri.Shapefile;

namespace GeoOpgave.IO.Shapefile;

/// <summary>
/// Reads an ESRI shapefile (.shp + .dbf, with .prj and .cpg when present). The CRS comes from the .prj
/// (RD New, WGS84 or Web Mercator, recognised by authority, name or parameters) or from
/// <see cref="ShapefileReadOptions.Srid"/>; geometries come back in RD New (EPSG:28992). Attributes are
/// string, long, double, bool or null; dates become ISO text.
/// </summary>
public static class ShapefileReader
{
    static ShapefileReader()
    {
        // DBF files are often windows-1252 or another code page that .NET only knows through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads the shapefile; features without a usable geometry are left out with an issue.</summary>
    public static ReadResult<VectorLayer> Read(string shpPath, ShapefileReadOptions? options = null) =>
        Read(shpPath, options ?? new ShapefileReadOptions(), keepFeaturesWithoutGeometry: false);

    /// <summary>With <paramref name="keepFeaturesWithoutGeometry"/> such features stay, with a null geometry, so
    /// indices match the records.</summary>
    internal static ReadResult<VectorLayer> Read(
        string shpPath,
        ShapefileReadOptions options,
        bool keepFeaturesWithoutGeometry
    )
    {
        var log = new IssueLog(shpPath) { Layer = Path.GetFileNameWithoutExtension(shpPath) };
        if (!log.RequireFile(shpPath) || !log.RequireFile(Path.ChangeExtension(shpPath, ".dbf")))
        {
            return log.Result<VectorLayer>(null);
        }

        if (
            !HasCompleteHeader(shpPath, log)
            || ResolveSrid(shpPath, options, log) is not { } srid
            || LayerProjection.For(srid, log) is not { } projection
        )
        {
            return log.Result<VectorLayer>(null);
        }

        var features = ReadFeatures(shpPath, options, projection, keepFeaturesWithoutGeometry, log);
        if (features is null)
        {
            return log.Result<VectorLayer>(null);
        }

        var layer = new VectorLayer(log.Layer!, Srid.RdNew, features);
        NetherlandsExtent.Check(layer, log);
        return log.Result(layer);
    }

    // The library reads a cut-off record as an empty shape; the header's file length shows the cut.
    private static bool HasCompleteHeader(string shpPath, IssueLog log)
    {
        Span<byte> header = stackalloc byte[100];
        using var stream = File.OpenRead(shpPath);
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        var fileCode = BinaryPrimitives.ReadInt32BigEndian(header);
        var declaredBytes = read == header.Length ? BinaryPrimitives.ReadInt32BigEndian(header[24..]) * 2L : 0;
        if (read == header.Length && fileCode == 9994 && declaredBytes <= stream.Length)
        {
            return true;
        }

        log.Error(
            IssueKind.UnreadableFile,
            read == header.Length && fileCode == 9994
                ? $"De .shp is afgebroken: de kop noemt {declaredBytes} bytes, het bestand heeft er {stream.Length}."
                : "Dit is geen geldige .shp (de kop van 100 bytes ontbreekt of begint niet met 9994).");
        return false;
    }

    private static int? ResolveSrid(string shpPath, ShapefileReadOptions options, IssueLog log)
    {
        if (options.Srid is { } overridden)
        {
            return overridden;
        }

        var prjPath = Path.ChangeExtension(shpPath, ".prj");
        if (!File.Exists(prjPath))
        {
            log.Error(
                IssueKind.MissingCrs,
                "Er is geen .prj-bestand, dus het coördinatenstelsel is onbekend. Voeg het .prj-bestand toe of geef het coördinatenstelsel (bijv. EPSG:28992) bij het inlezen op."
            );
            return null;
        }

        if (SourceCrs.FromWkt(File.ReadAllText(prjPath)) is { } srid)
        {
            return srid;
        }

        log.Error(
            IssueKind.UnknownCrs,
            "Het coördinatenstelsel in het .prj-bestand wordt niet herkend; gebruik RD New (EPSG:28992), WGS84 (EPSG:4326) of Web Mercator (EPSG:3857).",
            field: Path.GetFileName(prjPath));
        return null;
    }

    private static List<IFeature>? ReadFeatures(
        string shpPath,
        ShapefileReadOptions options,
        LayerProjection projection,
        bool keep,
        IssueLog log
    )
    {
        var features = new List<IFeature>();
        var index = 0;
        try
        {
            using var reader = EsriShapefile.OpenRead(
                shpPath,
                new ShapefileReaderOptions { Encoding = options.Encoding }
            );
            for (; reader.Read(out var deleted, out var feature); index++)
            {
                if (!deleted && ShapefileFeatures.Convert(feature, index, projection, log) is { } converted
                    && (converted.Geometry is not null || keep))
                {
                    features.Add(converted);
                }
            }
        }
        catch (Exception ex)
            when (ex
                    is IOException
                        or ArgumentException
                        or InvalidDataException
                        or NotSupportedException
                        or FormatException
                        or InvalidOperationException
                        or IndexOutOfRangeException
            )
        {
            log.Error(
                IssueKind.UnreadableFile,
                $"De shapefile is beschadigd of onleesbaar vanaf record {index}: {ex.Message}",
                index
            );
            return null;
        }

        return features;
    }
}
