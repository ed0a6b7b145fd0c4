using System.Globalization;
using System.Text.Json.Nodes;
using GeoOpgave.Application.Export;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>The JSON documents of the OGC API: landing page, conformance, collections.</summary>
public static class OgcDocuments
{
    /// <summary>The conformance classes this API implements.</summary>
    public static IReadOnlyList<string> ConformanceClasses { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    ];

    public static JsonObject Landing(OgcLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return new JsonObject
        {
            ["title"] = "GeoOpgave",
            ["description"] =
                "Gemeenten, wijken en buurten met de opgaven-analyse, de geïmporteerde vectorlagen en de bewaarde selecties, volgens OGC API Features.",
            ["links"] = new JsonArray(
                OgcLinks.Link(links.Url(string.Empty), "self", OgcLinks.Json, "Deze pagina"),
                OgcLinks.Link(
                    links.Url(string.Empty, [new("f", "html")]),
                    "alternate",
                    "text/html",
                    "Deze pagina als HTML"
                ),
                OgcLinks.Link(links.Url("/api"), "service-desc", OgcLinks.OpenApi, "De API-beschrijving (OpenAPI 3.0)"),
                OgcLinks.Link(links.Url("/api", [new("f", "html")]), "service-doc", "text/html", "De API-referentie"),
                OgcLinks.Link(
                    links.Url("/conformance"),
                    "conformance",
                    OgcLinks.Json,
                    "Ondersteunde conformiteitsklassen"
                ),
                OgcLinks.Link(links.Url("/collections"), "data", OgcLinks.Json, "De collecties")
            ),
        };
    }

    public static JsonObject Conformance() =>
        new()
        {
            ["conformsTo"] = new JsonArray(ConformanceClasses.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        };

    public static JsonObject Collections(OgcLinks links, IEnumerable<JsonObject> collections)
    {
        ArgumentNullException.ThrowIfNull(links);
        return new JsonObject
        {
            ["description"] =
                "Gemeenten, wijken, buurten met analyse, elke geïmporteerde vectorlaag (laag-…) en de selecties. "
                + "Rasterlagen (GeoTIFF) en tabellen hebben geen features en zijn daarom geen collectie.",
            ["links"] = new JsonArray(OgcLinks.Link(links.Url("/collections"), "self", OgcLinks.Json, "De collecties")),
            ["collections"] = new JsonArray(collections.Cast<JsonNode?>().ToArray()),
            ["crs"] = CrsList(),
        };
    }

    /// <summary>One collection, with its spatial extent (CRS84) from <paramref name="latest"/> and its years.</summary>
    public static JsonObject Collection(
        OgcLinks links,
        FeatureCollectionInfo info,
        VectorLayer latest,
        IReadOnlyList<int> years
    )
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(years);
        var path = "/collections/" + info.Id;
        var collection = new JsonObject
        {
            ["id"] = info.Id,
            ["title"] = info.Title,
            ["description"] = info.Description,
            ["itemType"] = "feature",
            ["crs"] = CrsList(),
            ["storageCrs"] = OgcCrs.RdNew.Uri,
            ["links"] = new JsonArray(
                OgcLinks.Link(links.Url(path), "self", OgcLinks.Json, info.Title),
                OgcLinks.Link(links.Url(path + "/items"), "items", OgcLinks.GeoJson, $"{info.Title} als GeoJSON")),
        };
        // Bulk downloads of the same features (OGC API Features: rel "enclosure").
        var downloads = (JsonArray)collection["links"]!;
        var download =
            info.Id == CollectionCatalog.Buurten ? "/api/exports/buurten" : "/api/exports/collections/" + info.Id;
        var style = info.Id == CollectionCatalog.Buurten ? " (met QGIS-stijl)" : string.Empty;
        downloads.Add(
            OgcLinks.Link(
                links.ServerRoot + download + ".gpkg",
                "enclosure",
                "application/geopackage+sqlite3",
                $"Download als GeoPackage{style}"
            )
        );
        downloads.Add(
            OgcLinks.Link(
                links.ServerRoot + download + ".geojson",
                "enclosure",
                OgcLinks.GeoJson,
                "Download als GeoJSON"
            )
        );
        downloads.Add(OgcLinks.Link(links.ServerRoot + download + ".csv", "enclosure", "text/csv", "Download als CSV"));

        var extent = new JsonObject();
        if (Crs84Extent(latest) is { } box)
        {
            extent["spatial"] = new JsonObject
            {
                ["bbox"] = new JsonArray(new JsonArray(Down(box.MinX), Down(box.MinY), Up(box.MaxX), Up(box.MaxY))),
                ["crs"] = OgcCrs.Crs84.Uri,
            };
        }

        if (years.Count > 0)
        {
            extent["temporal"] = new JsonObject
            {
                ["interval"] = new JsonArray(new JsonArray(
                    string.Create(CultureInfo.InvariantCulture, $"{years[0]:D4}-01-01T00:00:00Z"),
                    string.Create(CultureInfo.InvariantCulture, $"{years[^1]:D4}-12-31T23:59:59Z"))),
                ["trs"] = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
            };
        }

        collection["extent"] = extent;
        return collection;
    }

    private static JsonArray CrsList() => new(OgcCrs.All.Select(c => (JsonNode?)JsonValue.Create(c.Uri)).ToArray());

    private static Envelope? Crs84Extent(VectorLayer layer)
    {
        var envelope = new Envelope();
        foreach (var feature in layer.Features.Where(f => f.Geometry is { IsEmpty: false }))
        {
            envelope.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        }

        if (envelope.IsNull)
        {
            return null;
        }

        // The box's edges bend in degrees, so the corners alone could cut off part of the data.
        var box = new GeometryFactory(new PrecisionModel(), Srid.RdNew).ToGeometry(envelope);
        var dense = Densifier.Densify(box, Math.Max(1, Math.Max(envelope.Width, envelope.Height) / 32));
        return GeometryTransformer.RdNewToWgs84.Transform(dense).EnvelopeInternal;
    }

    // Rounded outwards to 7 decimals, so the published extent never cuts off an edge.
    private static double Down(double degrees) => Math.Floor(degrees * 1e7) / 1e7;

    private static double Up(double degrees) => Math.Ceiling(degrees * 1e7) / 1e7;
}
