using System.Text.Json;
using System.Text.RegularExpressions;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Downloads one gemeente's CBS wijken en buurten from PDOK's OGC API Features (the collections gemeenten, wijken
/// and buurten, page by page), of one year or of several, and imports them as the workspace's areas the same way
/// as <c>import --as-areas</c>: the newest year gives today's boundaries, the earlier years their kerncijfers as
/// values of their own year. Everything is read before anything is written, and all years land in one
/// transaction: a page that fails leaves the workspace as it was. Downloads are kept in a temporary folder that
/// is always removed.
/// </summary>
public sealed partial class CbsDownloadService(
    AreaImportService areas,
    IOptions<ImportOptions> options,
    TimeProvider time
)
{
    private static readonly string[] Collections = ["gemeenten", "wijken", "buurten"];
    private static readonly string[] CodeProperties = ["gemeentecode", "gemeenteCode", "GM_CODE", "statcode"];

    /// <summary>Downloads and imports; a failed download or a rejected kaart changes nothing.</summary>
    public async Task<CbsDownloadResult> DownloadAsync(CbsDownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gemeente = request.Gemeente.Trim().ToUpperInvariant();
        var asked = request.Years.Distinct().OrderDescending().ToList();
        var source = Source(asked.FirstOrDefault(), gemeente);
        if (!GemeenteCode().IsMatch(gemeente))
        {
            return Rejected(
                source,
                IssueKind.InvalidCode,
                $"'{request.Gemeente}' is geen gemeentecode; verwacht GM gevolgd door vier cijfers, bijvoorbeeld GM0308.",
                failure: null
            );
        }

        var folder = Path.Combine(options.Value.ResolveTempDirectory(), "download-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            var kaarten = new List<AreaKaart>();
            var notes = new List<string>();
            var latest = request.LatestYearToTry ?? time.GetUtcNow().Year;
            // Without years: the newest dataset the server has, then the years before it where they exist.
            var candidates =
                asked.Count > 0
                    ? asked.Select(y => (Year: y, Optional: false)).ToList()
                    : Enumerable
                        .Range(0, CbsDownloadRequest.NewestSearchYears + 1)
                        .Select(i => (Year: latest - i, Optional: true))
                        .ToList();
            int? newest = null;
            for (var i = 0; i < candidates.Count; i++)
            {
                var (year, optional) = candidates[i];
                var fetched = await FetchAsync(http, request, year, gemeente, folder, cancellationToken);
                if (fetched.Absent && optional)
                {
                    notes.Add($"{year}: {request.ResolveSource(year)} heeft geen wijken en buurten van dat jaar.");
                    continue;
                }

                if (fetched.Failure is { } failure)
                {
                    return Rejected(Source(year, gemeente), IssueKind.DownloadFailed, failure, failure);
                }

                if (fetched.Layers.Sum(l => l.Features.Count) == 0)
                {
                    if (newest is not null && optional)
                    {
                        notes.Add($"{year}: geen gebieden van {gemeente}.");
                        continue;
                    }

                    return Rejected(
                        Source(year, gemeente),
                        IssueKind.NoAreas,
                        $"De server gaf geen gebieden voor {gemeente} in {year}; klopt de gemeentecode en het jaar?",
                        failure: null
                    );
                }

                var kaart = Path.Combine(folder, Source(year, gemeente));
                GeoPackageWriter.Write(kaart, fetched.Layers.Where(l => l.Features.Count > 0).ToList());
                kaarten.Add(new AreaKaart(kaart, year, Path.GetFileName(kaart)));
                if (newest is null && asked.Count == 0)
                {
                    // The newest year is found: the earlier ones follow, where they exist.
                    newest = year;
                    candidates =
                    [
                        .. candidates.Take(i + 1),
                        .. Enumerable
                            .Range(1, CbsDownloadRequest.EarlierYears)
                            .Select(k => (Year: year - k, Optional: true)),
                    ];
                }

                newest ??= year;
            }

            if (kaarten.Count == 0)
            {
                var tried = string.Join(", ", candidates.Select(c => c.Year));
                return Rejected(
                    source,
                    IssueKind.NoAreas,
                    $"De server heeft geen wijken en buurten van {tried}; geef --year of --source op.",
                    failure: null
                );
            }

            return new CbsDownloadResult(await areas.ImportAsync(
                    kaarten,
                    cancellationToken,
                    $"cbs {gemeente} {string.Join(", ", kaarten.Select(k => k.Year!.Value).Order())}",
                    request.ResolveSource(kaarten.Max(k => k.Year!.Value)).ToString()),
                null)
            {
                Years = kaarten.Select(k => k.Year!.Value).Order().ToList(),
                Notes = notes,
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Source(int year, string gemeente) => $"pdok-cbs-{year}-{gemeente}.gpkg";

    private static async Task<Fetched> FetchAsync(
        HttpClient http,
        CbsDownloadRequest request,
        int year,
        string gemeente,
        string folder,
        CancellationToken cancellationToken
    )
    {
        var landing = request.ResolveSource(year);
        var pager = new OgcFeaturePager(http);
        var filter = new Dictionary<string, string>(StringComparer.Ordinal) { ["gemeentecode"] = gemeente };
        var layers = new List<VectorLayer>();
        foreach (var collection in Collections)
        {
            try
            {
                var (features, rdNew) = await pager.ReadAllAsync(
                    landing,
                    collection,
                    filter,
                    request.PageSize,
                    cancellationToken
                );
                var path = Path.Combine(folder, $"{collection}-{year}.geojson");
                WriteCollection(path, features.Where(f => OfGemeente(f, gemeente)), rdNew);
                var read = GeoJsonReader.Read(path);
                if (read.Value is null)
                {
                    return new Fetched(
                        layers,
                        $"'{collection}' van {landing} is geen leesbare GeoJSON: {string.Join("; ", read.Issues.Select(i => i.Message))}",
                        false
                    );
                }

                layers.Add(read.Value);
                request.Progress?.Report((year, collection));
            }
            catch (HttpRequestException ex)
                when (ex.StatusCode == System.Net.HttpStatusCode.NotFound && layers.Count == 0)
            {
                return new Fetched(
                    layers,
                    $"{landing} kent geen wijken en buurten van {year} (HTTP 404). Er is niets geïmporteerd.",
                    Absent: true
                );
            }
            catch (Exception ex)
                when (ex is HttpRequestException or JsonException
                    || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested)
                )
            {
                return new Fetched(
                    layers,
                    $"Downloaden van '{collection}' {year} van {landing} mislukt: {ex.Message}. Er is niets geïmporteerd; probeer het later opnieuw.",
                    false
                );
            }
        }

        return new Fetched(layers, null, false);
    }

    private sealed record Fetched(List<VectorLayer> Layers, string? Failure, bool Absent);

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

    private static CbsDownloadResult Rejected(string source, IssueKind kind, string message, string? failure) =>
        new(
            ImportResult.Rejected(
                new ImportReport
                {
                    Source = source,
                    Format = "OGC API Features",
                    Kind = "areas",
                    Issues = [ReportIssues.Error(kind, message)],
                }
            ),
            failure
        );

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GemeenteCode();
}
