using System.Globalization;
using System.Text.RegularExpressions;
using GeoOpgave.IO.GeoPackage;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Says which CRS a source declares, for the report only: the readers decide the actual transform. Cheap
/// looks (the .prj's name, the start of a GeoJSON file, the CSV header), never a full parse.
/// </summary>
internal static partial class SourceCrsProbe
{
    public static string? Shapefile(string shpPath)
    {
        var prj = Path.ChangeExtension(shpPath, ".prj");
        if (!File.Exists(prj))
        {
            return null;
        }

        var match = WktName().Match(File.ReadAllText(prj));
        return match.Success ? match.Groups[1].Value : "onbekend (.prj niet herkend)";
    }

    public static string GeoJson(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[16_384];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var match = GeoJsonCrs().Match(new string(buffer, 0, read));
        return match.Success ? match.Groups[1].Value : "EPSG:4326 (RFC 7946, geen crs-lid)";
    }

    public static string PointCsv(string path, string? xColumn)
    {
        if (xColumn is not null)
        {
            return "EPSG:28992 (aangenomen voor opgegeven x/y-kolommen)";
        }

        var header = File.ReadLines(path).FirstOrDefault()?.ToLowerInvariant() ?? string.Empty;
        return LonLatHeader().IsMatch(header) ? "EPSG:4326 (lon/lat-kolommen)" : "EPSG:28992 (x/y-kolommen)";
    }

    /// <summary>
    /// The CRS a wijk- en buurtkaart declares, worded as a layer import of the same file words it; null when the
    /// file cannot be looked at (the reader reports why). A GeoPackage's layers each name theirs.
    /// </summary>
    public static string? Kaart(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return ImportFormats.Detect(path) switch
        {
            ImportFormat.GeoPackage => GeoPackage(path),
            ImportFormat.GeoJson => GeoJson(path),
            ImportFormat.Shapefile => Shapefile(path),
            _ => null,
        };
    }

    // Every layer's, once: a PDOK kaart's gemeenten, wijken and buurten share one.
    private static string? GeoPackage(string path)
    {
        var declared = (GeoPackageReader.ListLayers(path).Value ?? [])
            .Where(l => l.SrsId is not null)
            .Select(l => Epsg(l.SrsId!.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return declared.Count == 0 ? null : string.Join(", ", declared);
    }

    public static string Epsg(int srid) => string.Create(CultureInfo.InvariantCulture, $"EPSG:{srid}");

    [GeneratedRegex("^\\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\\[\\s*\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex WktName();

    [GeneratedRegex("\"crs\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex GeoJsonCrs();

    [GeneratedRegex(
        "(^|[;,\"])\\s*(lon|lng|longitude|lengtegraad|lat|latitude|breedtegraad)\\s*([;,\"]|$)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex LonLatHeader();
}
