using System.Text.Json;
using System.Text.RegularExpressions;
using GeoOpgave.Application.Workspace;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Downloads one gemeente's CBS wijken en buurten of a year from PDOK's OGC API Features (the collections
/// gemeenten, wijken and buurten, page by page) and imports them as the workspace's areas, the same way as
/// <c>import --as-areas</c>. Everything is read before anything is written: a page that fails leaves the
/// workspace as it was. The download is kept in a temporary folder that is always removed.
/// </summary>
public sealed partial class CbsDownloadService(AreaImportService areas, IOptions<ImportOptions> options)
{
    private static readonly string[] Collections = ["gemeenten", "wijken", "buurten"];
    private static readonly string[] CodeProperties = ["gemeentecode", "gemeenteCode", "GM_CODE", "statcode"];

    /// <summary>Downloads and imports; a failed download or a rejected kaart changes nothing.</summary>
    public async Task<CbsDownloadResult> DownloadAsync(CbsDownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gemeente = request.Gemeente.Trim().ToUpperInvariant();
        var source = $"pdok-cbs-{request.Year}-{gemeente}.gpkg";
        if (!GemeenteCode().IsMatch(gemeente))
        {
            return Rejected(source, "InvalidCode", $"'{request.Gemeente}' is geen gemeentecode; verwacht GM gevolgd door vier cijfers, bijvoorbeeld GM0308.", failure: null);
        }

        var folder = Path.Combine(options.Value.ResolveTempDirectory(), "download-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (layers, failure) = await FetchAsync(request, gemeente, folder, cancellationToken);
            if (failure is not null)
            {
                return Rejected(source, "DownloadFailed", failure, failure);
            }

            if (layers.Sum(l => l.Features.Count) == 0)
            {
                return Rejected(source, "NoAreas", $"De server gaf geen gebieden voor {gemeente} in {request.Year}; klopt de gemeentecode en het jaar?", failure: null);
            }

            var kaart = Path.Combine(folder, source);
            GeoPackageWriter.Write(kaart, layers.Where(l => l.Features.Count > 0).ToList());
            return new CbsDownloadResult(await areas.ImportAsync(kaart, request.Year, source, cancellationToken), null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(List<VectorLayer> Layers, string? Failure)> FetchAsync(CbsDownloadRequest request, string gemeente, string folder, CancellationToken cancellationToken)
    {
        var landing = request.ResolveSource();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var pager = new OgcFeaturePager(http);
        var filter = new Dictionary<string, string>(StringComparer.Ordinal) { ["gemeentecode"] = gemeente };
        var layers = new List<VectorLayer>();
        foreach (var collection in Collections)
        {
            try
            {
                var (features, rdNew) = await pager.ReadAllAsync(landing, collection, filter, request.PageSize, cancellationToken);
                var path = Path.Combine(folder, collection + ".geojson");
                WriteCollection(path, features.Where(f => OfGemeente(f, gemeente)), rdNew);
                var read = GeoJsonReader.Read(path);
                if (read.Value is null)
                {
                    return (layers, $"'{collection}' van {landing} is geen leesbare GeoJSON: {string.Join("; ", read.Issues.Select(i => i.Message))}");
                }

                layers.Add(read.Value);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                return (layers, $"Downloaden van '{collection}' van {landing} mislukt: {ex.Message}. Er is niets geïmporteerd; probeer het later opnieuw.");
            }
        }

        return (layers, null);
    }

    // The server may not filter on gemeentecode; what is not of this gemeente is dropped here as well.
    private static bool OfGemeente(JsonElement feature, string gemeente)
    {
        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var name in CodeProperties)
        {
            if (properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return string.Equals(value.GetString()?.Trim(), gemeente, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static void WriteCollection(string path, IEnumerable<JsonElement> features, bool rdNew)
    {
        using var file = File.Create(path);
        using var writer = new Utf8JsonWriter(file);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        if (rdNew)
        {
            // The legacy crs member tells the GeoJSON reader the coordinates are RD New, as PDOK's Content-Crs said.
            writer.WriteStartObject("crs");
            writer.WriteString("type", "name");
            writer.WriteStartObject("properties");
            writer.WriteString("name", "urn:ogc:def:crs:EPSG::28992");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteStartArray("features");
        foreach (var feature in features)
        {
            feature.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static CbsDownloadResult Rejected(string source, string kind, string message, string? failure) =>
        new(ImportResult.Rejected(new ImportReport { Source = source, Format = "OGC API Features", Kind = "areas", Issues = [ReportIssues.Error(kind, message)] }), failure);

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GemeenteCode();
}
