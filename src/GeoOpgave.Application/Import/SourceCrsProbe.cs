using System.Globalization;
using System.Text.RegularExpressions;

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
