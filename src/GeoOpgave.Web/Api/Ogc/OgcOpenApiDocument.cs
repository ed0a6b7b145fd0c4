using System.Text.Json.Nodes;
using GeoOpgave.Application.Export;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>
/// The OpenAPI 3.0 description of the OGC API, generated from the collections so every path, parameter and property
/// filter is listed exactly as the server accepts it.
/// </summary>
public static class OgcOpenApiDocument
{
    private const string Problem = "application/problem+json";

    /// <param name="links">Links of the current request (the server URL).</param>
    /// <param name="properties">Per collection, its property names and their JSON schema types.</param>
    public static JsonObject Build(
        OgcLinks links,
        IReadOnlyList<(FeatureCollectionInfo Info, IReadOnlyDictionary<string, string> Properties)> properties
    )
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(properties);
        var paths = new JsonObject
        {
            ["/"] = Get("Landingspagina", "getLandingPage", [], OgcLinks.Json),
            ["/conformance"] = Get("Conformiteitsklassen", "getConformance", [], OgcLinks.Json),
            ["/api"] = Get("Deze API-beschrijving", "getApi", [], OgcLinks.OpenApi),
            ["/collections"] = Get("De collecties", "getCollections", [], OgcLinks.Json),
        };
        foreach (var (info, props) in properties)
        {
            var basePath = "/collections/" + info.Id;
            paths[basePath] = Get($"Beschrijving van {info.Id}", $"describe-{info.Id}", [], OgcLinks.Json);
            var itemParameters = new List<JsonNode>
            {
                Ref("limit"),
                Ref("offset"),
                Ref("bbox"),
                Ref("bbox-crs"),
                Ref("crs"),
                Ref("datetime"),
            };
            var featureParameters = new List<JsonNode> { Ref("featureId"), Ref("crs") };
            if (info.Id == CollectionCatalog.Buurten)
            {
                itemParameters.Add(Ref("profiel"));
                featureParameters.Add(Ref("profiel"));
            }

            itemParameters.AddRange(
                props.Select(p =>
                    Parameter(
                        p.Key,
                        "query",
                        $"Alleen features met {p.Key} gelijk aan deze waarde.",
                        new JsonObject { ["type"] = p.Value }
                    )
                )
            );
            paths[basePath + "/items"] = Get(
                $"De features van {info.Id}",
                $"get-{info.Id}-features",
                itemParameters,
                OgcLinks.GeoJson
            );
            paths[basePath + "/items/{featureId}"] = Get(
                $"Eén feature van {info.Id}",
                $"get-{info.Id}-feature",
                featureParameters,
                OgcLinks.GeoJson
            );
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "GeoOpgave OGC API Features", ["version"] = "1.0.0" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = links.Root }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["parameters"] = CommonParameters() },
        };
    }

    private static JsonObject CommonParameters() => new()
    {
        ["limit"] = Parameter("limit", "query", "Het aantal features per pagina.", new JsonObject
        {
            ["type"] = "integer", ["minimum"] = 1, ["maximum"] = OgcItemsParameters.MaxLimit, ["default"] = OgcItemsParameters.DefaultLimit,
        }),
        ["offset"] = Parameter("offset", "query", "Het aantal features dat wordt overgeslagen.", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["default"] = 0 }),
        ["bbox"] = Parameter("bbox", "query", "Alleen features die dit kader raken: vier getallen in de asvolgorde van bbox-crs.", new JsonObject
        {
            ["type"] = "array", ["minItems"] = 4, ["maxItems"] = 4, ["items"] = new JsonObject { ["type"] = "number" },
        }, explode: false),
        ["bbox-crs"] = Parameter("bbox-crs", "query", "Het CRS van bbox (standaard CRS84).", CrsSchema()),
        ["crs"] = Parameter("crs", "query", "Het CRS van de geometrie in het antwoord (standaard CRS84).", CrsSchema()),
        ["datetime"] = Parameter("datetime", "query", "Het jaar of interval (RFC 3339) van de CBS-indeling; zonder: het laatste jaar. Bij werken: de werken waarvan de periode het interval raakt; zonder: alle werken.", new JsonObject { ["type"] = "string" }),
        ["profiel"] = Parameter("profiel", "query", "Het opgaveprofiel van de analyse (standaard: standaard).", new JsonObject { ["type"] = "string" }),
        ["featureId"] = Parameter(
            "featureId",
            "path",
            "De id van de feature: de CBS-code van een gebied, het volgnummer in een laag, het id van een selectie.",
            new JsonObject { ["type"] = "string" },
            required: true),
    };

    private static JsonObject CrsSchema() => new()
    {
        ["type"] = "string",
        ["format"] = "uri",
        ["enum"] = new JsonArray(OgcCrs.All.Select(c => (JsonNode?)JsonValue.Create(c.Uri)).ToArray()),
        ["default"] = OgcCrs.Crs84.Uri,
    };

    private static JsonObject Parameter(
        string name,
        string location,
        string description,
        JsonObject schema,
        bool required = false,
        bool? explode = null
    )
    {
        var parameter = new JsonObject
        {
            ["name"] = name,
            ["in"] = location,
            ["description"] = description,
            ["required"] = required,
            ["schema"] = schema,
        };
        if (explode is { } e)
        {
            parameter["style"] = "form";
            parameter["explode"] = e;
        }

        return parameter;
    }

    private static JsonObject Ref(string parameter) => new() { ["$ref"] = "#/components/parameters/" + parameter };

    private static JsonObject Get(
        string summary,
        string operationId,
        IEnumerable<JsonNode> parameters,
        string mediaType
    ) =>
        new()
        {
            ["get"] = new JsonObject
            {
                ["summary"] = summary,
                ["operationId"] = operationId,
                ["parameters"] = new JsonArray(parameters.ToArray()),
                ["responses"] = new JsonObject
                {
                    ["200"] = Response("Gelukt.", mediaType),
                    ["400"] = Response("Een ongeldige parameter (problem+json met code en parameter).", Problem),
                    ["404"] = Response("Niet gevonden (problem+json met code).", Problem),
                },
            },
        };

    private static JsonObject Response(string description, string mediaType) =>
        new()
        {
            ["description"] = description,
            ["content"] = new JsonObject
            {
                [mediaType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } },
            },
        };
}
