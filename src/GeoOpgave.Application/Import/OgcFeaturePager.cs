using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Reads every page of one OGC API Features collection (<c>/collections/{id}/items?f=json&amp;limit=…</c>),
/// following the <c>next</c> links as PDOK writes them, and asks for RD New coordinates (<c>crs=…/EPSG/0/28992</c>).
/// A failed page is a <see cref="HttpRequestException"/> or <see cref="JsonException"/> for the caller to report.
/// </summary>
internal sealed class OgcFeaturePager(HttpClient http)
{
    public const string RdNewUri = "http://www.opengis.net/def/crs/EPSG/0/28992";

    // A safety stop for a server whose next links loop: far more pages than the whole country has.
    private const int MaxPages = 10_000;

    /// <summary>The features of every page, as JSON, and whether the server said they are in RD New.</summary>
    public async Task<(List<JsonElement> Features, bool RdNew)> ReadAllAsync(
        Uri landing,
        string collection,
        IReadOnlyDictionary<string, string> filter,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        var features = new List<JsonElement>();
        var rdNew = true;
        Uri? next = FirstPage(landing, collection, filter, pageSize);
        for (var page = 1; next is not null; page++)
        {
            if (page > MaxPages)
            {
                throw new HttpRequestException($"meer dan {MaxPages} pagina's; de next-links van de server lopen rond");
            }

            using var response = await http.GetAsync(next, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"pagina {page} van '{collection}' gaf HTTP {(int)response.StatusCode} {response.ReasonPhrase}"
                    ),
                    null,
                    response.StatusCode);
            }

            rdNew &= IsRdNew(response.Headers);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (
                root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("features", out var items)
                || items.ValueKind != JsonValueKind.Array
            )
            {
                throw new JsonException($"pagina {page} van '{collection}' is geen GeoJSON FeatureCollection");
            }

            features.AddRange(items.EnumerateArray().Select(f => f.Clone()));
            next = NextLink(root, next);
        }

        return (features, rdNew);
    }

    private static Uri FirstPage(
        Uri landing,
        string collection,
        IReadOnlyDictionary<string, string> filter,
        int pageSize
    )
    {
        var query = string.Join(
            '&',
            new[]
            {
                "f=json",
                $"limit={pageSize.ToString(CultureInfo.InvariantCulture)}",
                $"crs={Uri.EscapeDataString(RdNewUri)}",
            }.Concat(filter.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"))
        );
        var root = landing.AbsoluteUri.TrimEnd('/');
        return new Uri($"{root}/collections/{Uri.EscapeDataString(collection)}/items?{query}");
    }

    private static Uri? NextLink(JsonElement root, Uri current)
    {
        if (!root.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (
                link.TryGetProperty("rel", out var rel)
                && rel.ValueEquals("next")
                && link.TryGetProperty("href", out var href)
                && href.GetString() is { Length: > 0 } text
            )
            {
                return new Uri(current, text);
            }
        }

        return null;
    }

    // PDOK says the CRS of the coordinates in the Content-Crs header; without it, OGC API Features means CRS84.
    private static bool IsRdNew(HttpResponseHeaders headers) =>
        headers.TryGetValues("Content-Crs", out var values)
        && values.Any(v => v.Contains("EPSG/0/28992", StringComparison.Ordinal));
}
