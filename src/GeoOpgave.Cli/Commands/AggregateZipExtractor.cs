using System.IO.Compression;
using GeoOpgave.Application;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// Unpacks a zipped shapefile into a temporary folder, safely: entries with '..' or an absolute path are
/// refused, and so is more than <see cref="MaxUncompressedBytes"/> of content (a zip bomb).
/// </summary>
internal sealed class AggregateZipExtractor : IDisposable
{
    public const long MaxUncompressedBytes = 4L << 30;

    private AggregateZipExtractor(string folder, string shp) => (Folder, Shp) = (folder, shp);

    public string Folder { get; }

    public string Shp { get; }

    public static AggregateZipExtractor Extract(string zipPath)
    {
        if (!File.Exists(zipPath))
        {
            throw new GeoOpgaveException("bestand-onbekend", $"Het bestand '{zipPath}' bestaat niet.");
        }

        var folder = Directory.CreateTempSubdirectory("geoopgave-zip-").FullName;
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            var entries = zip.Entries.Where(e => !string.IsNullOrEmpty(e.Name)).ToList();
            var unsafeEntry = entries.FirstOrDefault(e => Path.IsPathRooted(e.FullName) || e.FullName.Replace('\\', '/').Split('/').Contains(".."));
            if (unsafeEntry is not null)
            {
                throw new GeoOpgaveException("zip-onveilig", $"{Path.GetFileName(zipPath)}: het zip-bestand bevat een onveilig pad '{unsafeEntry.FullName}'; het wordt niet uitgepakt.");
            }

            if (entries.Sum(e => e.Length) > MaxUncompressedBytes)
            {
                throw new GeoOpgaveException("zip-te-groot", $"{Path.GetFileName(zipPath)}: uitgepakt is het zip-bestand groter dan {MaxUncompressedBytes >> 30} GB; het wordt niet uitgepakt.");
            }

            var shps = entries.Where(e => e.Name.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
            if (shps.Count != 1)
            {
                throw new GeoOpgaveException("zip-geen-shapefile", $"{Path.GetFileName(zipPath)}: verwacht precies één .shp in het zip-bestand, gevonden: {shps.Count}.");
            }

            var prefix = shps[0].FullName[..^shps[0].Name.Length];
            foreach (var entry in entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && !e.FullName[prefix.Length..].Contains('/', StringComparison.Ordinal)))
            {
                entry.ExtractToFile(Path.Combine(folder, entry.Name), overwrite: true);
            }

            return new AggregateZipExtractor(folder, Path.Combine(folder, shps[0].Name));
        }
        catch (InvalidDataException ex)
        {
            Directory.Delete(folder, recursive: true);
            throw new GeoOpgaveException("zip-onleesbaar", $"{Path.GetFileName(zipPath)} is geen leesbaar zip-bestand: {ex.Message}");
        }
        catch (GeoOpgaveException)
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
