using GeoOpgave.Application;
using GeoOpgave.IO.Archives;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// A zipped shapefile unpacked into a temporary folder by IO's <see cref="SafeZipExtractor"/> (zip slip, symbolic links
/// and zip bombs refused by the bytes actually written), removed again on dispose. The archive must hold exactly one
/// .shp.
/// </summary>
internal sealed class AggregateZipExtractor : IDisposable
{
    private AggregateZipExtractor(string folder, string shp) => (Folder, Shp) = (folder, shp);

    public string Folder { get; }

    public string Shp { get; }

    public static AggregateZipExtractor Extract(string zipPath)
    {
        var folder = Directory.CreateTempSubdirectory("geoopgave-zip-").FullName;
        try
        {
            var result = SafeZipExtractor.Extract(zipPath, folder);
            if (!result.IsSuccess)
            {
                var error = result.Errors.FirstOrDefault()?.Message ?? "het zip-bestand kan niet worden uitgepakt.";
                throw new GeoOpgaveException(
                    "zip-onveilig",
                    $"{Path.GetFileName(zipPath)}: {error} Het bestand is onveilig of onleesbaar en wordt niet gebruikt."
                );
            }

            var shps = result.Value!.Files.Where(f => f.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
            return shps.Count == 1
                ? new AggregateZipExtractor(folder, shps[0])
                : throw new GeoOpgaveException(
                    "zip-geen-shapefile",
                    $"{Path.GetFileName(zipPath)}: verwacht precies één .shp in het zip-bestand, gevonden: {shps.Count}."
                );
        }
        catch (GeoOpgaveException)
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
