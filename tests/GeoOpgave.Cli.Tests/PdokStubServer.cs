using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GeoOpgave.Cli.Tests;

/// <summary>
/// A loopback stand-in for PDOK's OGC API Features of CBS wijken en buurten: collections gemeenten, wijken and
/// buurten under <c>/collections/{id}/items</c>, camelCase properties, RD New geometry when <c>crs</c> asks for
/// it (with a Content-Crs header), at most two features per page with <c>links</c> rel=next carrying a cursor,
/// numberMatched and numberReturned. Like PDOK it filters on gemeentecode only where that property exists, so
/// gemeenten of other gemeenten come back too. It can fail one page with a 503. It serves one dataset per year
/// (<c>/cbs/wijken-en-buurten-{year}/ogc/v1</c>, 404 for a year it does not have): in 2024 Oosterhei's WOZ is
/// still -99995 and Buitengebied is BU03080102; before 2024 every WOZ is known (10 lower per year back) and
/// Buitengebied, with the same boundary, was BU03080109; Drakenburg kept its code in 2024 but lost half its area.
/// </summary>
internal sealed class PdokStubServer : IDisposable
{
    private const int PageSize = 2;
    private readonly HttpListener _listener = new();
    private readonly Dictionary<int, Dictionary<string, List<JsonObject>>> _years;
    private readonly (string Collection, int Page)? _failAt;
    private readonly int _failYear;
    private readonly Task _loop;

    public PdokStubServer((string Collection, int Page)? failAt = null, int[]? years = null, int failYear = 2024)
    {
        (_failAt, _failYear) = (failAt, failYear);
        _years = (years ?? [2024]).ToDictionary(y => y, Collections);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/cbs/wijken-en-buurten-2024/ogc/v1";
        SourceTemplate = $"http://127.0.0.1:{port}/cbs/wijken-en-buurten-{{0}}/ogc/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>The landing page with <c>{0}</c> for the year, as <c>--source</c> takes it.</summary>
    public string SourceTemplate { get; }

    /// <summary>Every request path and query the server answered, in order.</summary>
    public List<string> Requests { get; } = [];

    public void Dispose()
    {
        _listener.Close();
        _loop.ContinueWith(_ => { }, TaskScheduler.Default).Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var response = context.Response;
            lock (Requests)
            {
                Requests.Add(context.Request.Url!.PathAndQuery);
            }

            Answer(context.Request, response);
        }
    }

    private void Answer(HttpListenerRequest request, HttpListenerResponse response)
    {
        var segments = request.Url!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var collection = segments.Length >= 2 && segments[^1] == "items" ? segments[^2] : null;
        var dataset = segments.FirstOrDefault(p => p.StartsWith("wijken-en-buurten-", StringComparison.Ordinal));
        var year = dataset is null
            ? 0
            : int.Parse(dataset["wijken-en-buurten-".Length..], CultureInfo.InvariantCulture);
        if (
            collection is null
            || !_years.TryGetValue(year, out var collections)
            || !collections.TryGetValue(collection, out var all)
        )
        {
            response.StatusCode = 404;
            return;
        }

        var cursor = int.Parse(request.QueryString["cursor"] ?? "0", CultureInfo.InvariantCulture);
        var page = (cursor / PageSize) + 1;
        if (_failAt == (collection, page) && year == _failYear)
        {
            response.StatusCode = 503;
            Write(
                response,
                """{"code":"ServiceUnavailable","description":"Service tijdelijk niet beschikbaar"}""",
                "application/problem+json"
            );
            return;
        }

        var gemeente = request.QueryString["gemeentecode"];
        var matched = all.Where(f =>
                gemeente is null
                || f["properties"]!["gemeentecode"] is null
                || (string?)f["properties"]!["gemeentecode"] == gemeente
            )
            .ToList();
        var limit = Math.Min(PageSize, int.Parse(request.QueryString["limit"] ?? "10", CultureInfo.InvariantCulture));
        var features = matched.Skip(cursor).Take(limit).Select(f => f.DeepClone()).ToList();
        var self =
            $"{string.Format(CultureInfo.InvariantCulture, SourceTemplate, year)}/collections/{collection}/items?f=json&limit={limit}";
        var links = new JsonArray(
            new JsonObject
            {
                ["rel"] = "self",
                ["type"] = "application/geo+json",
                ["title"] = "This document as GeoJSON",
                ["href"] = self,
            }
        );
        if (cursor + limit < matched.Count)
        {
            var next =
                $"{self}&cursor={cursor + limit}&crs={Uri.EscapeDataString(request.QueryString["crs"] ?? string.Empty)}";
            links.Add(
                new JsonObject
                {
                    ["rel"] = "next",
                    ["type"] = "application/geo+json",
                    ["title"] = "Next page",
                    ["href"] = next,
                }
            );
        }

        var body = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["timeStamp"] = "2025-06-01T12:00:00Z",
            ["links"] = links,
            ["numberMatched"] = matched.Count,
            ["numberReturned"] = features.Count,
            ["features"] = new JsonArray([.. features]),
        };
        if ((request.QueryString["crs"] ?? string.Empty).EndsWith("EPSG/0/28992", StringComparison.Ordinal))
        {
            response.AddHeader("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/28992>");
        }

        Write(response, body.ToJsonString(), "application/geo+json");
    }

    private static void Write(HttpListenerResponse response, string text, string contentType)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static Dictionary<string, List<JsonObject>> Collections(int year)
    {
        var woz = 412 - (10 * (2024 - year));
        return new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal)
        {
            ["gemeenten"] = [Gemeente("GM0308", "Baarn", 0), Gemeente("GM0307", "Amersfoort", 3000)],
            ["wijken"] = [Wijk("WK030800", "Baarn-Centrum", 0), Wijk("WK030801", "Lage Vuursche", 1000)],
            ["buurten"] =
            [
                Buurt("BU03080000", "Centrum", "WK030800", 0, 0, 1380, woz),
                Buurt("BU03080001", "Oosterhei", "WK030800", 500, 0, -99995, year == 2024 ? -99995 : woz),
                Buurt("BU03080100", "Lage Vuursche", "WK030801", 1000, 0, 640, woz),
                // Drakenburg lost its northern half in 2024 (CBS: indelingswijziging 3), under the same code.
                Buurt(
                    "BU03080101",
                    "Drakenburg",
                    "WK030801",
                    1500,
                    0,
                    220,
                    year == 2024 ? -99995 : woz,
                    height: year == 2024 ? 500 : 1000,
                    change: year == 2024 ? 3 : 1
                ),
                Buurt(
                    year >= 2024 ? "BU03080102" : "BU03080109",
                    "Buitengebied",
                    "WK030801",
                    1000,
                    500,
                    95,
                    year == 2024 ? -99995 : woz
                ),
            ],
        };
    }

    private static JsonObject Gemeente(string code, string name, double x) =>
        Feature(
            code,
            new JsonObject
            {
                ["gemeentecode"] = code,
                ["gemeentenaam"] = name,
                ["aantalInwoners"] = 25_000,
            },
            x,
            0,
            2000,
            1000
        );

    private static JsonObject Wijk(string code, string name, double x) =>
        Feature(
            code,
            new JsonObject
            {
                ["wijkcode"] = code,
                ["wijknaam"] = name,
                ["gemeentecode"] = "GM0308",
                ["gemeentenaam"] = "Baarn",
            },
            x,
            0,
            1000,
            1000
        );

    private static JsonObject Buurt(
        string code,
        string name,
        string wijk,
        double x,
        double y,
        int inwoners,
        int woz,
        double? height = null,
        int change = 1
    ) =>
        Feature(
            code,
            new JsonObject
            {
                ["buurtcode"] = code,
                ["buurtnaam"] = name,
                ["wijkcode"] = wijk,
                ["gemeentecode"] = "GM0308",
                ["gemeentenaam"] = "Baarn",
                ["aantalInwoners"] = inwoners,
                ["gemiddeldeWoningwaarde"] = woz,
                ["indelingswijzigingWijkenEnBuurten"] = change,
            },
            x,
            y,
            500,
            height ?? (inwoners == 95 ? 500 : y == 0 && x >= 1000 ? 500 : 1000));

    // A rectangle in RD New near Baarn, as PDOK returns it for crs=EPSG:28992.
    private static JsonObject Feature(
        string id,
        JsonObject properties,
        double dx,
        double dy,
        double width,
        double height
    )
    {
        var (x0, y0) = (143_000 + dx, 467_000 + dy);
        var ring = new JsonArray(
            new JsonArray(x0, y0),
            new JsonArray(x0 + width, y0),
            new JsonArray(x0 + width, y0 + height),
            new JsonArray(x0, y0 + height),
            new JsonArray(x0, y0)
        );
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = id,
            ["properties"] = properties,
            ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) },
        };
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
