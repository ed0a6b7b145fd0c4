using System.Text.Json.Nodes;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>
/// The route table of the OGC API Features (Part 1 Core, GeoJSON, OpenAPI 3.0; Part 2 CRS by reference) at
/// <c>/ogc</c>: landing page, conformance, API description and the collections.
/// </summary>
public static class OgcEndpoints
{
    /// <summary>Maps every <c>/ogc</c> route.</summary>
    public static IEndpointRouteBuilder MapOgcApi(this IEndpointRouteBuilder app)
    {
        // OGC API Features answers a query parameter with a value it cannot use with 400, an unknown profiel too.
        var ogc = app.MapGroup("/ogc").WithTags("OGC API Features").RequireAuthorization(Policies.Lezen)
            .WithErrorStatus("profiel-onbekend", StatusCodes.Status400BadRequest, "profiel");
        ogc.MapGet("/", GetLandingPage).WithName("OgcLandingPage");
        ogc.MapGet("/conformance", GetConformance).WithName("OgcConformance");
        ogc.MapGet("/api", GetApiAsync).WithName("OgcApi");
        ogc.MapGet("/collections", GetCollectionsAsync).WithName("OgcCollections");
        ogc.MapGet("/collections/{collectionId}", GetCollectionAsync).WithName("OgcCollection");
        ogc.MapGet("/collections/{collectionId}/items", OgcItemsEndpoints.GetItemsAsync).WithName("OgcItems");
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", OgcItemsEndpoints.GetItemAsync).WithName("OgcItem");
        return app;
    }

    public static Results<JsonHttpResult<JsonObject>, RazorComponentResult, ProblemHttpResult> GetLandingPage(
        HttpRequest request
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        return OgcItemsParameters.Format(request.Query) is { } problem
            ? problem
            : Respond(request, "GeoOpgave", OgcDocuments.Landing(new OgcLinks(request)));
    }

    public static Results<JsonHttpResult<JsonObject>, RazorComponentResult, ProblemHttpResult> GetConformance(
        HttpRequest request
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        return OgcItemsParameters.Format(request.Query) is { } problem
            ? problem
            : Respond(request, "Conformiteitsklassen", OgcDocuments.Conformance());
    }

    public static async Task<Results<JsonHttpResult<JsonObject>, RazorComponentResult, ProblemHttpResult>> GetApiAsync(
        HttpRequest request, CollectionCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        if (OgcItemsParameters.Format(request.Query) is { } problem)
        {
            return problem;
        }

        var properties = new List<(FeatureCollectionInfo, IReadOnlyDictionary<string, string>)>();
        foreach (var info in await catalog.ListAsync(cancellationToken))
        {
            var data = await catalog.LoadAsync(info, profiel: null, years: null, cancellationToken);
            properties.Add((info, OgcQueryables.Of(data.Layer)));
        }

        var document = OgcOpenApiDocument.Build(new OgcLinks(request), properties);
        return OgcHtml.IsWanted(request)
            ? OgcHtml.ApiReference(document)
            : Json(document, OgcLinks.OpenApi);
    }

    public static async Task<
        Results<JsonHttpResult<JsonObject>, RazorComponentResult, ProblemHttpResult>
    > GetCollectionsAsync(HttpRequest request, CollectionCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        if (OgcItemsParameters.Format(request.Query) is { } problem)
        {
            return problem;
        }

        var links = new OgcLinks(request);
        var collections = new List<JsonObject>();
        foreach (var info in await catalog.ListAsync(cancellationToken))
        {
            collections.Add(await DescribeAsync(links, catalog, info, cancellationToken));
        }

        return Respond(request, "Collecties", OgcDocuments.Collections(links, collections));
    }

    public static async Task<
        Results<JsonHttpResult<JsonObject>, RazorComponentResult, ProblemHttpResult>
    > GetCollectionAsync(
        string collectionId,
        HttpRequest request,
        CollectionCatalog catalog,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        if (await catalog.FindAsync(collectionId, cancellationToken) is not { } info)
        {
            return UnknownCollection(collectionId);
        }

        return OgcItemsParameters.Format(request.Query) is { } problem
            ? problem
            : Respond(
                request,
                info.Title,
                await DescribeAsync(new OgcLinks(request), catalog, info, cancellationToken)
            );
    }

    /// <summary>The 404 of a collection id that does not exist.</summary>
    public static ProblemHttpResult UnknownCollection(string collectionId) =>
        Problems.NotFound(
            "collectie-onbekend",
            $"De collectie '{collectionId}' bestaat niet. De beschikbare collecties staan op /ogc/collections."
        );

    private static async Task<JsonObject> DescribeAsync(
        OgcLinks links,
        CollectionCatalog catalog,
        FeatureCollectionInfo info,
        CancellationToken cancellationToken
    )
    {
        var latest = await catalog.LoadAsync(info, profiel: null, years: null, cancellationToken);
        var years = await catalog.YearsAsync(info, cancellationToken);
        return OgcDocuments.Collection(links, info, latest.Layer, years);
    }

    // The same document as JSON, or as a page for a browser.
    private static Results<JsonHttpResult<JsonObject>, RazorComponentResult, ProblemHttpResult> Respond(
        HttpRequest request,
        string title,
        JsonObject document
    ) => OgcHtml.IsWanted(request) ? OgcHtml.Document(title, document) : Json(document);

    private static JsonHttpResult<JsonObject> Json(JsonObject document, string contentType = OgcLinks.Json) =>
        TypedResults.Json(document, contentType: contentType);
}
