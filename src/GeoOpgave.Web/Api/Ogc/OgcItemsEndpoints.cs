using System.Globalization;
using System.Text.Json.Nodes;
using GeoOpgave.Application.Export;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>The feature routes of the OGC API: a page of a collection and a single feature.</summary>
public static class OgcItemsEndpoints
{
    /// <summary>
    /// <c>/ogc/collections/{collectionId}/items</c>: a FeatureCollection page with numberMatched, numberReturned,
    /// timeStamp and self/next/prev/collection links; 400 problem+json for a bad parameter, 404 for an unknown
    /// collection.
    /// </summary>
    public static async Task<Results<OgcGeoJsonResult, RazorComponentResult, ProblemHttpResult>> GetItemsAsync(
        string collectionId,
        HttpRequest request,
        CollectionCatalog catalog,
        CollectionCache collections,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(collections);
        if (await catalog.FindAsync(collectionId, cancellationToken) is not { } info)
        {
            return OgcEndpoints.UnknownCollection(collectionId);
        }

        var (parameters, problem) = OgcItemsParameters.Parse(request.Query, info);
        if (parameters is null)
        {
            return problem!;
        }

        var data = await collections.GetAsync(info, parameters.Profiel, parameters.Years, cancellationToken);

        var queryables = data.Derived("queryables", c => OgcQueryables.Of(c.Data.Layer));
        if (
            queryables.Count > 0
            && parameters.Properties.Keys.FirstOrDefault(k => !queryables.ContainsKey(k)) is { } unknown
        )
        {
            return Problems.BadParameter(
                "parameter-onbekend",
                unknown,
                $"De parameter '{unknown}' bestaat niet voor {info.Id}. Filterbaar: {string.Join(", ", queryables.Keys)}."
            );
        }

        // The WGS84 copy is made once per version, so a CRS84 or EPSG:4258 page only writes, it does not transform.
        var html = OgcHtml.IsWanted(request);
        var srid = parameters.Crs.IsGeographic && !html ? Srid.Wgs84 : Srid.RdNew;
        var page = data.Query(
            new FeatureQuery(parameters.Limit, parameters.Offset, parameters.BboxRdNew, parameters.Properties),
            srid
        );
        var links = new OgcLinks(request);
        var members = Members(links, info, parameters, page, request.HttpContext);
        if (html)
        {
            return OgcHtml.Features(
                info,
                page.Features,
                (JsonArray)members["links"]!,
                links.Url($"/collections/{info.Id}/items/")
            );
        }

        var layer = new VectorLayer(info.Id, srid, page.Features);
        return OgcGeoJsonResult.Collection(layer, parameters.Crs, info.IdAttribute, members);
    }

    /// <summary><c>/ogc/collections/{collectionId}/items/{featureId}</c>: one feature of the latest year, or
    /// 404.</summary>
    public static async Task<Results<OgcGeoJsonResult, RazorComponentResult, ProblemHttpResult>> GetItemAsync(
        string collectionId,
        string featureId,
        HttpRequest request,
        CollectionCatalog catalog,
        CollectionCache collections,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(collections);
        if (await catalog.FindAsync(collectionId, cancellationToken) is not { } info)
        {
            return OgcEndpoints.UnknownCollection(collectionId);
        }

        var (crs, crsProblem) = OgcItemsParameters.ParseCrs(request.Query, "crs");
        if ((crsProblem ?? OgcItemsParameters.Format(request.Query)) is { } problem)
        {
            return problem;
        }

        var profiel = request.Query.TryGetValue("profiel", out var p) ? p.ToString() : null;
        var data = await collections.GetAsync(info, profiel, years: null, cancellationToken);

        if (data.Find(featureId) is not { } feature)
        {
            return Problems.NotFound(
                "feature-onbekend",
                $"De collectie '{info.Id}' heeft geen feature '{featureId}'."
            );
        }

        var links = new OgcLinks(request);
        var members = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["links"] = new JsonArray(
                OgcLinks.Link(
                    links.Url($"/collections/{info.Id}/items/{Uri.EscapeDataString(featureId)}", links.QueryWith()),
                    "self",
                    OgcLinks.GeoJson
                ),
                OgcLinks.Link(links.Url($"/collections/{info.Id}"), "collection", OgcLinks.Json, info.Title)
            ),
        };
        return OgcHtml.IsWanted(request)
            ? OgcHtml.Features(
                info,
                [feature],
                (JsonArray)members["links"]!,
                links.Url($"/collections/{info.Id}/items/")
            )
            : OgcGeoJsonResult.Single(feature, data.Data.Layer.Srid, crs!, info.IdAttribute, members);
    }

    private static Dictionary<string, JsonNode?> Members(
        OgcLinks links,
        FeatureCollectionInfo info,
        OgcItemsParameters parameters,
        FeaturePage page,
        HttpContext context
    )
    {
        var path = $"/collections/{info.Id}/items";
        var linkArray = new JsonArray(
            OgcLinks.Link(links.Url(path, links.QueryWith()), "self", OgcLinks.GeoJson, "Deze pagina"),
            OgcLinks.Link(links.Url($"/collections/{info.Id}"), "collection", OgcLinks.Json, info.Title));
        if (parameters.Offset + page.Features.Count < page.NumberMatched)
        {
            var next = links.QueryWith(
                ("offset", Text(parameters.Offset + parameters.Limit)),
                ("limit", Text(parameters.Limit))
            );
            linkArray.Add(OgcLinks.Link(links.Url(path, next), "next", OgcLinks.GeoJson, "Volgende pagina"));
        }

        if (parameters.Offset > 0)
        {
            var prev = links.QueryWith(
                ("offset", Text(Math.Max(0, parameters.Offset - parameters.Limit))),
                ("limit", Text(parameters.Limit))
            );
            linkArray.Add(OgcLinks.Link(links.Url(path, prev), "prev", OgcLinks.GeoJson, "Vorige pagina"));
        }

        var time = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        return new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["numberMatched"] = page.NumberMatched,
            ["numberReturned"] = page.Features.Count,
            ["timeStamp"] = time.GetUtcNow()
                .UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["links"] = linkArray,
        };
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
